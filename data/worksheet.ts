import type { ParagraphNumber } from './essay'
import type { Printed } from './phrase'
import type { EssayFigure } from './types'
import { blacklistFigures } from './blacklist'
import { extraditionFigures } from './extraditions'
import { phrase, withWhat } from './phrase'

/**
 * The worksheet's claim-tracing task (objective 3): every student traces one of the essay's figures
 * to its source. The teacher hands each student one of these; the answer key gives, for each, what
 * the fact sheet's row (data/claims.ts) found.
 */
export interface TraceableFigure {
  readonly id: string
  /** The figure as the essay words it, qualifier included. */
  readonly figure: Printed
  readonly paragraph: ParagraphNumber
  /** The row of the fact sheet that checks it. */
  readonly claim: number
}

const { blacklistOrganizations, blacklistIndividuals } = blacklistFigures
const { extraditionTotal, extraditionUzbeks } = extraditionFigures

/** Where the essay gives a figure and the row that checks it, from the figure's record. */
function where(figure: EssayFigure): Pick<TraceableFigure, 'paragraph' | 'claim'> {
  return { paragraph: figure.paragraph, claim: figure.claim }
}

export const traceableFigures: readonly TraceableFigure[] = [
  {
    id: 'blacklist-organizations',
    figure: phrase`${withWhat(blacklistOrganizations)}`,
    ...where(blacklistOrganizations),
  },
  {
    id: 'blacklist-individuals',
    figure: phrase`${withWhat(blacklistIndividuals)}`,
    ...where(blacklistIndividuals),
  },
  {
    id: 'asylum-seekers',
    figure: phrase`${withWhat(extraditionTotal)} in two weeks`,
    ...where(extraditionTotal),
  },
  {
    id: 'uzbeks',
    figure: phrase`${withWhat(extraditionUzbeks)} on 9 June 2011`,
    ...where(extraditionUzbeks),
  },
  {
    id: 'troops-2003',
    figure: 'more than a thousand Chinese and Kyrgyz troops in the 2003 exercise',
    paragraph: 5,
    claim: 9,
  },
  {
    id: 'troops-2002',
    figure: 'several hundred Chinese and Kyrgyz soldiers, October 2002',
    paragraph: 5,
    claim: 8,
  },
  {
    id: 'observers',
    figure: 'four observer nations',
    paragraph: 3,
    claim: 4,
  },
  {
    id: 'guest-members',
    figure: 'three guest members',
    paragraph: 3,
    claim: 6,
  },
  {
    id: 'members',
    figure: 'six member states',
    paragraph: 1,
    claim: 3,
  },
]

/** The columns of the tracing table, as the worksheet prints them. */
export const tracingColumns: readonly string[] = [
  'The figure, as the essay words it (¶)',
  'Whose figure is it?',
  'Source, with its address',
  'Status: confirmed, partly contradicted or unverified',
  'What would change if it were wrong?',
]
