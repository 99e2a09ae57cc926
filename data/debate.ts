/**
 * The class debate: a motion either side can argue, the roles, the running order, the fact-checkers'
 * checklist, the rubric and the hand-in, which lets each student argue for or against (objective 5).
 */

export const motion = 'Engagement with the SCO should be conditioned on human-rights benchmarks.'

export interface DebateRole {
  readonly name: string
  readonly who: string
  readonly task: string
  /** Where to find material for the role. */
  readonly materials: string
}

export const roles: readonly DebateRole[] = [
  {
    name: 'For the motion',
    who: 'about a third of the class',
    task: 'Argue that engagement should depend on benchmarks a government can be held to.',
    materials: 'The essay\'s case (¶6–¶9), the cases of spring 2011 (claims 18–20), the benchmarks you would set.',
  },
  {
    name: 'Against the motion',
    who: 'about a third of the class',
    task: 'Argue that engagement should not wait on such conditions.',
    materials: 'Boland\'s position as the essay reports it (¶8); your own reasoning, said to be yours: what might conditions cost, and who would judge them?',
  },
  {
    name: 'Fact-checkers',
    who: 'two students',
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
    who: 'everyone else',
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
  { step: 'Both sides prepare: choose three pieces of evidence and say whose each is', minutes: 5 },
  { step: 'Opening statement for the motion', minutes: 2 },
  { step: 'Opening statement against the motion', minutes: 2 },
  { step: 'Rebuttal against the motion', minutes: 1 },
  { step: 'Rebuttal for the motion', minutes: 1 },
  { step: 'Fact-checkers\' report', minutes: 1 },
  { step: 'Hand-in, written by each student', minutes: 4 },
]

/** What a fact-checker asks of each claim a speaker uses. */
export const factCheckerChecklist: readonly string[] = [
  'Whose claim is it: the essay\'s (which paragraph?), a source\'s (which one?), or the speaker\'s own reading?',
  'Is the figure given with its qualifier, as the source has it ("at least 42", "over 1,100")?',
  'What is its status in the claims handout: confirmed, partly contradicted or unverified? Did the speaker say so?',
  'Is an unchecked legal claim of the essay (lists honoured without inquiry, extradition, no refugee status) presented as the essay\'s reading, not as fact?',
  'Is a later figure (since 2011) kept apart from the essay\'s 2011 evidence, with its own date and source?',
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
      'Figures with their qualifiers and status; each claim said to be the essay\'s, a source\'s or one\'s own',
      'One slip: a lost qualifier, or an unverified claim given as fact',
      'Several slips, or a figure that no source gives',
    ],
  },
  {
    criterion: 'Rebuttal',
    levels: [
      'Answers the other side\'s strongest point with evidence',
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
  prompt: 'Do you agree with the motion? Argue your own position, for or against — it need not be your team\'s.',
  steps: [
    'Your position, in one sentence.',
    'Two pieces of evidence, each with its source or paragraph, and its status.',
    'The other side\'s strongest point, stated fairly.',
    'Your answer to it.',
  ],
  minutes: 4,
} as const
