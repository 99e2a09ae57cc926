/**
 * Guidance for teaching this lesson's sensitive topics (ethnic minorities, terrorism, refugees), for the
 * teacher's content-guidance handout: what to do before, during and after, and a variant of the debate
 * at the level of principle for a class where criticising a member government is risky. Our advice,
 * in a teacher's words; nothing here reports the essay or a source.
 */
export interface GuidanceSection {
  readonly id: string
  readonly heading: string
  readonly points: readonly string[]
}

export const guidance: readonly GuidanceSection[] = [
  {
    id: 'before',
    heading: 'Before the lessons',
    points: [
      'Read the essay, the claims handout and this page yourself first, and decide which motion your class will debate.',
      'Think about who is in the room. A student may have family in Xinjiang, Central Asia or Russia, may be Uighur, Kazakh, Uzbek, Chinese or Muslim, or may have come as a refugee. Do not ask anyone to say so, and never make a student speak for a people or a government.',
      'Tell the class the week before what the lessons are about, so that no one meets the topic cold. Tell a student who may find it hard, privately, that they can take the fact-checker or chair role, or write rather than speak.',
      'Where criticising a member government is risky for students or their families, or against your school’s rules, use the variant motion below, and keep written work in class, unnamed if need be.',
    ],
  },
  {
    id: 'words',
    heading: 'Words in class',
    points: [
      'The lesson is about how states label people (terrorist, separatist, extremist) and what a label is worth as evidence, not about a people or a faith. Say so at the start of lesson 1.',
      'Say “a government calls them…” or “the essay argues…”, never a label as plain fact. Hold students to the same: a label is a claim, to be checked like any other.',
      'Correct at once, calmly and without a scene, a remark that treats Uighurs, Muslims or any people as a threat: say that it is a label the lesson asks us to check, not a fact about people. The misconceptions sheet has more.',
      'Refugees and returned asylum seekers are people with names and families. Keep to what the sources say happened to them; do not guess at what came after.',
    ],
  },
  {
    id: 'debate',
    heading: 'Running the debate',
    points: [
      'Assign sides on the plan, by lot or by seat, never by background: a student argues a side, not their identity, and may argue the other way in the hand-in.',
      'Ground rules, said before the teams form: argue from the cards and the claims handout; attack arguments, not people or peoples; the chair stops a speaker who breaks them.',
      'If the room turns personal, stop the clock, restate the ground rules, and go to the fact-checkers’ report early. A debate cut short loses less than a student who is hurt.',
    ],
  },
  {
    id: 'after',
    heading: 'After the lessons',
    points: [
      'Leave a minute at the end for anyone who wants a word with you, and follow up with a student who went quiet.',
      'Mark the hand-ins on the rubric only: the quality of the evidence and the fairness to the other side, never the side taken.',
      'If a student tells you of danger to themselves or their family, follow your school’s safeguarding procedure.',
    ],
  },
]

/** The variant motion: the same question at the level of principle, naming no government. */
export const variantMotion = 'Should democracies condition their engagement with any regional security body on human-rights benchmarks?'

/** How the debate runs with the variant motion. */
export const variantSteps: readonly string[] = [
  'Put the variant motion on the board instead of the deck’s; the roles, the running order, the rubric and the hand-in stay as they are.',
  'The evidence cards still serve: each is a case of the principle. Ask speakers to argue from what a card shows about regional security bodies in general (what a shared list does, what treaty wording allows, what engagement can gain), not from any government’s record.',
  'Speakers name bodies and treaties, not governments or peoples: members, or a member state, is enough.',
  'The fact-checkers work as before: whose claim, which status, which qualifier.',
  'In the hand-in, a student argues the principle and may use the SCO as one case among others they know (NATO, the African Union, ASEAN).',
]
