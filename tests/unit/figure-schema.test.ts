import type { FigureRecord } from '../../data/types'
import { describe, expect, it } from 'vitest'
import { blacklist, blacklistFigures } from '../../data/blacklist'
import { claimNumber } from '../../data/claims'
import { extraditionFigures } from '../../data/extraditions'
import { defineFigures, figureProblems } from '../../data/figure-schema'
import { figures } from '../../data/figures'
import { traceableFigures } from '../../data/worksheet'
import { sumCounts } from '../../lib/figures'

const sound: FigureRecord = {
  what: 'people',
  value: 3,
  qualifier: 'exactly',
  source: 'essay',
  verification: 'confirmed',
  asOf: 'June 2011',
}

describe('the figure registry', () => {
  it.each([
    ['data/blacklist.ts', blacklistFigures],
    ['data/extraditions.ts', extraditionFigures],
  ])('holds every figure of %s, each of them sound', (_file, group) => {
    for (const [id, figure] of Object.entries(group)) {
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

  it('rejects a status the claim check does not use, and a paragraph or claim the essay does not have', () => {
    const bad = {
      ...sound,
      verification: 'likely',
      paragraph: 10,
      claim: 0,
    } as unknown as FigureRecord
    expect(figureProblems('bad', bad)).toEqual([
      'Figure "bad": unknown verification "likely"',
      'Figure "bad": the essay has no paragraph 10',
      'Figure "bad": no claim is numbered 0',
    ])
    expect(figureProblems('sound', { ...sound, paragraph: 9, claim: 13 } as FigureRecord)).toEqual([])
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

describe('an essay figure\'s paragraph and claim', () => {
  const counted = {
    what: 'organizations',
    value: 42,
    qualifier: 'at least',
    source: 'essay',
    verification: 'unverified',
    asOf: 'June 2011',
  } as const

  it('must name a paragraph of the essay and a numbered claim', () => {
    expect(figureProblems('fine', { ...counted, paragraph: 6, claim: 13 } as FigureRecord)).toEqual([])
    expect(figureProblems('far', { ...counted, paragraph: 12, claim: 0 } as FigureRecord)).toEqual([
      'Figure "far": the essay has no paragraph 12',
      'Figure "far": no claim is numbered 0',
    ])
  })

  it('gives the claim check its paragraph and status, and the worksheet its fields', () => {
    expect([claimNumber(13).paragraph, claimNumber(13).status]).toEqual([6, 'unverified'])
    expect([claimNumber(20).paragraph, claimNumber(20).status]).toEqual([8, 'confirmed'])
    expect(traceableFigures.filter(figure => figure.id === 'blacklist-organizations' || figure.id === 'uzbeks').map(figure => [figure.paragraph, figure.claim])).toEqual([
      [6, 13],
      [8, 20],
    ])
    expect(blacklist.heading).toBe('June 2011 · HRIC’s white paper, via the essay (¶6)')
  })
})
