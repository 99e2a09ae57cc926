/**
 * The printed materials of the lesson, each a page of the built site at `#/handout/<slug>`
 * (components/handouts/) and a PDF of its own from `npm run export` (`<pdf base name>-<slug>.pdf`).
 * The reading view links to or embeds the students' ones.
 */
/** The lesson's name as every printed page heads it (the running header, the top of a handout). */
export const lessonName = 'Reading “The Dubious Agenda of the SCO”'

export interface Material {
  readonly slug: string
  readonly title: string
  readonly audience: 'student' | 'teacher'
  readonly description: string
}

export const materials: readonly Material[] = [
  {
    slug: 'reading-guide',
    title: 'Reading guide',
    audience: 'student',
    description: 'How to get the essay, and its nine paragraphs, each with a summary and a question to ask of it.',
  },
  {
    slug: 'worksheet',
    title: 'Worksheet: map the argument, trace a figure',
    audience: 'student',
    description: 'A blank argument map, and a table for tracing one of the essay’s figures to its source.',
  },
  {
    slug: 'claims',
    title: 'The claims checked',
    audience: 'student',
    description: 'The twenty-one checkable claims of the essay, what sources say about each, and every source’s address.',
  },
  {
    slug: 'exit-ticket',
    title: 'Exit ticket',
    audience: 'student',
    description: 'Lesson 1’s three questions, each written when its slide calls for it: non-refoulement, a traced figure, the thesis.',
  },
  {
    slug: 'debate',
    title: 'The debate',
    audience: 'student',
    description: 'The motion, the roles, the running order, evidence cards for each side, the fact-checkers’ checklist, the rubric, and the lesson 2 sheet: Boland’s position and the hand-in.',
  },
  {
    slug: 'answer-key',
    title: 'Answer key for the teacher',
    audience: 'teacher',
    description: 'Model answers to both lessons’ sheets, the worksheet and the treaty task, three marked exemplar hand-ins, and the answers to every self-check.',
  },
  {
    slug: 'keywords',
    title: 'Keywords',
    audience: 'student',
    description: 'The seven words to hold on to before reading the essay, each defined in plain words.',
  },
  {
    slug: 'statuses',
    title: 'Statuses at a glance',
    audience: 'student',
    description: 'One page for the fact-checkers: every checked claim with its paragraph and status, and the essay’s readings nobody checked.',
  },
  {
    slug: 'lesson-at-a-glance',
    title: 'The lessons at a glance',
    audience: 'teacher',
    description: 'One page: both lessons minute by minute, what to print and how many for 28, the room and the debate’s roles.',
  },
  {
    slug: 'teachers-guide',
    title: 'Teacher’s guide',
    audience: 'teacher',
    description: 'The lesson plan: objectives, timing, the debate, differentiation, assessment and the materials.',
  },
  {
    slug: 'misconceptions',
    title: 'Common misconceptions',
    audience: 'teacher',
    description: 'What students often bring to this lesson, why, and what to say, with the slide or handout that meets it.',
  },
  {
    slug: 'content-guidance',
    title: 'Teaching a sensitive topic',
    audience: 'teacher',
    description: 'Ethnic minorities, terrorism and refugees in class; students with family in the region; a motion at the level of principle where criticising a government is risky.',
  },
  {
    slug: 'glossary',
    title: 'Glossary',
    audience: 'student',
    description: 'Every term the lessons use, from A to Z, each defined in plain words with its sources.',
  },
  {
    slug: 'credits',
    title: 'Credits and licences',
    audience: 'student',
    description: 'Who made what in this lesson, and the licences under which a school may reuse it.',
  },
]

/** Who a printed copy is for: one each, one between two, the two fact-checkers, or the teacher alone. */
export type CopyFor = 'student' | 'pair' | 'fact-checker' | 'teacher'

/**
 * One line of the print list: a PDF of the export (a material's slug, or `notes` / `note-taking`), who
 * gets a copy, and its pages, which tests/e2e/export.spec.ts holds to the exported PDF.
 */
export interface PrintItem {
  readonly slug: string
  readonly title: string
  readonly for: CopyFor
  readonly pages: number
  /** When it is handed out. */
  readonly when: string
}

/** The class the print list counts for. */
export const classSize = 28

/** What to print for a class, in the order it is handed out. */
export const printList: readonly PrintItem[] = [
  {
    slug: 'reading-guide',
    title: 'Reading guide',
    for: 'student',
    pages: 3,
    when: 'lesson 1, or the lesson before',
  },
  {
    slug: 'keywords',
    title: 'Keywords',
    for: 'student',
    pages: 1,
    when: 'lesson 1, start',
  },
  {
    slug: 'statuses',
    title: 'Statuses at a glance',
    for: 'student',
    pages: 1,
    when: 'lesson 1, start',
  },
  {
    slug: 'exit-ticket',
    title: 'Exit ticket',
    for: 'student',
    pages: 1,
    when: 'lesson 1, start; collected at the end',
  },
  {
    slug: 'note-taking',
    title: 'Note-taking handout',
    for: 'student',
    pages: 16,
    when: 'lesson 1, start (optional)',
  },
  {
    slug: 'glossary',
    title: 'Glossary',
    for: 'student',
    pages: 2,
    when: 'lesson 1, start (optional)',
  },
  {
    slug: 'claims',
    title: 'The claims checked',
    for: 'pair',
    pages: 6,
    when: 'lesson 1, tracing task',
  },
  {
    slug: 'worksheet',
    title: 'Worksheet',
    for: 'pair',
    pages: 2,
    when: 'lesson 1, tracing task',
  },
  {
    slug: 'debate',
    title: 'The debate',
    for: 'student',
    pages: 6,
    when: 'lesson 2, start; hand-in collected at the end',
  },
  {
    slug: 'answer-key',
    title: 'Answer key',
    for: 'teacher',
    pages: 8,
    when: 'before lesson 1',
  },
  {
    slug: 'lesson-at-a-glance',
    title: 'The lessons at a glance',
    for: 'teacher',
    pages: 1,
    when: 'before lesson 1',
  },
]

/** Copies of a print-list item for a class of `size` (a pair's odd one out gets a copy of their own). */
export function copiesFor(item: PrintItem, size: number = classSize): number {
  switch (item.for) {
    case 'student': return size
    case 'pair': return Math.ceil(size / 2)
    case 'fact-checker': return 2
    case 'teacher': return 1
  }
}

/** Whom a material is for, as its pages say it. */
export function audienceLabel(material: Material): string {
  return material.audience === 'teacher'
    ? 'For the teacher'
    : 'For students'
}

/** The material at `#/handout/<slug>`; undefined when there is none. */
export function findMaterial(slug: string): Material | undefined {
  return materials.find(material => material.slug === slug)
}

/** The material at `#/handout/<slug>`, for a place that names one: a slug that names none is a mistake. */
export function materialAt(slug: string): Material {
  const material = findMaterial(slug)
  if (!material)
    throw new Error(`No material "${slug}" in data/materials.ts (known: ${materials.map(known => known.slug).join(', ')})`)
  return material
}
