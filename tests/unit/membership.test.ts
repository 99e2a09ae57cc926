// @vitest-environment node
import type { Topology } from 'topojson-specification'
import type { CheckableSnapshot, Status } from '../../data/membership'
import { describe, expect, it } from 'vitest'
import {
  countByStatus,
  describeSnapshot,
  describeStanding,
  membershipProblems,
  snapshots,
  stateNames,
  statesWith,
  statuses,
  statusHeading,
  timeline,
} from '../../data/membership'
import regionMap from '../../data/region-map.json'
import { sources } from '../../data/sources'
import { drawRegionMap } from '../../lib/geo'

const map = drawRegionMap(regionMap as unknown as Topology, Object.keys(stateNames))
const shapeIds = new Set(map.focus.keys())

function copyOfRecords(): Record<string, CheckableSnapshot> {
  return structuredClone(snapshots) as unknown as Record<string, CheckableSnapshot>
}

describe('the membership records', () => {
  it('hold together: every state has a shape on the map, none is listed twice, and the counts are the sources\'', () => {
    expect(membershipProblems(snapshots, shapeIds)).toEqual([])
  })

  it('give June 2011 as the fact sheet does: 6 members, 4 observers, 2 dialogue partners, guests Afghanistan, the CIS and ASEAN', () => {
    // Fact sheet, claims 3–6.
    const june2011 = snapshots['2011']
    expect(countByStatus(june2011)).toEqual({
      member: 6,
      observer: 4,
      dialoguePartner: 2,
      guest: 1,
    })
    expect(statesWith(june2011, 'guest').map(entry => stateNames[entry.code])).toEqual(['Afghanistan'])
    expect(june2011.organizations.map(entry => [entry.abbreviation, entry.status])).toEqual([
      ['CIS', 'guest'],
      ['ASEAN', 'guest'],
    ])
  })

  it('give September 2025 as the fact sheet does: ten members and seventeen partners, no observers or dialogue partners left', () => {
    // Fact sheet, "after the essay", row 2025 (Tianjin).
    expect(countByStatus(snapshots['2025'])).toEqual({ member: 10, partner: 17 })
  })

  it('say that "guest member" is not an official SCO category', () => {
    expect(statuses.guest.official).toBe(false)
    expect(statusHeading('guest')).toContain('not an official SCO category')
    expect(describeSnapshot(snapshots['2011'])).toContain('Guests the essay names (not an official SCO category) (3): Afghanistan, CIS, ASEAN.')
  })

  it('never lose a member along the timeline', () => {
    timeline.slice(1).forEach((id, index) => {
      const earlier = statesWith(snapshots[timeline[index]!], 'member').map(entry => entry.code)
      const later = new Set(statesWith(snapshots[id], 'member').map(entry => entry.code))
      expect(earlier.filter(code => !later.has(code)), `members of ${timeline[index]} missing in ${id}`).toEqual([])
    })
  })

  it('cite sources the deck lists, for every snapshot and every entry', () => {
    for (const snapshot of Object.values(snapshots)) {
      expect(snapshot.sources.length, snapshot.id).toBeGreaterThan(0)
      for (const id of [
        ...snapshot.sources,
        ...snapshot.states.map(entry => entry.source),
        ...snapshot.organizations.map(entry => entry.source),
      ])
        expect(sources, `${snapshot.id} cites ${id}`).toHaveProperty(id)
    }
  })

  it('name no state that no snapshot lists (the map is fitted to the named states)', () => {
    const listed = new Set(Object.values(snapshots).flatMap(snapshot => snapshot.states.map(entry => entry.code)))
    expect(Object.keys(stateNames).filter(code => !listed.has(code as keyof typeof stateNames))).toEqual([])
  })

  it('say so when a source gives no start date, rather than inventing one', () => {
    const india = snapshots['2011'].states.find(entry => entry.code === '356')!
    expect(india.since).toBeNull()
    expect(describeStanding(india)).toBe('observer (start date not in our sources)')
  })
})

describe('a bad record fails loudly, naming the record', () => {
  /** The records with one more state in June 2011, and the counts it expects raised to match. */
  function withExtraState2011(entry: CheckableSnapshot['states'][number], states: Partial<Record<Status, number>>) {
    const records = copyOfRecords()
    const june2011 = records['2011']!
    records['2011'] = {
      ...june2011,
      states: [...june2011.states, entry],
      expected: {
        ...june2011.expected,
        states: {
          ...june2011.expected.states,
          ...states,
        },
      },
    }
    return records
  }

  it('a code with no shape on the map', () => {
    const records = withExtraState2011({ code: '999', status: 'guest' }, { guest: 2 })
    expect(membershipProblems(records, shapeIds)).toEqual(['2011: 999 (unknown state 999) has no shape on the map'])
  })

  it('a state listed under two statuses in one snapshot', () => {
    const records = withExtraState2011({ code: '156', status: 'observer' }, { observer: 5 })
    expect(membershipProblems(records, shapeIds)).toEqual(['2011: 156 (China) is listed twice: as member and as observer'])
  })

  it('a snapshot whose counts differ from its source', () => {
    const records = copyOfRecords()
    const year2017 = records['2017']!
    records['2017'] = {
      ...year2017,
      states: year2017.states.filter(entry => entry.code !== '586'),
    }
    const problems = membershipProblems(records, shapeIds)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^2017: 7 member states listed, but the source gives 8 \(Fact sheet/)
  })

  it('an organization missing from a snapshot', () => {
    const records = copyOfRecords()
    records['2011'] = {
      ...records['2011']!,
      organizations: records['2011']!.organizations.slice(1),
    }
    expect(membershipProblems(records, shapeIds)).toEqual([
      expect.stringMatching(/^2011: 1 organizations listed, but the source gives 2/),
    ])
  })
})
