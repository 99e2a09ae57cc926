/**
 * The lesson plans: two lessons of 50 minutes each, planned minute by minute for a class of about 28,
 * and the self-study that follows them (homework, or a learner alone). Each part lists its slides by
 * `routeAlias`; every slide's notes end with "**Time:** N min", and tests/unit/lesson.test.ts holds
 * the notes, the parts and the presenter's timer (`duration` in slides.md) to the same minutes.
 */
export interface LessonPart {
  readonly title: string
  /** A word or two for the slides' kicker, after the part's number: "Part 5 · Security". */
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

export const lessonOne: LessonPlan = {
  title: 'Lesson 1: the argument and its evidence',
  minutes: 50,
  parts: [
    {
      title: 'Opening: objectives and the essay',
      kicker: 'Opening',
      minutes: 4,
      slides: [
        'start',
        'objectives',
        'about-essay',
        'agenda',
        'thesis',
      ],
    },
    {
      title: 'The map and the keywords',
      kicker: 'Where and who',
      minutes: 5,
      slides: ['member-map', 'keywords'],
    },
    {
      title: 'Origins: read ¶2–¶3',
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
      title: 'Security: read ¶4–¶6',
      kicker: 'Security',
      minutes: 11,
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
      title: 'Consequences: read ¶7',
      kicker: 'Consequences',
      minutes: 2,
      slides: ['un'],
    },
    {
      title: 'The exchange: read ¶8',
      kicker: 'The exchange',
      minutes: 7,
      slides: ['boland', 'reply', 'extraditions'],
    },
    {
      title: 'Conclusion: read ¶9',
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
      title: 'Trace a figure, in pairs',
      kicker: 'Reading critically',
      minutes: 7,
      slides: ['trace'],
    },
    {
      title: 'Exit ticket',
      kicker: 'Before you go',
      minutes: 4,
      slides: ['exit-ticket'],
    },
  ],
}

export const lessonTwo: LessonPlan = {
  title: 'Lesson 2: the treaty, the other side, the debate',
  minutes: 50,
  parts: [
    {
      title: 'Start: where we are, and the debate’s roles',
      kicker: 'Start',
      minutes: 3,
      slides: ['lesson-2'],
    },
    {
      title: 'The essay against the treaty: a primary source',
      kicker: 'A primary source',
      minutes: 10,
      slides: ['treaty-check'],
    },
    {
      title: 'The other side, in its own words',
      kicker: 'The other side',
      minutes: 8,
      slides: ['other-side', 'standpoints'],
    },
    {
      title: 'The debate',
      kicker: 'Class debate',
      minutes: 19,
      slides: ['activity'],
    },
    {
      title: 'Hand-in and close',
      kicker: 'Before you go',
      minutes: 10,
      slides: ['hand-in', 'key-points'],
    },
  ],
}

/** After the two lessons: homework, or a learner working alone. Minutes of reading and writing, not class time. */
export const selfStudy: LessonPlan = {
  title: 'Self-study and homework',
  minutes: 51,
  parts: [
    {
      title: 'The exercises in detail',
      kicker: 'The exercises',
      minutes: 4,
      slides: [
        'self-study',
        'exercise-details',
        'exercise-details-2003',
        'exercise-details-2005-2007',
      ],
    },
    {
      title: 'The argument, mapped',
      kicker: 'The argument',
      minutes: 6,
      slides: ['argument-map'],
    },
    {
      title: 'The full claim check',
      kicker: 'Reading critically',
      minutes: 10,
      // Projected a status at a time; the claims checked are read in the reading view or on the claims handout: one slide says where.
      slides: [
        'claims',
        'claims-unverified',
        'claims-confirmed',
        'claims-checked',
      ],
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
      minutes: 16,
      // Each part's key points, then its self-check on a slide of its own.
      slides: [
        'points-origins',
        'check-origins',
        'points-growth',
        'check-growth',
        'points-security',
        'check-security',
        'points-un',
        'check-un',
        'points-boland',
        'check-boland',
        'points-conclusion',
        'check-conclusion',
        'points-critical-reading',
        'check-critical-reading',
        'points-since-2011',
        'check-since-2011',
      ],
    },
    {
      title: 'Questions to keep thinking about',
      kicker: 'Homework',
      minutes: 10,
      slides: ['discussion'],
    },
  ],
}

/** How a plan's parts are numbered on the slides and in print: "Part 3 · …", "Lesson 2, part 2 · …". */
export interface HeadedPlan {
  readonly plan: LessonPlan
  readonly prefix: string
}

/** The deck's plans, as the kickers, the outline, the handouts and the reading view head them. */
export const deckPlans: readonly HeadedPlan[] = [
  { plan: lessonOne, prefix: 'Part' },
  { plan: lessonTwo, prefix: 'Lesson 2, part' },
  { plan: selfStudy, prefix: 'Self-study' },
]

/**
 * The slide at the end that points to what a learner looks up (glossary, sources, self-check answers):
 * they are read in the reading view and on the handouts, not projected. Not taught, 0 minutes.
 */
export const referenceSlides: readonly string[] = ['look-up']

/** A lesson's length: the presenter's countdown timer. */
export const lessonMinutes = lessonOne.minutes

/** The first lesson's parts, as the agenda slide shows them. */
export const agenda = lessonOne.parts
