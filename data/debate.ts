import type { QuotationId } from './essay'
import type { Printed } from './phrase'
import type { SourceId } from './sources'
import type { VoiceId } from './voices'
import { blacklistFigures } from './blacklist'
import { extraditionFigures } from './extraditions'
import { phrase } from './phrase'

/**
 * The class debate: a motion either side can argue, the roles, the running order, the evidence cards
 * each side argues from, the fact-checkers' checklist, the rubric and the hand-in, which lets each
 * student argue for or against (objective 5).
 */

export const motion = 'U.S. engagement with the SCO should be conditioned on human-rights benchmarks.'

/** The two sides of the motion, as the roles, the evidence cards and the hand-in name them. */
export const sideNames = { for: 'For the motion', against: 'Against the motion' } as const

export type Side = keyof typeof sideNames

/**
 * One piece of evidence a side can argue from, heard in its speaker's own words: the essay's (with its
 * paragraph), Boland's, the SCO's or a government's (data/voices.ts). `summary` is our description
 * of what it says; `weigh` says what a fact-checker will ask of it.
 */
export interface EvidenceCard {
  readonly side: Side
  readonly heading: string
  readonly summary: string
  /** The speaker's own words: a quotation of the essay or of another voice. */
  readonly quotation: { readonly essay: QuotationId } | { readonly voice: VoiceId }
  readonly source: SourceId
  /** The claims of the claims handout that check it. */
  readonly claims: readonly number[]
  readonly weigh: string
}

