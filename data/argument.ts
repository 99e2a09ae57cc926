import type { SourceId } from './sources'
import { formatCount } from '../lib/format'
import { blacklistFigures } from './blacklist'

/**
 * The essay's argument, mapped: its thesis, the claims that carry it, the evidence the essay offers
 * for each, the position it answers and what it recommends. In our words; quotations from the
 * essay are marked with curly quotes and kept short (tests/unit/argument.test.ts checks both).
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
  readonly text: string
  readonly kind: EvidenceKind
  /** Rows of the fact sheet that check this evidence (data/claims.ts). */
  readonly checkedIn: readonly number[]
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
  /** The position, fairly stated, in our words. */
  readonly position: string
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

const { blacklistOrganizations, blacklistIndividuals, extraditionTotal } = blacklistFigures

function evidence(kind: EvidenceKind, text: string, ...checkedIn: number[]): Evidence {
  return { kind, text, checkedIn }
}

export const argument: ArgumentMap = {
  source: 'essay',
  thesis: 'The SCO\'s security cooperation harms human rights and weakens global counterterrorism norms, so the recognition it seeks should not be given freely.',
  claims: [
    {
      id: 'growth',
      headline: 'A local security pact has grown into a body with reach and standing',
      evidence: [
        evidence('assertion', 'Began as China\'s pact on Xinjiang; now brings it energy deals and standing', 1),
        evidence('example', 'Four observers, two dialogue partners, three “guest members”', 4, 5, 6),
        evidence('example', 'India, Iran and Pakistan seek full membership', 7),
      ],
    },
    {
      id: 'security',
      headline: 'Its security cooperation reaches beyond terrorism',
      evidence: [
        evidence('example', 'Joint military exercises in 2002, 2003, 2005 and 2007', 8, 9, 10, 11),
        evidence('treaty obligation', 'Agreements target “separatists” and “extremists” whether or not they use violence'),
      ],
    },
    {
      id: 'blacklists',
      headline: 'Shared blacklists override refugee protection',
      evidence: [
        evidence('treaty obligation', 'Members honour each other\'s blacklists without inquiry, extradite those listed and refuse them refugee status'),
        evidence('example', 'RATS in Tashkent runs a database open to all members', 12),
        evidence('statistic', `HRIC's count: ${formatCount(blacklistOrganizations)} organizations, ${formatCount(blacklistIndividuals)} individuals`, 13),
      ],
    },
    {
      id: 'recognition',
      headline: 'Recognition shields members\' abuses',
      evidence: [
        evidence('example', 'UN observer status, resolutions, joint declaration, all without scrutiny', 14, 15, 16),
        evidence('example', 'Kazakhstan and Kyrgyzstan kept Uighur activists from a conference in Washington (May 2011)', 18),
        evidence('statistic', `Kazakhstan sent ${formatCount(extraditionTotal)} asylum seekers back to China and Uzbekistan (30 May, 9 June 2011)`, 19, 20),
      ],
    },
  ],
  counterPosition: {
    author: 'Julie Boland',
    title: 'Engaging the Anti-NATO',
    source: 'boland',
    position: 'Engage the SCO: it opens doors to the region\'s powers, and its members Kazakhstan and Kyrgyzstan “represent the best hopes in years for more representative governments in the region”.',
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
