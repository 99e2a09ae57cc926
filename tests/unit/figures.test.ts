import { describe, expect, it } from 'vitest'
import { markCount } from '../../lib/figures'

describe('marks for a count', () => {
  it('draws one mark per unit and leaves an open end on a lower bound', () => {
    expect(markCount({ value: 42, qualifier: 'at least' })).toEqual({ whole: 42, partial: 0, openEnded: true })
    expect(markCount({ value: 1100, qualifier: 'over' }, 10)).toEqual({ whole: 110, partial: 0, openEnded: true })
    expect(markCount({ value: 115, qualifier: 'exactly' })).toEqual({ whole: 115, partial: 0, openEnded: false })
  })

  it('keeps a remainder as part of a mark rather than rounding it away', () => {
    expect(markCount({ value: 1105, qualifier: 'exactly' }, 10)).toEqual({ whole: 110, partial: 0.5, openEnded: false })
  })

  it('refuses a mark worth nothing', () => {
    expect(() => markCount({ value: 3, qualifier: 'exactly' }, 0)).toThrow(/positive/)
  })
})