export const evidenceCards: readonly EvidenceCard[] = [
  {
    side: 'for',
    heading: 'The essay’s recommendation (¶9)',
    summary: 'The essay argues that recognition raises the SCO’s standing and its members’ influence, so engagement must wait on transparency, accountability and benchmarks.',
    quotation: { essay: 'freelyGiven' },
    source: 'essay',
    claims: [],
    weigh: 'An advocacy group’s argument: ask what its benchmarks would be, and who would judge them.',
  },
  {
    side: 'for',
    heading: 'Returns in spring 2011 (¶8)',
    summary: 'Kazakhstan sent Ershidin Israil to China on 30 May and at least 28 Uzbeks to Uzbekistan on 9 June; the essay calls both breaches of non-refoulement.',
    quotation: { essay: 'nonRefoulementBreach' },
    source: 'essay',
    claims: [19, 20],
    weigh: 'The returns are confirmed (claims 19 and 20, from Reuters and IWPR); that they broke the law is the essay’s reading.',
  },
  {
    side: 'for',
    heading: 'Blacklists shared through RATS (¶6)',
    summary: 'A shared database in Tashkent, and lists the essay says members honour without inquiry.',
    quotation: { essay: 'noInquiry' },
    source: 'essay',
    claims: [12, 13],
    weigh: 'RATS and its database are confirmed (claim 12); the list’s size is HRIC’s own, unverified figure (claim 13); honouring without inquiry is the essay’s reading.',
  },
  {
    side: 'for',
    heading: 'Activists stopped from travelling (¶8)',
    summary: 'The essay says officials in Kazakhstan and Kyrgyzstan kept Uighur activists from a conference in Washington in May 2011; two in Kyrgyzstan were told the trip would harm relations with China.',
    quotation: { essay: 'harmRelations' },
    source: 'essay',
    claims: [18],
    weigh: 'The conference and the activists stopped from travelling are confirmed (claim 18) by a release of the World Uyghur Congress, a Uyghur advocacy group. The warning quoted is the essay’s report, not checked.',
  },
  {
    side: 'for',
    heading: 'A later NGO report (2012, after the essay)',
    summary: 'FIDH studied the SCO’s framework a year later. A researcher on it said, as RFE/RL reports, that the Convention obliges members to accept another’s terrorism accusation even without evidence for an extradition request: the researcher’s reading, not checked.',
    quotation: { voice: 'fidhRefoulement' },
    source: 'fidh2012',
    claims: [],
    weigh: 'Not independent: HRIC is affiliated with FIDH. After the essay, so it cannot be the essay’s evidence. Quoted by RFA; RFA and RFE/RL are broadcasters funded by the U.S. government.',
  },
  {
    side: 'for',
    heading: 'A wider definition since (2017, after the essay)',
    summary: 'The SCO’s 2017 Convention on Countering Extremism defines extremism, by our reading, more widely than the 2001 Convention did.',
    quotation: { voice: 'extremism2017' },
    source: 'extremism2017',
    claims: [21],
    weigh: 'Quoted by Russia’s ambassador, not read in the treaty itself; after the essay.',
  },
  {
    side: 'against',
    heading: 'Boland’s op-ed: more than a club of autocrats',
    summary: 'Her op-ed argues that Washington should rethink its stance on the SCO, and answers the common arguments against engaging it.',
    quotation: { voice: 'bolandNotAutocratsClub' },
    source: 'boland',
    claims: [],
    weigh: 'The standfirst is the op-ed’s line under its headline, not a sentence of hers; the answers to the arguments against engagement are hers. Brookings lists her as a Federal Executive Fellow; Brookings is a U.S. think tank.',
  },
  {
    side: 'against',
    heading: 'Boland sees the autocracies too',
    summary: 'She grants that China, Russia, Uzbekistan and Tajikistan are authoritarian; Kazakhstan and Kyrgyzstan she sees as the region’s hopes for more representative government, though she notes a 95 percent election result in Kazakhstan.',
    quotation: { voice: 'bolandAuthoritarianCredentials' },
    source: 'boland',
    claims: [],
    weigh: 'Her own words: the essay’s account (¶8) leaves this out. Her op-ed appeared on 10 June, after both returns (30 May, 9 June); when she wrote it is not known.',
  },
  {
    side: 'against',
    heading: 'Boland’s paper: shared concerns, three strategies',
    summary: 'Her Brookings paper says the U.S. and the SCO share concerns (instability, counterterrorism, counternarcotics), names the risk of unintentionally endorsing repressive regimes, and weighs three strategies: active opposition, benign neglect, positive partners.',
    quotation: { voice: 'bolandRisks' },
    source: 'bolandPaper',
    claims: [],
    weigh: 'Dated ten days after her op-ed: the essay may not have seen it. The author’s views, not the U.S. Government’s.',
  },
  {
    side: 'against',
    heading: 'The SCO’s own words on law and rights',
    summary: 'Its 2009 Convention and, after the essay, its leaders’ 2017 statement say the fight against terrorism must keep to human rights, the UN Charter and international law.',
    quotation: { voice: 'scoRightsAndFreedoms' },
    source: 'convention2009',
    claims: [],
    weigh: 'The SCO speaking for itself: a commitment on paper, to be weighed against what its members did.',
  },
  {
    side: 'against',
    heading: 'The governments’ case for the returns',
    summary: 'Kazakhstan says it had written guarantees from China and assurances from Uzbekistan; China says Israil was wanted under an Interpol red notice.',
    quotation: { voice: 'kazakhAssurances' },
    source: 'kazakhAssurances',
    claims: [19, 20],
    weigh: 'The governments’ own statements, reported by Reuters: whether the assurances were kept is not checked.',
  },
  {
    side: 'against',
    heading: 'Where the essay overstates',
    summary: 'The 2001 Convention defines separatism by violence, incitement included, and its extremism clause is violent too as a secondary source quotes it; in 2003 more states took part in the exercise than the essay says.',
    quotation: { voice: 'scoViolentActs' },
    source: 'hricFounding',
    claims: [9, 21],
    weigh: 'Partly contradicted (claims 9 and 21). The quotation is the SCO’s, as HRIC’s own white paper quotes it. Not checked: other agreements, a wider clause, national laws; the 2017 Convention, after the essay, is wider.',
  },
]

export interface DebateRole {
  readonly name: string
  readonly who: string
  readonly task: string
  /** Where to find material for the role. */
  readonly materials: string
}

