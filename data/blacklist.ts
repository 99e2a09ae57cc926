/**
 * The numbers the essay rests on: the SCO's shared blacklist, and Kazakhstan's extraditions in the
 * two weeks before the June 2011 summit; beside them, a later RATS count from another source.
 * Status of each claim: data/claims.ts, claims 13, 19 and 20 (as the course's fact sheet gives them).
 */
import type { FigureRecord } from '../lib/figures'
import type { SourceId } from './sources'
import { defineFigures } from '../lib/figures'
import { formatDay, formatDayRange } from '../lib/format'

const israilReturned = '2011-05-30'
const uzbeksReturned = '2011-06-09'

export const blacklistFigures = defineFigures({
  // The essay's figures, from HRIC's white paper; no independent source found (claim 13).
  blacklistOrganizations: {
    what: 'organizations on the shared blacklist',
    value: 42,
    qualifier: 'at least',
    source: 'essay',
    citing: 'hricWhitePaper',
    verification: 'unverified',
    asOf: 'June 2011',
  },
  blacklistIndividuals: {
    what: 'individuals on the shared blacklist',
    value: 1100,
    qualifier: 'over',
    source: 'essay',
    citing: 'hricWhitePaper',
    verification: 'unverified',
    asOf: 'June 2011',
  },
  // RATS' own count as UrduPoint reported it: later, and from another source.
  ratsOrganizations2019: {
    what: 'organizations on the RATS list',
    value: 115,
    qualifier: 'exactly',
    source: 'rats2019',
    verification: 'unverified',
    asOf: 'October 2019',
  },
  ratsIndividuals2019: {
    what: 'individuals on the RATS list',
    value: 6600,
    qualifier: 'more than',
    source: 'rats2019',
    verification: 'unverified',
    asOf: 'October 2019',
  },
  // Claims 19 and 20: both handovers confirmed; the 9 June count varies between reports.
  extraditionIsrail: {
    what: 'ethnic Uighur returned to China',
    value: 1,
    qualifier: 'exactly',
    source: 'essay',
    verification: 'confirmed',
    asOf: formatDay(israilReturned, true),
  },
  extraditionUzbeks: {
    what: 'ethnic Uzbeks returned to Uzbekistan',
    value: 28,
    qualifier: 'at least',
    source: 'essay',
    verification: 'confirmed',
    asOf: formatDay(uzbeksReturned, true),
  },
  extraditionTotal: {
    what: 'asylum seekers returned by Kazakhstan',
    value: 29,
    qualifier: 'at least',
    source: 'essay',
    verification: 'confirmed',
    asOf: formatDayRange(israilReturned, uzbeksReturned, true),
  },
})

/** One source's count of the shared blacklist, for the chart: its heading and whose figure it is. */
export interface BlacklistCount {
  /** "June 2011 · the essay, citing HRIC's white paper" */
  readonly heading: string
  /** Said with the verification: "HRIC's figure" -> "HRIC's figure, not independently verified". */
  readonly whose: string
  readonly organizations: FigureRecord
  readonly individuals: FigureRecord
}

/** The essay's count. */
export const blacklist: BlacklistCount = {
  heading: 'June 2011 · the essay, citing HRIC\'s white paper',
  whose: 'HRIC\'s figure',
  organizations: blacklistFigures.blacklistOrganizations,
  individuals: blacklistFigures.blacklistIndividuals,
}

/** RATS' own count, eight years on. */
export const blacklist2019: BlacklistCount = {
  heading: 'October 2019 · RATS, via UrduPoint',
  whose: 'RATS\' own count',
  organizations: blacklistFigures.ratsOrganizations2019,
  individuals: blacklistFigures.ratsIndividuals2019,
}

/** How the chart marks the 2019 count apart from the essay's. */
export const laterFigureNote = 'a later figure from another source'

/** A return of asylum seekers by one state to another, as the essay gives it and a source confirms. */
export interface Extradition {
  /** YYYY-MM-DD */
  readonly date: string
  /** "Ershidin Israil, an ethnic Uighur"; "ethnic Uzbeks" */
  readonly who: string
  readonly from: string
  readonly to: string
  readonly count: FigureRecord
  readonly confirmedBy: SourceId
  /** What other reports counted, where they differ from the essay. */
  readonly reports?: readonly { readonly by: string, readonly value: number }[]
}

/** In date order. */
const returns: readonly Extradition[] = [
  {
    date: israilReturned,
    who: 'Ershidin Israil, an ethnic Uighur',
    from: 'Kazakhstan',
    to: 'China',
    count: blacklistFigures.extraditionIsrail,
    confirmedBy: 'israilReturn',
  },
  {
    date: uzbeksReturned,
    who: 'ethnic Uzbeks',
    from: 'Kazakhstan',
    to: 'Uzbekistan',
    count: blacklistFigures.extraditionUzbeks,
    confirmedBy: 'iwprUzbeks',
    reports: [
      { by: 'IWPR', value: 28 },
      { by: 'RFE/RL', value: 29 },
    ],
  },
]

export const extraditions: { readonly returns: readonly Extradition[], readonly total: FigureRecord } = {
  returns,
  /** The essay's "at least 29": by its own arithmetic, the dated returns added up. */
  total: blacklistFigures.extraditionTotal,
}

/** The summit the returns preceded: context on the timeline, not an extradition. */
export const astanaSummit = {
  name: 'SCO summit, Astana',
  start: '2011-06-14',
  end: '2011-06-15',
  source: 'astanaDeclaration',
} as const satisfies { name: string, start: string, end: string, source: SourceId }
