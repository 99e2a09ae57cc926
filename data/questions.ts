/**
 * Self-check questions, at least one per section of the lesson, with feedback on every option.
 * The wording follows the essay (../shared/source/essay.txt) and the fact sheet
 * (../shared/source/fact-check.md); no question quotes a figure, so none can drift from data/.
 * Feedback says whose claim it explains: "the essay argues (¶N)…", "sources confirm…", never the
 * essay's unchecked charges in the deck's own voice. Ids stay stable while a question or option
 * keeps its meaning: stored answers (SCORM) are keyed by them.
 */

/** The sections of the lesson a question can belong to, in teaching order, named as their key points and self-check slides name them. */
export const sectionTitles = {
  'origins': 'Origins',
  'growth': 'Growth',
  'security': 'Security',
  'un': 'Consequences',
  'boland': 'The exchange',
  'conclusion': 'The conclusion',
  'critical-reading': 'Reading critically',
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
        text: 'China would invest in Central Asian energy and roads, and its neighbours would host Chinese bases.',
        feedback: 'The essay mentions no bases. In its account investment and trade came later, as the SCO’s unexpected growth (¶3), not as the founding deal.',
      },
      {
        id: 'mutual-suppression',
        text: 'Central Asian states would curb Uighur activism; China would help them against their own movements.',
        feedback: 'Yes: in the essay’s account (¶2), a bargain about order at home, centred on Xinjiang. Russia came for another reason: it made China’s rise in the region cooperative, not competitive.',
      },
      {
        id: 'anti-nato',
        text: 'China and Russia set it up as a military alliance to push NATO and the United States out of Central Asia.',
        feedback: '“Engaging the Anti-NATO” is the title of Boland’s article, not the essay’s account of the founding. The essay starts from Xinjiang and stability on China’s borders (¶2).',
      },
    ],
    correct: 'mutual-suppression',
  }),
  defineQuestion({
    id: 'growth-why-it-matters',
    section: 'growth',
    stem: 'Why does the essay list the SCO’s observers, partners, guests and would-be members?',
    options: [
      {
        id: 'weight',
        text: 'To show its reach, which makes its security practices matter far beyond Central Asia.',
        feedback: 'Yes. The essay moves straight from the SCO’s reach (¶3) to its security practices, which it argues are changing global norms for the worse (¶4).',
      },
      {
        id: 'trade',
        text: 'To argue that trade, pipelines and oil fields, not security, have become the SCO’s real purpose.',
        feedback: 'The essay does list energy deals and trade (¶3), but then calls security cooperation the most significant development (¶4). Growth is the setting, not the point.',
      },
      {
        id: 'failure',
        text: 'To show that the SCO has failed to grow beyond its six founders.',
        feedback: 'The essay says the opposite (¶3): the SCO grew in ways few expected, and three powerful states wanted to join.',
      },
    ],
    correct: 'weight',
  }),
  defineQuestion({
    id: 'security-blacklists',
    section: 'security',
    stem: 'What is the essay’s main objection to the SCO’s shared blacklists?',
    options: [
      {
        id: 'violent-only',
        text: 'They list only violent groups, so peaceful but dangerous extremists slip through.',
        feedback: 'The essay argues the reverse (¶6): the agreements reach separatists and extremists whether or not they use violence. For the 2001 Convention, whose definitions turn on violence, that is partly contradicted (claim 21).',
      },
      {
        id: 'tashkent',
        text: 'The database sits in Tashkent, where China’s security services cannot reach it.',
        feedback: 'The essay says (¶6) the database in Tashkent is open to every member’s security organs, and sources confirm RATS is based there (claim 12). Its location is not the objection.',
      },
      {
        id: 'no-inquiry',
        text: 'Members must honour each other’s lists without conducting any inquiry of their own.',
        feedback: 'Yes, in the essay’s reading of the agreements (¶6): whoever one member lists, the others extradite and refuse refugee status, which it argues breaks non-refoulement. No cited source checks these obligations.',
      },
    ],
    correct: 'no-inquiry',
  }),
  defineQuestion({
    id: 'security-scare-quotes',
    section: 'security',
    stem: 'Why does the essay put SCO “counterterrorism” in quotation marks?',
    options: [
      {
        id: 'beyond-terrorism',
        text: 'Because the measures also reach separatists and extremists, violent or not.',
        feedback: 'Yes. The essay argues (¶6) the label reaches separatists and “religious fundamentalists” who never use violence; for the 2001 Convention, whose definitions turn on violence, that is partly contradicted (claim 21).',
      },
      {
        id: 'no-exercises',
        text: 'Because the SCO has run no real counterterrorism operations, only military exercises for show.',
        feedback: 'The essay describes joint exercises from 2002 on and says they build trust between militaries as well as intimidate (¶5). Its quotation marks are about what else the label covers (¶6).',
      },
      {
        id: 'un-term',
        text: 'Because the word is borrowed from the UN, which defines terrorism differently.',
        feedback: 'The essay does not compare the SCO’s definitions with the UN’s. Its quotation marks mark how far the SCO’s measures reach beyond terrorism (¶6).',
      },
    ],
    correct: 'beyond-terrorism',
  }),
  defineQuestion({
    id: 'un-embrace',
    section: 'un',
    stem: 'Why does the UN’s embrace of the SCO matter to the essay’s argument?',
    options: [
      {
        id: 'standards-met',
        text: 'It shows that the UN examined the SCO’s blacklists and found they meet international standards.',
        feedback: 'The essay argues the opposite (¶7): that the UN welcomed the SCO uncritically, without such an examination.',
      },
      {
        id: 'legitimacy',
        text: 'Recognition lends the SCO respectability that can shield members’ abuses from criticism.',
        feedback: 'Yes. The essay argues (¶7–¶9) that UN recognition gives the SCO the legitimacy it seeks, with no scrutiny of its practices. Sources confirm the resolutions and the joint declaration (claims 15 and 16).',
      },
      {
        id: 'un-runs-rats',
        text: 'It means that the SCO’s anti-terrorist structure now answers to the UN Security Council.',
        feedback: 'RATS is an SCO body. The essay says (¶7) the SCO and RATS have joined international initiatives, not that the UN directs them.',
      },
    ],
    correct: 'legitimacy',
  }),
  defineQuestion({
    id: 'boland-position',
    section: 'boland',
    stem: 'Which is the fairest statement of Julie Boland’s position, as the essay reports it?',
    options: [
      {
        id: 'insider-access',
        text: 'Engage the SCO, because it gives outsiders “insider access” to the region’s power players, whatever its members do at home.',
        feedback: 'The essay says “insider access” is what the SCO is trying to sell itself as offering (¶8), not words it gives Boland; and “whatever its members do at home” is the essay’s criticism of her, not her position.',
      },
      {
        id: 'engage-best-hopes',
        text: 'Engage the SCO: two of its members, Kazakhstan and Kyrgyzstan, are the region’s best hopes in years for more representative governments.',
        feedback: 'Yes. The essay quotes her: the two states “represent the best hopes in years for more representative governments in the region” (¶8). A fair statement keeps to her words and leaves out the essay’s reply.',
      },
      {
        id: 'endorse-blacklists',
        text: 'Support the SCO’s shared blacklists, because handing suspected extremists over to each other makes the whole region safer.',
        feedback: 'The essay does not say Boland defends the blacklists; its complaint is that she neglects the risks of engagement (¶8). A fair statement gives a position no claims its author did not make.',
      },
    ],
    correct: 'engage-best-hopes',
  }),
  defineQuestion({
    id: 'boland-best-hopes',
    section: 'boland',
    stem: 'How does the essay answer Boland’s hope in Kazakhstan and Kyrgyzstan?',
    options: [
      {
        id: 'agrees',
        text: 'It grants her point about both states, and blames China alone for the SCO’s abuses.',
        feedback: 'The essay rejects her claim about the two states (¶8), and its evidence is what Kazakhstan and Kyrgyzstan did themselves.',
      },
      {
        id: 'wrong-members',
        text: 'It points out that neither state is a full member, so the SCO cannot be judged by them.',
        feedback: 'Both are founding members, as sources on the founding confirm (claim 1). The essay answers her with what they did (¶8), not with their status.',
      },
      {
        id: 'recent-conduct',
        text: 'With what both states did in the weeks before the 2011 summit, to activists and asylum seekers.',
        feedback: 'Yes (¶8): both kept Uighur activists from a Washington conference, and Kazakhstan returned asylum seekers. Sources confirm the events (claims 18–20); that they broke non-refoulement is the essay’s reading.',
      },
    ],
    correct: 'recent-conduct',
  }),
  defineQuestion({
    id: 'conclusion-thesis',
    section: 'conclusion',
    stem: 'Which two sentences best summarize the essay’s thesis and its recommendation?',
    options: [
      {
        id: 'rival-to-nato',
        text: 'The SCO has grown from a border pact into a rival to NATO that threatens American interests in Asia. So Washington should contain it.',
        feedback: 'The essay asks what the SCO means for American interests (¶1), but its thesis is about human rights and counterterrorism norms, and it recommends conditional engagement, not containment (¶9).',
      },
      {
        id: 'rights-and-conditions',
        text: 'SCO security cooperation harms human rights and weakens counterterrorism norms. So its recognition should come only on conditions.',
        feedback: 'Yes: the main claim (¶4–¶7) and the recommendation (¶9). In your own summary, “the essay argues that…” keeps clear whose claim it is.',
      },
      {
        id: 'boland-mistaken',
        text: 'Kazakhstan and Kyrgyzstan broke their human-rights obligations before the 2011 summit. So Boland’s hopes for the region are mistaken.',
        feedback: 'That is the essay’s reply to Boland (¶8), one step in its argument, not its thesis. A summary needs the main claim (¶4–¶7) and the recommendation (¶9).',
      },
    ],
    correct: 'rights-and-conditions',
  }),
  defineQuestion({
    id: 'conclusion-recommendation',
    section: 'conclusion',
    stem: 'What does the essay recommend the international community do?',
    options: [
      {
        id: 'conditional',
        text: 'Engage, but on conditions: transparency, accountability for abuses, clear benchmarks.',
        feedback: 'Yes. The essay says engagement cannot be freely given (¶9): it must be conditioned on transparency and accountability for human-rights violations, with benchmarks for progress.',
      },
      {
        id: 'boycott',
        text: 'Cut off all contact with the SCO and its members until they end the abuses at home.',
        feedback: 'The essay does not reject engagement. It rejects engagement given freely, without conditions (¶9).',
      },
      {
        id: 'insider-access',
        text: 'Engage freely now, to win the “insider access” to regional powers that the SCO offers.',
        feedback: 'The essay argues against engagement given freely (¶9), and treats “insider access” as what the SCO is trying to sell itself as offering (¶8) — the reason, it says, for more scrutiny.',
      },
    ],
    correct: 'conditional',
  }),
  defineQuestion({
    id: 'critical-unverified',
    section: 'critical-reading',
    stem: 'Which of the essay’s claims could the deck’s claim check not verify independently?',
    options: [
      {
        id: 'israil',
        text: 'Ershidin Israil’s return to China on 30 May 2011.',
        feedback: 'Confirmed: on 7 June 2011 Kazakhstan’s foreign ministry told Reuters that Israil had been handed to China on 30 May (claim 19).',
      },
      {
        id: 'observers',
        text: 'That the SCO had four observers in 2011.',
        feedback: 'The 2011 Astana Declaration confirms India, Iran, Mongolia and Pakistan.',
      },
      {
        id: 'blacklist-size',
        text: 'How many organizations and individuals the shared blacklist held in 2011.',
        feedback: 'Yes. No independent source was found. Present the figures as HRIC’s, from its 2011 white paper, not as settled fact.',
      },
      {
        id: 'rats-tashkent',
        text: 'That RATS is based in Tashkent.',
        feedback: 'RATS’s seat in Tashkent and its 2004 database agreement are confirmed (claim 12).',
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
        text: 'It undoes the essay’s whole case that security cooperation among the members was growing.',
        feedback: 'The exercises are one strand of the essay’s evidence (¶5), and the correction shows more cooperation, not less.',
      },
      {
        id: 'detail',
        text: 'A detail: it was held in Kazakhstan too, and three more states took part.',
        feedback: 'Yes. Sources show (claim 9) it was held in Kazakhstan as well as Xinjiang, with Russia, Kazakhstan and Tajikistan taking part. One exercise’s account changes; the point that cooperation grew stands.',
      },
      {
        id: 'never-happened',
        text: 'It shows the 2003 exercise never took place, so the essay invented it.',
        feedback: 'Sources confirm (claim 9) that “Coalition-2003” took place in August 2003. Only who took part and where is corrected.',
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
        text: 'Its claims can be accepted unchecked, since a human-rights group has no interest of its own.',
        feedback: 'Advocacy means arguing for a cause. That is legitimate, but it is not neutrality, so the evidence still needs checking.',
      },
      {
        id: 'dismiss',
        text: 'Its claims should be set aside, because an advocate’s evidence is always one-sided.',
        feedback: 'A standpoint does not make a claim false: most of the claims in the deck’s claim check are confirmed by other sources.',
      },
      {
        id: 'read-as-argument',
        text: 'Read it as an argument: check its evidence and ask what it leaves out.',
        feedback: 'Yes. Name the standpoint, weigh each claim on its evidence, and look for what an advocate might not stress.',
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
        text: 'None joined: the SCO stopped admitting members and created a looser “partner” status instead.',
        feedback: 'All three joined, as later sources report (ECNS, 10 June 2017; Sputnik, July 2023). What changed in 2025 was that observers and dialogue partners were merged into one “SCO partner” status (TASS).',
      },
      {
        id: 'all-joined',
        text: 'All three joined: India and Pakistan in 2017, Iran in 2023.',
        feedback: 'Yes. The growth the essay pointed to went on; Belarus joined too, in 2024 (Head Post, July 2024). These are later facts from other sources, not the essay’s evidence.',
      },
      {
        id: 'india-only',
        text: 'Only India joined, in 2017; Pakistan’s and Iran’s bids are still pending.',
        feedback: 'India and Pakistan joined together in 2017, and Iran in 2023.',
      },
    ],
    correct: 'all-joined',
  }),
  defineQuestion({
    id: 'since-rats-2019',
    section: 'since-2011',
    stem: 'RATS gave a much larger blacklist count in 2019. What does it tell us about the essay’s 2011 figure?',
    options: [
      {
        id: 'confirms',
        text: 'It confirms the 2011 figure, since a list that later grew must once have held at least that many.',
        feedback: 'A list can shrink as well as grow, and a count from another source eight years later cannot show what the list held in 2011.',
      },
      {
        id: 'refutes',
        text: 'It proves HRIC exaggerated, since RATS’s own count is the official one.',
        feedback: 'A larger later count cannot show that the earlier one was too high, and an official count is one more claim to check, not proof.',
      },
      {
        id: 'neither',
        text: 'Neither: it is RATS’s own count for 2019, not for 2011.',
        feedback: 'Yes. A later figure from another source answers a different question. Keep each figure with its own date and source.',
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

/** One line of an answer key: the question, its number in the bank, and its right answer. */
export interface AnswerKeyEntry {
  readonly question: Question
  readonly number: number
  /** The right option's letter as the learner saw it: A, B, C… */
  readonly letter: string
  readonly answer: QuestionOption
}

/** The answer key to `chosen`, in order; throws naming a question that has no right option. */
export function answerKeyEntries(chosen: readonly Question[]): AnswerKeyEntry[] {
  return chosen.map((question) => {
    const answer = correctOption(question)
    if (!answer)
      throw new Error(`Answer key: question "${question.id}" has no correct option`)
    return {
      question,
      number: questionNumber(question),
      letter: optionLetter(question.options.indexOf(answer)),
      answer,
    }
  })
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

/** Whether the right option is longer than every other option: a cue test-wise learners follow. */
export function correctIsLongest(question: Question): boolean {
  const answer = correctOption(question)
  return answer !== undefined
    && question.options.every(option => option === answer || option.text.length < answer.text.length)
}

/** At most this share of a bank's questions may have the longest option as the right one. */
export const longestCorrectShare = 1 / 3

/**
 * Problems across a question bank: each question's, repeated ids, sections with no question, and
 * the right answer given away by being the longest option too often.
 */
export function questionBankProblems(bank: readonly Question[]): string[] {
  const problems = bank.flatMap(questionProblems)
  const longest = bank.filter(correctIsLongest)
  if (longest.length > bank.length * longestCorrectShare) {
    problems.push(`the correct option is the longest in ${longest.length} of ${bank.length} questions (more than a third): ${
      longest.map(question => question.id).join(', ')}`)
  }
  const ids = bank.map(question => question.id)
  for (const id of new Set(ids.filter((id, index) => ids.indexOf(id) !== index)))
    problems.push(`question "${id}": id used more than once`)
  for (const section of sectionIds) {
    if (!bank.some(question => question.section === section))
      problems.push(`section "${section}": has no question`)
  }
  return problems
}
