/**
 * The numbers the essay rests on: the SCO's shared blacklist; beside it, a later RATS count from
 * another source. Kazakhstan's extraditions before the June 2011 summit: data/extraditions.ts.
 * Status of each claim: data/claims.ts, claim 13 (as the course's fact sheet gives it).
 */
import type { FigureRecord } from './types'
import { defineFigures } from './figure-schema'

/** Where the essay's two blacklist figures come from, and what became of them: both the same. */
const fromHricWhitePaper = {
  source: 'essay',
  citing: 'hricWhitePaper',
  verification: 'unverified',
  asOf: 'June 2011',
  paragraph: 6,
  claim: 13,
} as const

export const blacklistFigures = defineFigures({
  // The essay's figures, from HRIC's white paper; no independent source found (claim 13).
  blacklistOrganizations: {
    what: 'organizations on the shared blacklist',
    value: 42,
    qualifier: 'at least',
    ...fromHricWhitePaper,
  },
  blacklistIndividuals: {
    what: 'individuals on the shared blacklist',
    value: 1100,
    qualifier: 'over',
    ...fromHricWhitePaper,
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
})

/** One source's count of the shared blacklist, for the chart: its heading and whose figure it is. */
export interface BlacklistCount {
  /** "June 2011 · HRIC's white paper, via the essay (¶6)" */
  readonly heading: string
  /** Said with the verification: "HRIC's figure" -> "HRIC's figure, not independently verified". */
  readonly whose: string
  readonly organizations: FigureRecord
  readonly individuals: FigureRecord
}

/** The essay's count. */
export const blacklist: BlacklistCount = {
  heading: `June 2011 · HRIC’s white paper, via the essay (¶${blacklistFigures.blacklistOrganizations.paragraph})`,
  whose: 'HRIC’s figure',
  organizations: blacklistFigures.blacklistOrganizations,
  individuals: blacklistFigures.blacklistIndividuals,
}

/** RATS' own count, eight years on. */
export const blacklist2019: BlacklistCount = {
  heading: 'October 2019 · RATS, via UrduPoint',
  whose: 'RATS’ own count',
  organizations: blacklistFigures.ratsOrganizations2019,
  individuals: blacklistFigures.ratsIndividuals2019,
}

/** How the chart marks the 2019 count apart from the essay's. */
export const laterFigureNote = 'a later figure from another source'
