import type { ParagraphNumber } from './essay'
import type { SourceId } from './sources'

/** How a source words a count: the essay's "at least 42" and "over 1,100" are lower bounds. */
export const qualifiers = [
  'exactly',
  'at least',
  'over',
  'more than',
  'about',
] as const
export type Qualifier = typeof qualifiers[number]

/**
 * What the deck's claim check (data/claims.ts, from the course's fact sheet) can find about a claim,
 * in the order every list of them follows.
 */
export const verifications = ['confirmed', 'partly contradicted', 'unverified'] as const
export type Verification = typeof verifications[number]

/** A number shown on a slide, with the words its source uses and where it comes from. */
export interface CountFigure {
  /** What is counted, as a noun phrase: "organizations on the shared blacklist". */
  readonly what: string
  readonly value: number
  readonly qualifier: Qualifier
  readonly source: SourceId
  readonly verification: Verification
  /**
   * When the figure applies, as the source gives it: "June 2011", "October 2019"; for a dated event the
   * ISO day ("2011-06-09"), or the first and last day of a span joined by "/" ("2011-05-30/2011-06-09").
   */
  readonly asOf: string
}

/** A figure as the registry keeps it: a CountFigure, and the work its source cites for it, if any. */
export interface FigureRecord extends CountFigure {
  /** The essay gives the blacklist figures from HRIC's white paper: `citing: 'hricWhitePaper'`. */
  readonly citing?: SourceId
}

/**
 * A figure the essay gives: where it gives it and which row of the claim check (data/claims.ts) checks
 * it. The row's paragraph and status, the worksheet's tracing task and the charts' "(¶6)" come from here.
 */
export interface EssayFigure extends FigureRecord {
  readonly paragraph: ParagraphNumber
  readonly claim: number
}
