/**
 * Self-check questions, at least one per section of the lesson, with feedback on every option.
 * The wording follows the essay (../shared/source/essay.txt) and the fact sheet
 * (../shared/source/fact-check.md); no question quotes a figure, so none can drift from data/.
 */

/** The sections of the lesson a question can belong to, in teaching order, with short titles. */
export const sectionTitles = {
  'origins': 'Origins',
  'growth': 'Unexpected growth',
  'security': 'Security cooperation',
  'un': 'The UN\'s embrace',
  'boland': 'The reply to Boland',
  'conclusion': 'Conclusion',
  'critical-reading': 'Critical reading',
  'since-2011': 'Since 2011',
} as const

export type SectionId = keyof typeof sectionTitles

export const sectionIds = Object.keys(sectionTitles) as SectionId[]

export interface QuestionOption<OptionId extends string = string> {
  /** Stable within its question; the letter shown (A, B, C…) comes from the option's position. */
  readonly id: OptionId
  readonly text: string
  /** Why this option is right or wrong, shown when a learner checks it. */
  readonly feedback: string
}

export interface Question<QuestionId extends string = string, OptionId extends string = string> {
  readonly id: QuestionId
  readonly section: SectionId
  /** The question as the learner reads it: one short sentence. */
  readonly stem: string
  readonly options: readonly QuestionOption<OptionId>[]
  /** The id of the one right option; its feedback is the explanation the answer key prints. */
  readonly correct: OptionId
}

/**
 * Types a question so that `correct` must name one of its own options: a typo or a removed option
 * is a type error, not a quiz with no right answer.
 */
export function defineQuestion<const QuestionId extends string, const OptionId extends string>(
  question: Omit<Question<QuestionId, OptionId>, 'correct'> & { readonly correct: NoInfer<OptionId> },
): Question<QuestionId, OptionId> {
  return question
}

