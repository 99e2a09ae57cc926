import type { BlacklistPanelInput } from '../../lib/blacklist-layout'
import { describe, expect, it } from 'vitest'
import { blacklist, blacklist2019, laterFigureNote } from '../../data/blacklist'
import { caveatFor, describeBlacklist, layoutSeries, markSizeFor } from '../../lib/blacklist-layout'

const essay: BlacklistPanelInput = {
  id: 'essay',
  count: blacklist,
  sourceLine: 'Source: Counter-Terrorism and Human Rights: The Impact of the Shanghai Cooperation Organization (March 2011)',
  byClick: true,
}
const later: BlacklistPanelInput = {
  id: 'later',
  count: blacklist2019,
  note: laterFigureNote,
  sourceLine: 'Source: UrduPoint (October 2019)',
  byClick: true,
}

describe('layoutSeries', () => {
  it('draws the essay\'s count: 42 squares in one row and 110 circles, both open-ended', () => {
    const size = markSizeFor(1, 920)
    const organizations = layoutSeries(blacklist, 'organizations', 920, size)
    const individuals = layoutSeries(blacklist, 'individuals', 920, size)
    expect(organizations.shape).toBe('square')
    expect(organizations.run.marks).toHaveLength(42)
    expect(organizations.run.rows).toBe(1)
    expect(organizations.run.tail).toHaveLength(3)
    expect(individuals.shape).toBe('circle')
    expect(individuals.run.marks).toHaveLength(110)
    expect(individuals.run.plus).not.toBeNull()
  })

  it('keeps one row for the 42 organizations on a slide\'s narrower column too', () => {
    expect(layoutSeries(blacklist, 'organizations', 860, markSizeFor(1, 860)).run.rows).toBe(1)
  })

  it('takes large marks for one count on a slide, smaller in a phone\'s column, small for two counts', () => {
    expect(markSizeFor(1, 920)).toEqual({ pitch: 19.5, mark: 15 })
    expect(markSizeFor(1, 350)).toEqual({ pitch: 14, mark: 11 })
    expect(markSizeFor(2, 920)).toEqual({ pitch: 9, mark: 7 })
  })

  it('keeps every mark within its width, the drawing as tall as its rows, at 920, 440 and 300', () => {
    for (const width of [920, 440, 300]) {
      for (const count of [blacklist, blacklist2019]) {
        for (const key of ['organizations', 'individuals'] as const) {
          const series = layoutSeries(count, key, width, markSizeFor(2, width))
          expect(series.run.box.x0, `${width} ${key}`).toBeGreaterThanOrEqual(0)
          expect(series.run.box.x1, `${width} ${key}`).toBeLessThanOrEqual(width + 1e-9)
          expect(series.run.box.y0).toBeCloseTo(0, 9)
          expect(series.run.box.y1).toBeCloseTo(series.height, 9)
        }
      }
    }
    expect(layoutSeries(blacklist2019, 'individuals', 350, markSizeFor(2, 350)).run.marks).toHaveLength(660)
  })

  it('shrinks the marks a little where that saves a row, and no further', () => {
    // 46 slots (42 squares, the open end and the "+") at 19.5 px take 47 columns: 900 px.
    const tight = layoutSeries(blacklist, 'organizations', 880, markSizeFor(1, 880))
    expect(tight.run.rows).toBe(1)
    expect(tight.run.marks[0]!.size).toBeLessThan(15)
    expect(tight.run.marks[0]!.size).toBeGreaterThanOrEqual(15 * 0.85)
    expect(layoutSeries(blacklist, 'organizations', 600, markSizeFor(1, 600)).run.rows).toBe(2)
  })
})

describe('the blacklist chart\'s words', () => {
  it('states every count with its qualifier and caveat in the text alternative', () => {
    expect(caveatFor(blacklist2019)).toBe('RATS’ own count, not independently verified')
    expect(caveatFor(blacklist)).toBe('HRIC’s figure, not independently verified')
    const summary = describeBlacklist([essay, later])
    expect(summary).toContain('at least 42 organizations on the shared blacklist')
    expect(summary).toContain('over 1,100 individuals on the shared blacklist')
    expect(summary).toContain('more than 6,600 individuals on the RATS list')
    expect(summary).toContain('a later figure from another source')
  })
})
