import type { ParagraphNumber } from './essay'
import type { Printed } from './phrase'
import type { SourceId } from './sources'
import { blacklistFigures } from './blacklist'
import { extraditionFigures } from './extraditions'
import { phrase } from './phrase'

/**
 * The essay's argument, mapped: its thesis, the claims that carry it, the evidence the essay offers
 * for each, the position it answers and what it recommends, each with the essay paragraph it comes
 * from. In our words; quotations are in curly quotes and each is a record of data/essay.ts
 * (tests/unit/argument.test.ts holds both).
 */

/** What kind of support a piece of evidence is. */
export type EvidenceKind = 'example' | 'statistic' | 'treaty obligation' | 'assertion'

export const evidenceKinds: readonly EvidenceKind[] = [
  'example',
  'statistic',
  'treaty obligation',
  'assertion',
]

export interface Evidence {
  readonly text: Printed
  readonly kind: EvidenceKind
  readonly paragraph: ParagraphNumber
  /** Claims of data/claims.ts that check this evidence. */
  readonly checkedIn: readonly number[]
  /** The essay's readings of the agreements (data/claims.ts `essayReadings`) this evidence rests on: not checked. */
  readonly readings: readonly string[]
}

export interface ArgumentClaim {
  readonly id: string
  /** The claim in a few words, for the diagram. */
  readonly headline: string
  readonly evidence: readonly Evidence[]
}

export interface CounterPosition {
  readonly author: string
  readonly title: string
  readonly source: SourceId
  /** The position as the essay reports it, in our words: we have only the essay's account. */
  readonly position: string
  readonly paragraph: ParagraphNumber
  /** Which claim answers it. */
  readonly answeredBy: string
}

export interface Recommendation {
  readonly summary: string
  /** The conditions engagement must meet. */
  readonly conditions: readonly string[]
}

export interface ArgumentMap {
  readonly source: SourceId
  readonly thesis: string
  readonly claims: readonly ArgumentClaim[]
  readonly counterPosition: CounterPosition
  readonly recommendation: Recommendation
}

const { blacklistOrganizations, blacklistIndividuals } = blacklistFigures
const { extraditionTotal } = extraditionFigures

function evidence(kind: EvidenceKind, paragraph: ParagraphNumber, text: Printed, checkedIn: number[], readings: string[] = []): Evidence {
  return {
    kind,
    paragraph,
    text,
    checkedIn,
    readings,
  }
}

export const argument: ArgumentMap = {
  source: 'essay',
  thesis: 'The SCO’s security cooperation harms human rights and weakens global counterterrorism norms, so the recognition it seeks should not be given freely.',
  claims: [
    {
      id: 'growth',
      headline: 'A local security pact has grown into a body with reach and standing',
      evidence: [
        evidence('assertion', 2, 'Began as China’s pact with its neighbours over Xinjiang', []),
        evidence('example', 3, 'Four observers, two dialogue partners, three “guest members”', [4, 5, 6]),
        evidence('example', 3, 'India, Iran and Pakistan seek full membership', [7]),
      ],
    },
    {
      id: 'security',
      headline: 'Its security cooperation reaches beyond terrorism',
      evidence: [
        evidence('example', 5, 'Joint military exercises in 2002, 2003, 2005 and 2007', [8, 9, 10, 11]),
        evidence('treaty obligation', 6, 'Agreements target “separatists” and “extremists” “whether or not they use violence”', [21]),
      ],
    },
    {
      id: 'blacklists',
      headline: 'Shared blacklists override refugee protection',
      evidence: [
        evidence('treaty obligation', 6, 'Members honour each other’s blacklists without inquiry, extradite those listed and refuse them refugee status', [], ['no-inquiry', 'extradite']),
        evidence('example', 6, 'RATS in Tashkent runs a database open to all members', [12]),
        evidence('statistic', 6, phrase`HRIC’s count: ${blacklistOrganizations} organizations, ${blacklistIndividuals} individuals`, [13]),
      ],
    },
    {
      id: 'recognition',
      headline: 'Recognition is likely to help shield members’ abuses',
      evidence: [
        evidence('example', 7, 'UN observer status, resolutions, a joint declaration, given “uncritically”', [14, 15, 16]),
        evidence('example', 8, 'Kazakhstan and Kyrgyzstan obstructed Uighur activists’ travel to Washington (May 2011)', [18]),
        evidence('statistic', 8, phrase`Kazakhstan sent ${extraditionTotal} asylum seekers back to China and Uzbekistan (30 May, 9 June 2011)`, [19, 20]),
      ],
    },
  ],
  counterPosition: {
    author: 'Julie Boland',
    title: 'Engaging the Anti-NATO',
    source: 'boland',
    position: 'In the essay’s account: Boland favours engaging the SCO, and, the essay says, “falls into this trap” of the SCO’s self-presentation as a respectable body; she holds that Kazakhstan and Kyrgyzstan “represent the best hopes in years for more representative governments in the region”.',
    paragraph: 8,
    answeredBy: 'recognition',
  },
  recommendation: {
    summary: 'Engage only on conditions:',
    conditions: [
      'genuine transparency',
      'accountability for human-rights violations',
      'clear benchmarks for progress',
    ],
  },
}
