import { describe, expect, it } from 'vitest'
import { blacklist, blacklist2019 } from '../../data/blacklist'
import { sources } from '../../data/sources'
import { isLowerBound } from '../../lib/figures'

function yearOf(text: string): number {
  const year = text.match(/\b(19|20)\d\d\b/)
  if (!year)
    throw new Error(`no year in "${text}"`)
  return Number(year[0])
}

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
