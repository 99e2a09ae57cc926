import type { FigureRecord } from '../../lib/figures'
import { describe, expect, it } from 'vitest'
import { astanaSummit, blacklist, blacklist2019, blacklistFigures, extraditions } from '../../data/blacklist'
import { figures } from '../../data/figures'
import { sources } from '../../data/sources'
import { defineFigures, figureProblems, isLowerBound, markCount, sumCounts } from '../../lib/figures'

const sound: FigureRecord = {
  what: 'people',
  value: 3,
  qualifier: 'exactly',
  source: 'essay',
  verification: 'confirmed',
  asOf: 'June 2011',
}

function yearOf(text: string): number {
  const year = text.match(/\b(19|20)\d\d\b/)
  if (!year)
    throw new Error(`no year in "${text}"`)
  return Number(year[0])
}

describe('the figure registry', () => {
  it('holds every figure of data/blacklist.ts, each of them sound', () => {
    for (const [id, figure] of Object.entries(blacklistFigures)) {
      expect(Object.values(figures), `${id} is missing from data/figures.ts`).toContain(figure)
      expect(figureProblems(id, figure)).toEqual([])
    }
  })

  it('rejects a negative count, naming the figure', () => {
    expect(() => defineFigures({
      returned: sound,
      refugees: { ...sound, value: -3 },
    }))
      .toThrow(/"refugees".*negative/)
  })

  it('rejects a count that is not a whole number, naming the figure', () => {
    expect(() => defineFigures({
      halfCounted: { ...sound, value: 28.5 },
    }))
      .toThrow(/"halfCounted".*whole number/)
    expect(() => defineFigures({
      notANumber: { ...sound, value: Number.NaN },
    }))
      .toThrow(/"notANumber"/)
  })

  it('reports every problem of a figure at once', () => {
    const bad = {
      ...sound,
      value: -1.5,
      source: 'nowhere',
      qualifier: 'roughly',
    } as unknown as FigureRecord
    const problems = figureProblems('bad', bad)
    expect(problems.join('\n')).toMatch(/whole number/)
    expect(problems.join('\n')).toMatch(/unknown source "nowhere"/)
    expect(problems.join('\n')).toMatch(/unknown qualifier "roughly"/)
  })

  it('will not type-check a figure without a source or a qualifier, and rejects one at run time', () => {
    const { source: _source, ...withoutSource } = sound
    const { qualifier: _qualifier, ...withoutQualifier } = sound
    // @ts-expect-error a figure must name its source
    expect(() => defineFigures({ unsourced: withoutSource })).toThrow(/"unsourced".*unknown source/)
    // @ts-expect-error a figure must say how its source words the count
    expect(() => defineFigures({ unqualified: withoutQualifier })).toThrow(/"unqualified".*unknown qualifier/)
    const rumour = () => defineFigures({
      // @ts-expect-error a source the deck does not list
      rumour: { ...sound, source: 'twitter' },
    })
    expect(rumour).toThrow(/"rumour".*unknown source "twitter"/)
  })
})

describe('adding up counts', () => {
  const exact = (value: number) => ({ value, qualifier: 'exactly' as const })

  it('keeps exact counts exact', () => {
    expect(sumCounts([
      exact(1),
      exact(2),
    ])).toEqual({ value: 3, qualifier: 'exactly' })
  })

  it('makes a total with a lower bound in it a lower bound', () => {
    expect(sumCounts([
      exact(1),
      { value: 28, qualifier: 'at least' },
    ])).toEqual({ value: 29, qualifier: 'at least' })
  })

  it('keeps "over" when any part excludes its own number', () => {
    expect(sumCounts([
      { value: 42, qualifier: 'at least' },
      { value: 10, qualifier: 'more than' },
    ])).toEqual({ value: 52, qualifier: 'over' })
  })

  it('makes a total with an estimate in it an estimate', () => {
    expect(sumCounts([
      { value: 300, qualifier: 'about' },
      { value: 10, qualifier: 'at least' },
    ])).toEqual({ value: 310, qualifier: 'about' })
  })
})

describe('the blacklist figures', () => {
  it('keep the essay\'s lower bounds and say they are unverified', () => {
    for (const figure of [blacklist.organizations, blacklist.individuals]) {
      expect(isLowerBound(figure.qualifier), figure.what).toBe(true)
      expect(figure.source).toBe('essay')
      expect(figure.citing).toBe('hricWhitePaper')
      expect(figure.verification).toBe('unverified')
    }
  })

  it('mark the RATS count as later and from another source', () => {
    for (const [essays, later] of [
      [blacklist.organizations, blacklist2019.organizations],
      [blacklist.individuals, blacklist2019.individuals],
    ] as const) {
      expect(later.source).not.toBe(essays.source)
      expect(later.source).not.toBe(essays.citing)
      expect(yearOf(sources[later.source].date)).toBeGreaterThan(yearOf(sources[essays.source].date))
      expect(yearOf(later.asOf)).toBeGreaterThan(yearOf(essays.asOf))
    }
    expect(blacklist2019.heading).toContain(blacklist2019.organizations.asOf)
  })
})

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
    expect(() => markCount(sound, 0)).toThrow(/positive/)
  })
})