export const roles: readonly DebateRole[] = [
  {
    name: sideNames.for,
    who: 'nine students, named on the plan before the lesson',
    task: 'Argue that engagement should depend on benchmarks a government can be held to.',
    materials: 'The six evidence cards for the motion; the essay (¶6–¶9); the benchmarks you would set.',
  },
  {
    name: sideNames.against,
    who: 'nine students, named on the plan before the lesson',
    task: 'Argue that engagement should not wait on such conditions.',
    materials: 'The six evidence cards against: Boland’s own words, the SCO’s and the governments’, where the essay overstates; your own reasoning, said to be yours.',
  },
  {
    name: 'Fact-checkers',
    who: 'two students, named on the plan',
    task: 'Check every figure and claim either side uses against the claims handout, and report.',
    materials: 'The claims checked (handout), the checklist below.',
  },
  {
    name: 'Chair and timekeeper',
    who: 'one student, or the teacher',
    task: 'Call each speaker, keep the minutes below, and stop anyone who runs over.',
    materials: 'The running order below.',
  },
  {
    name: 'Audience',
    who: 'everyone else (seven in a class of 28)',
    task: 'Note the strongest point and the weakest evidence of each side, for the hand-in.',
    materials: 'The rubric below.',
  },
]

export interface DebateStep {
  readonly step: string
  readonly minutes: number
}

/** The debate as run in class; the minutes are the lesson plan's (TEACHING.md). */
export const runningOrder: readonly DebateStep[] = [
  { step: 'Move into your teams: roles are on the plan', minutes: 1 },
  { step: 'Both sides prepare: pick three evidence cards and say whose each is', minutes: 6 },
  { step: 'Opening statement for the motion', minutes: 2 },
  { step: 'Opening statement against the motion', minutes: 2 },
  { step: 'Rebuttal against the motion', minutes: 2 },
  { step: 'Rebuttal for the motion', minutes: 2 },
  { step: 'Fact-checkers’ report', minutes: 2 },
  { step: 'Changeovers between speakers', minutes: 2 },
  { step: 'Hand-in, written by each student', minutes: 6 },
]

/** What a fact-checker asks of each claim a speaker uses. */
export const factCheckerChecklist: readonly string[] = [
  'Whose claim is it: the essay’s (which paragraph?), a source’s (which one?), or the speaker’s own reading?',
  'Is the figure given with its qualifier, as the source has it (“at least 42”, “over 1,100”)?',
  'What is its status in the claims handout: confirmed, partly contradicted or unverified? Did the speaker say so?',
  'Is an unchecked legal claim of the essay (lists honoured without inquiry, extradition, no refugee status) presented as the essay’s reading, not as fact?',
  'Is a later figure (since 2011) kept apart from the essay’s 2011 evidence, with its own date and source?',
  'Is the other side stated as its authors would put it, with nothing added to it?',
]

export interface RubricCriterion {
  readonly criterion: string
  /** What earns 2, 1 and 0 points, in that order. */
  readonly levels: readonly [string, string, string]
}

export const rubric: readonly RubricCriterion[] = [
  {
    criterion: 'Evidence',
    levels: [
      'Two or more pieces of evidence, each with its source or paragraph',
      'One piece of evidence, or evidence without its source',
      'Opinion only',
    ],
  },
  {
    criterion: 'Accuracy',
    levels: [
      'Figures with their qualifiers and status; each claim said to be the essay’s, a source’s or one’s own',
      'One slip: a lost qualifier, or an unverified claim given as fact',
      'Several slips, or a figure that no source gives',
    ],
  },
  {
    criterion: 'Rebuttal',
    levels: [
      'Answers the other side’s strongest point with evidence',
      'Answers a weaker point, or answers without evidence',
      'Does not engage the other side',
    ],
  },
  {
    criterion: 'Fair statement of the other side',
    levels: [
      'States the other side as its own authors would, before answering it',
      'States it, but loaded or partly wrong',
      'Leaves it out or caricatures it',
    ],
  },
]

/** The written hand-in: either side, whatever team the student argued for. */
export const handIn = {
  prompt: 'Do you agree with the motion? Argue your own position, for or against — it need not be your team’s.',
  steps: [
    'Your position, in one sentence.',
    'Two pieces of evidence, each with its source or paragraph, and its status.',
    'The other side’s strongest point, stated fairly.',
    'Your answer to it.',
  ],
  minutes: 6,
  /** Collecting the lesson 2 sheets after the hand-in. */
  collectMinutes: 2,
} as const

