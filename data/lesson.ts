/**
 * The lesson plans: a core lesson of 50 minutes, and an extension (a second lesson or homework)
 * with its own timing. Each part lists its slides by `routeAlias`; every slide's notes end with
 * "**Time:** N min", and tests/unit/lesson.test.ts holds the notes, the parts and the presenter's
 * timer (`duration` in slides.md) to the same minutes.
 */
export interface LessonPart {
  readonly title: string
  /** A word or two for the slides' kicker, after the part's number: "Part 4 · Security". */
  readonly kicker: string
  readonly minutes: number
  /** The slides of the part, by routeAlias, in deck order. */
  readonly slides: readonly string[]
}

export interface LessonPlan {
  readonly title: string
  readonly minutes: number
  readonly parts: readonly LessonPart[]
}

export const coreLesson: LessonPlan = {
  title: 'Core lesson',
  minutes: 50,
  parts: [
    {
      title: 'Opening: objectives and the essay',
      kicker: 'Opening',
      minutes: 3,
      slides: [
        'start',
        'objectives',
        'about-essay',
        'agenda',
        'thesis',
      ],
    },
    {
      title: 'Origins: read ¶2–¶3; a pact about Xinjiang',
      kicker: 'Origins',
      minutes: 4,
      slides: ['origins', 'bargain'],
    },
    {
      title: 'Growth beyond expectations',
      kicker: 'Growth',
      minutes: 2,
      slides: ['growth'],
    },
    {
      title: 'Security: read ¶4–¶6; exercises, definitions, blacklists',
      kicker: 'Security',
      minutes: 10,
      slides: [
        'security',
        'exercises',
        'three-evils',
        'blacklists',
        'blacklist',
        'non-refoulement',
      ],
    },
    {
      title: 'Consequences: read ¶7; the UN\'s welcome',
      kicker: 'Consequences',
      minutes: 2,
      slides: ['un'],
    },
    {
      title: 'The exchange: read ¶8; Boland and the 2011 cases',
      kicker: 'The exchange',
      minutes: 6,
      slides: ['boland', 'reply', 'extraditions'],
    },
    {
      title: 'Conclusion: read ¶9; engagement on conditions',
      kicker: 'Conclusion',
      minutes: 2,
      slides: ['conclusion'],
    },
    {
      title: 'What the checks found',
      kicker: 'Reading critically',
      minutes: 2,
      slides: ['what-changes'],
    },
    {
      title: 'Debate and hand-in',
      kicker: 'Class debate',
      minutes: 16,
      slides: ['activity', 'hand-in'],
    },
    {
      title: 'Exit ticket',
      kicker: 'Before you go',
      minutes: 3,
      slides: ['exit-ticket'],
    },
  ],
}

export const extensionLesson: LessonPlan = {
  title: 'Extension: a second lesson or homework',
  minutes: 50,
  parts: [
    {
      title: 'The essay against the treaty: a primary source',
      kicker: 'A primary source',
      minutes: 8,
      slides: ['extension', 'treaty-check'],
    },
    {
      title: 'The map of June 2011, and the exercises in detail',
      kicker: 'The map and the exercises',
      minutes: 5,
      slides: ['member-map', 'exercise-details'],
    },
    {
      title: 'The argument, mapped',
      kicker: 'The argument',
      minutes: 5,
      slides: ['argument-map'],
    },
    {
      title: 'The full claim check',
      kicker: 'Reading critically',
      minutes: 10,
      slides: [
        'claims',
        'claims-checked',
        'claims-checked-2',
        'claims-checked-3',
        'claims-checked-4',
        'claims-checked-5',
        'claims-checked-6',
        'claims-readings',
      ],
    },
    {
      title: 'Who is speaking',
      kicker: 'Reading critically',
      minutes: 3,
      slides: ['standpoints'],
    },
    {
      title: 'Since 2011 (beyond the essay)',
      kicker: 'Since 2011 — beyond the essay',
      minutes: 5,
      slides: ['since-2011', 'later-figures'],
    },
    {
      title: 'Self-checks, part by part',
      kicker: 'Self-checks',
      minutes: 8,
      slides: [
        'check-origins',
        'check-growth',
        'check-security',
        'check-un',
        'check-boland',
        'check-conclusion',
        'check-critical-reading',
        'check-since-2011',
      ],
    },
    {
      title: 'Key points and discussion',
      kicker: 'Key points',
      minutes: 6,
      slides: ['key-points', 'discussion'],
    },
  ],
}

/** How a plan's parts are numbered on the slides and in print: "Part 3 · …", "Extension 2 · …". */
export interface HeadedPlan {
  readonly plan: LessonPlan
  readonly prefix: string
}

/** The deck's two plans, as the kickers, the outline, the handouts and the reading view head them. */
export const deckPlans: readonly HeadedPlan[] = [
  { plan: coreLesson, prefix: 'Part' },
  { plan: extensionLesson, prefix: 'Extension' },
]

/** Reference pages at the end: not taught, 0 minutes. */
export const referenceSlides: readonly string[] = [
  'glossary',
  'glossary-2',
  'glossary-3',
  'sources',
  'sources-2',
  'sources-3',
  'sources-4',
  'answer-key',
  'answer-key-2',
  'answer-key-3',
]

/** The core lesson's length: the presenter's countdown timer. */
export const lessonMinutes = coreLesson.minutes

/** The core lesson's parts, as the agenda slide shows them. */
export const agenda = coreLesson.parts