export const questions = [
  defineQuestion({
    id: 'origins-bargain',
    section: 'origins',
    stem: 'What bargain does the essay say the SCO was founded on?',
    options: [
      {
        id: 'trade-for-bases',
        text: 'China invested in Central Asia in return for military bases there.',
        feedback: 'The essay mentions no bases. Investment and trade came later, as the "surprising" growth, not as the founding deal.',
      },
      {
        id: 'mutual-suppression',
        text: 'Central Asian states kept Uighurs from challenging Chinese rule; China helped them against their own ethnic and Islamist movements.',
        feedback: 'A deal for mutual help in keeping order at home, centred on Xinjiang. Russia joined because it made China\'s growing role cooperative rather than competitive.',
      },
      {
        id: 'anti-nato',
        text: 'China and Russia founded it as an alliance against NATO.',
        feedback: '"Engaging the Anti-NATO" is the title of Boland\'s article. The essay\'s own account starts from Xinjiang and regional stability.',
      },
    ],
    correct: 'mutual-suppression',
  }),
  defineQuestion({
    id: 'growth-why-it-matters',
    section: 'growth',
    stem: 'Why does the essay list the SCO\'s observers, partners, guests and would-be members?',
    options: [
      {
        id: 'weight',
        text: 'To show the SCO\'s growing weight, which makes its security practices matter well beyond Central Asia.',
        feedback: 'The essay moves straight from the SCO\'s reach to its security practices, whose effect on global norms is "not for the better".',
      },
      {
        id: 'democracy',
        text: 'To show that the SCO is open and democratic.',
        feedback: 'The essay says nothing about openness. The list shows reach and appeal, which the essay treats as a reason for concern.',
      },
      {
        id: 'failure',
        text: 'To show that the SCO has failed to grow beyond its founders.',
        feedback: 'The essay says the opposite. The SCO "has taken off in surprising ways".',
      },
    ],
    correct: 'weight',
  }),
  defineQuestion({
    id: 'security-blacklists',
    section: 'security',
    stem: 'What is the essay\'s main objection to the SCO\'s shared blacklists?',
    options: [
      {
        id: 'violent-only',
        text: 'They cover only violent groups, so they are too narrow.',
        feedback: 'It is the reverse: they reach "separatists" and "extremists" whether or not they use violence.',
      },
      {
        id: 'tashkent',
        text: 'The database sits in Tashkent, out of China\'s reach.',
        feedback: 'RATS is in Tashkent, but the database is open to every member\'s security organs. Its location is not the objection.',
      },
      {
        id: 'no-inquiry',
        text: 'Members must honour each other\'s lists without any independent inquiry.',
        feedback: 'The essay says whoever one member flags can be extradited and refused refugee status by the others, whatever they may face at home, breaking the norm against refoulement. That is its reading of the agreements; no source in the claim check examines it.',
      },
    ],
    correct: 'no-inquiry',
  }),
  defineQuestion({
    id: 'security-scare-quotes',
    section: 'security',
    stem: 'Why does the essay put SCO "counterterrorism" in quotation marks?',
    options: [
      {
        id: 'beyond-terrorism',
        text: 'Because the measures also reach "separatists" and "extremists", violent or not.',
        feedback: 'In the essay\'s reading, the label covers far more than terrorism, so peaceful dissent and religious practice can be treated as threats.',
      },
      {
        id: 'no-exercises',
        text: 'Because the SCO has never held a counterterrorism exercise.',
        feedback: 'The essay describes such exercises from 2002 on. Its point is what else the label covers.',
      },
      {
        id: 'un-term',
        text: 'Because it is a term the UN does not use.',
        feedback: 'The quotation marks are about the SCO\'s wide definition, not about the UN\'s vocabulary.',
      },
    ],
    correct: 'beyond-terrorism',
  }),
  defineQuestion({
    id: 'un-embrace',
    section: 'un',
    stem: 'Why does the UN\'s embrace of the SCO matter to the essay\'s argument?',
    options: [
      {
        id: 'standards-met',
        text: 'It proves the SCO\'s blacklists meet international standards.',
        feedback: 'The essay says the UN welcomed the SCO "uncritically" (¶7); it argues that the blacklists break the norm against refoulement, a reading of the agreements no source in the claim check examines.',
      },
      {
        id: 'legitimacy',
        text: 'Recognition lends the SCO respectability that can shield its members\' abuses from criticism.',
        feedback: 'In the essay\'s argument (¶7–¶9), the UN\'s ties give the SCO the legitimacy it seeks, without scrutiny of its practices.',
      },
      {
        id: 'un-runs-rats',
        text: 'It means the UN now runs the SCO\'s anti-terrorist structure.',
        feedback: 'RATS remains an SCO body. The essay says the SCO and RATS have embedded themselves in international initiatives.',
      },
    ],
    correct: 'legitimacy',
  }),
  defineQuestion({
    id: 'boland-best-hopes',
    section: 'boland',
    stem: 'How does the essay answer Boland\'s hope in Kazakhstan and Kyrgyzstan?',
    options: [
      {
        id: 'agrees',
        text: 'It agrees with her, and blames China alone for the SCO\'s abuses.',
        feedback: 'The essay rejects the "best hopes" claim, and its evidence concerns what Kazakhstan and Kyrgyzstan did themselves.',
      },
      {
        id: 'wrong-members',
        text: 'It says neither state is a full member of the SCO.',
        feedback: 'Both are founding members. The essay answers her with what they did, not with their status.',
      },
      {
        id: 'recent-conduct',
        text: 'With what both did before the 2011 summit: blocking Uighur activists\' travel, and Kazakhstan returning asylum seekers.',
        feedback: 'The essay tests her claim against what the two states did in the weeks before the summit, when, it says, both put SCO commitments before their human-rights obligations.',
      },
    ],
    correct: 'recent-conduct',
  }),
  defineQuestion({
    id: 'conclusion-recommendation',
    section: 'conclusion',
    stem: 'What does the essay recommend the international community do?',
    options: [
      {
        id: 'conditional',
        text: 'Engage, but only on conditions: transparency, accountability for abuses, clear benchmarks.',
        feedback: 'Engagement "cannot be freely given". It must be conditioned on transparency and accountability, with benchmarks for progress.',
      },
      {
        id: 'boycott',
        text: 'Refuse all contact with the SCO.',
        feedback: 'The essay does not reject engagement. It rejects unconditional engagement.',
      },
      {
        id: 'insider-access',
        text: 'Engage freely to gain "insider access" to regional powers.',
        feedback: 'The essay rejects free engagement. “Insider access” is what it says the SCO sells itself as offering, not a phrase it gives to Boland.',
      },
    ],
    correct: 'conditional',
  }),
  defineQuestion({
    id: 'critical-unverified',
    section: 'critical-reading',
    stem: 'Which of the essay\'s claims could the deck\'s claim check not verify independently?',
    options: [
      {
        id: 'israil',
        text: 'Ershidin Israil\'s return to China on 30 May 2011.',
        feedback: 'Kazakhstan\'s foreign ministry confirmed the handover that day.',
      },
      {
        id: 'observers',
        text: 'That the SCO had four observers in 2011.',
        feedback: 'The 2011 Astana Declaration confirms India, Iran, Mongolia and Pakistan.',
      },
      {
        id: 'blacklist-size',
        text: 'The size of the shared blacklist.',
        feedback: 'No independent source was found. Present the figures as HRIC\'s, from its 2011 white paper, not as settled fact.',
      },
      {
        id: 'rats-tashkent',
        text: 'That RATS is based in Tashkent.',
        feedback: 'RATS\'s seat in Tashkent and its 2004 database agreement are confirmed.',
      },
    ],
    correct: 'blacklist-size',
  }),
  defineQuestion({
    id: 'critical-2003-correction',
    section: 'critical-reading',
    stem: 'Sources correct the essay on the 2003 exercise. What does that change?',
    options: [
      {
        id: 'whole-case',
        text: 'It undoes the essay\'s case about security cooperation.',
        feedback: 'The exercises are one strand of evidence, and the correction shows more cooperation, not less.',
      },
      {
        id: 'detail',
        text: 'A detail: it was held in Kazakhstan too, and Russia, Kazakhstan and Tajikistan took part rather than only watching.',
        feedback: 'The account of one exercise changes; the point that military cooperation grew stands. Note the error, then judge what it touches.',
      },
      {
        id: 'never-happened',
        text: 'It shows the 2003 exercise never took place.',
        feedback: '"Coalition-2003" took place in August 2003. Only who took part and where is corrected.',
      },
    ],
    correct: 'detail',
  }),
  defineQuestion({
    id: 'critical-advocacy',
    section: 'critical-reading',
    stem: 'The essay comes from a human-rights advocacy group. What follows for the reader?',
    options: [
      {
        id: 'trust',
        text: 'Its claims can be accepted unchecked: a human-rights group is neutral.',
        feedback: 'Advocacy means arguing for a cause. That is legitimate, but it is not neutrality, so the evidence still needs checking.',
      },
      {
        id: 'dismiss',
        text: 'Its claims must be wrong, because the authors are biased.',
        feedback: 'A standpoint does not make a claim false. Most of the essay\'s checkable claims are confirmed.',
      },
      {
        id: 'read-as-argument',
        text: 'Read it as an argument from a stated standpoint: check its evidence, and ask what it leaves out.',
        feedback: 'Name the standpoint, weigh each claim on its evidence, and look for what an advocate might not stress.',
      },
    ],
    correct: 'read-as-argument',
  }),
  defineQuestion({
    id: 'since-membership',
    section: 'since-2011',
    stem: 'The essay said India, Iran and Pakistan wanted full membership. What happened?',
    options: [
      {
        id: 'none',
        text: 'None joined: in 2025 the SCO closed its membership.',
        feedback: 'All three joined. In 2025 the SCO merged observers and dialogue partners into one "SCO partner" status.',
      },
      {
        id: 'all-joined',
        text: 'All three joined: India and Pakistan in 2017, Iran in 2023; Belarus followed in 2024.',
        feedback: 'The growth the essay pointed to went on. These are later facts, not the essay\'s evidence.',
      },
      {
        id: 'india-only',
        text: 'Only India joined.',
        feedback: 'India and Pakistan joined together in 2017, and Iran in 2023.',
      },
    ],
    correct: 'all-joined',
  }),
  defineQuestion({
    id: 'since-rats-2019',
    section: 'since-2011',
    stem: 'RATS gave a much larger blacklist count in 2019. What does it tell us about the essay\'s 2011 figure?',
    options: [
      {
        id: 'confirms',
        text: 'It confirms the 2011 figure.',
        feedback: 'A count from another source eight years later cannot confirm what the list held in 2011.',
      },
      {
        id: 'refutes',
        text: 'It proves HRIC exaggerated.',
        feedback: 'A larger later count does not show the earlier one was too high.',
      },
      {
        id: 'neither',
        text: 'Neither: it gives the list\'s size in 2019, by RATS\'s own count.',
        feedback: 'A later figure from another source answers a different question. Keep each figure with its own date and source.',
      },
    ],
    correct: 'neither',
  }),
] as const