/** One rubric criterion's mark for an exemplar hand-in, with the reason in a line. */
export interface ExemplarMark {
  /** A criterion of `rubric`, in its order. */
  readonly criterion: string
  readonly points: 0 | 1 | 2
  readonly reason: string
}

/**
 * An exemplar hand-in for the teacher's answer key: an answer as a student might write it in the
 * hand-in's six minutes (at most 90 words), marked against the rubric criterion by criterion.
 */
export interface Exemplar {
  readonly level: 'strong' | 'middling' | 'weak'
  readonly side: Side
  readonly answer: Printed
  readonly marks: readonly ExemplarMark[]
  /** The total as the key states it: the marks' sum (tests/unit/debate.test.ts). */
  readonly total: number
}

const { extraditionUzbeks } = extraditionFigures
const { blacklistIndividuals } = blacklistFigures

export const exemplars: readonly Exemplar[] = [
  {
    level: 'strong',
    side: 'for',
    answer: phrase`For the motion. The essay argues (¶9) that recognition raises the SCO’s standing, so engagement should wait on benchmarks. Kazakhstan returned Ershidin Israil to China and ${extraditionUzbeks} Uzbeks to Uzbekistan in spring 2011 (claims 19 and 20, confirmed); that this broke non-refoulement is the essay’s reading (¶8). Boland’s strongest point, in her op-ed: Washington should engage an SCO that is more than a club of autocrats. But conditions are still engagement: the benchmarks ask only that returns like these stop.`,
    marks: [
      { criterion: 'Evidence', points: 2, reason: 'Two pieces, each with its paragraph or claim number.' },
      { criterion: 'Accuracy', points: 2, reason: 'Keeps “at least” and the status, and keeps the confirmed returns apart from the essay’s legal reading.' },
      { criterion: 'Rebuttal', points: 2, reason: 'Answers Boland’s case for engagement with the confirmed returns.' },
      { criterion: 'Fair statement of the other side', points: 2, reason: 'Boland’s case as her op-ed puts it, before the answer.' },
    ],
    total: 8,
  },
  {
    level: 'middling',
    side: 'against',
    answer: phrase`Against. Boland says the U.S. and the SCO share concerns like counterterrorism and counternarcotics, so Washington should engage. The SCO also says its fight against terrorism respects human rights. The essay’s ${blacklistIndividuals} individuals on the blacklist are unverified (claim 13). The other side says the SCO abuses human rights, but engaging could change that.`,
    marks: [
      { criterion: 'Evidence', points: 1, reason: 'Boland’s paper and the SCO’s statement are used, but neither is named as a source.' },
      { criterion: 'Accuracy', points: 2, reason: 'The figure keeps “over” and its status; each claim is said to be its author’s.' },
      { criterion: 'Rebuttal', points: 1, reason: 'Answers the other side with a hope, not with evidence.' },
      { criterion: 'Fair statement of the other side', points: 1, reason: 'Flattens the essay’s argument (¶7, its reading) into a bare accusation.' },
    ],
    total: 5,
  },
  {
    level: 'weak',
    side: 'for',
    answer: `I agree. Kazakhstan sent ${extraditionUzbeks.value} Uzbeks back to be tortured, which proves the SCO breaks international law. Boland works for an American think tank, so she just wants deals with dictators and her view does not count. The against side thinks human rights do not matter.`,
    marks: [
      { criterion: 'Evidence', points: 1, reason: 'One piece of evidence, without its source or paragraph.' },
      { criterion: 'Accuracy', points: 0, reason: 'Drops “at least”, adds a fate no source gives, and states the essay’s reading as proof.' },
      { criterion: 'Rebuttal', points: 0, reason: 'Dismisses Boland by her standpoint instead of answering her.' },
      { criterion: 'Fair statement of the other side', points: 0, reason: 'A caricature: no one on the other side says rights do not matter.' },
    ],
    total: 1,
  },
]
