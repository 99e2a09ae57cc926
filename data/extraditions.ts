/**
 * Kazakhstan's extraditions in the two weeks before the June 2011 SCO summit, as the essay gives them.
 * Status of each claim: data/claims.ts, claims 19 and 20 (as the course's fact sheet gives them).
 */
import type { SourceId } from './sources'
import type { FigureRecord } from './types'
import { defineFigures } from './figure-schema'

const israilReturned = '2011-05-30'
const uzbeksReturned = '2011-06-09'

export const extraditionFigures = defineFigures({
  // Claims 19 and 20: both handovers confirmed; the 9 June count varies between reports.
  extraditionIsrail: {
    what: 'ethnic Uighur returned to China',
    value: 1,
    qualifier: 'exactly',
    source: 'essay',
    verification: 'confirmed',
    asOf: israilReturned,
    paragraph: 8,
    claim: 19,
  },
  extraditionUzbeks: {
    what: 'ethnic Uzbeks returned to Uzbekistan',
    value: 28,
    qualifier: 'at least',
    source: 'essay',
    verification: 'confirmed',
    asOf: uzbeksReturned,
    paragraph: 8,
    claim: 20,
  },
  extraditionTotal: {
    what: 'asylum seekers returned by Kazakhstan',
    value: 29,
    qualifier: 'at least',
    source: 'essay',
    verification: 'confirmed',
    asOf: `${israilReturned}/${uzbeksReturned}`,
    paragraph: 8,
    claim: 20,
  },
})

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
  readonly reports?: readonly { readonly by: string, readonly value: number, readonly source: SourceId }[]
}

/** In date order. */
const returns: readonly Extradition[] = [
  {
    date: israilReturned,
    who: 'Ershidin Israil, an ethnic Uighur',
    from: 'Kazakhstan',
    to: 'China',
    count: extraditionFigures.extraditionIsrail,
    confirmedBy: 'reutersIsrail',
  },
  {
    date: uzbeksReturned,
    who: 'ethnic Uzbeks',
    from: 'Kazakhstan',
    to: 'Uzbekistan',
    count: extraditionFigures.extraditionUzbeks,
    confirmedBy: 'iwprUzbeks',
    reports: [
      { by: 'IWPR', value: 28, source: 'iwprUzbeks' },
      { by: 'RFE/RL', value: 29, source: 'rferlUzbeks' },
    ],
  },
]

export const extraditions: { readonly returns: readonly Extradition[], readonly total: FigureRecord } = {
  returns,
  /** The essay's "at least 29": by its own arithmetic, the dated returns added up. */
  total: extraditionFigures.extraditionTotal,
}

/** The summit the returns preceded: context on the timeline, not an extradition. */
export const astanaSummit = {
  name: 'SCO summit, Astana',
  start: '2011-06-14',
  end: '2011-06-15',
  source: 'astanaDeclaration',
} as const satisfies { name: string, start: string, end: string, source: SourceId }
