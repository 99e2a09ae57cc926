import { describe, expect, it } from 'vitest'
import { chartWidth } from '../../lib/chart-width'

describe('chartWidth', () => {
  it('lays out at a slide\'s full width until something is measured', () => {
    expect(chartWidth(0)).toBe(920)
    expect(chartWidth(Number.NaN)).toBe(920)
  })

  it('follows the column in whole tens, from a phone\'s 300 to a slide\'s 920', () => {
    expect(chartWidth(868)).toBe(860)
    expect(chartWidth(358)).toBe(350)
    expect(chartWidth(1280)).toBe(920)
    expect(chartWidth(240)).toBe(300)
  })
})