export type QuestionId = (typeof questions)[number]['id']

/** Letters for option positions: A, B, C… */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index)
}

/** The question with this id, or else every question of the section with this id, in order. */
export function questionsFor(id: string): readonly Question[] {
  const question = questions.find(candidate => candidate.id === id)
  return question
    ? [question]
    : questions.filter(candidate => candidate.section === id)
}

/** The question with this id, or else the first question of the section with this id. */
export function findQuestion(id: string): Question | undefined {
  return questionsFor(id)[0]
}

/** A question's number in the whole bank, from 1 (0 when it is not in the bank). */
export function questionNumber(question: Pick<Question, 'id'>): number {
  return questions.findIndex(candidate => candidate.id === question.id) + 1
}

/** The option a question marks as right (undefined when its `correct` names no option). */
export function correctOption(question: Question): QuestionOption | undefined {
  return question.options.find(option => option.id === question.correct)
}

/** Everything wrong with one question, each message naming it. Empty when it is sound. */
export function questionProblems(question: Question): string[] {
  const problems: string[] = []
  const name = `question "${question.id}"`
  if (!(question.section in sectionTitles))
    problems.push(`${name}: unknown section "${question.section}"`)
  if (question.stem.trim() === '')
    problems.push(`${name}: has no stem`)
  if (question.options.length < 2)
    problems.push(`${name}: needs at least two options, has ${question.options.length}`)
  const rightOnes = question.options.filter(option => option.id === question.correct).length
  if (rightOnes !== 1)
    problems.push(`${name}: needs exactly one correct option, has ${rightOnes} with id "${question.correct}"`)
  const ids = question.options.map(option => option.id)
  const repeated = ids.filter((id, index) => ids.indexOf(id) !== index)
  if (repeated.length > 0) {
    problems.push(`${name}: option ids repeated: ${[
      ...new Set(repeated),
    ].join(', ')}`)
  }
  for (const option of question.options) {
    if (option.text.trim() === '')
      problems.push(`${name}: option "${option.id}" has no text`)
    if (option.feedback.trim() === '')
      problems.push(`${name}: option "${option.id}" has no feedback explaining why it is right or wrong`)
  }
  return problems
}

/** Problems across a question bank: each question's, repeated ids, and sections with no question. */
export function questionBankProblems(bank: readonly Question[]): string[] {
  const problems = bank.flatMap(questionProblems)
  const ids = bank.map(question => question.id)
  for (const id of new Set(ids.filter((id, index) => ids.indexOf(id) !== index)))
    problems.push(`question "${id}": id used more than once`)
  for (const section of sectionIds) {
    if (!bank.some(question => question.section === section))
      problems.push(`section "${section}": has no question`)
  }
  return problems
}
