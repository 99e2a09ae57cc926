import { describe, expect, it } from 'vitest'
import { astanaSummit, extraditions } from '../../data/extraditions'
import { sumCounts } from '../../lib/figures'

describe('the extraditions', () => {
  it('add up to the essay\'s total, and the total is a lower bound as its parts are', () => {
    const sum = sumCounts(extraditions.returns.map(item => item.count))
    expect(sum).toEqual({ value: extraditions.total.value, qualifier: extraditions.total.qualifier })
  })

  it('are dated, in date order, before the summit they preceded', () => {
    const dates = extraditions.returns.map(item => item.date)
    for (const date of dates)
      expect(Number.isNaN(Date.parse(date)), date).toBe(false)
    expect([...dates].sort()).toEqual(dates)
    expect(dates.at(-1)! < astanaSummit.start).toBe(true)
    expect(astanaSummit.start <= astanaSummit.end).toBe(true)
  })

  it('never claim a lower bound above what any report counted', () => {
    for (const item of extraditions.returns) {
      for (const report of item.reports ?? [])
        expect(report.value, `${report.by} on ${item.date}`).toBeGreaterThanOrEqual(item.count.value)
    }
  })

  it('cite for each return a confirming source other than the essay', () => {
    for (const item of extraditions.returns) {
      expect(item.count.verification).toBe('confirmed')
      expect(item.confirmedBy).not.toBe(item.count.source)
    }
  })
})
