/**
 * The printed materials of the lesson, each a page of the built site at `#/handout/<slug>`
 * (components/handouts/) and a PDF of its own from `npm run export` (`<pdf base name>-<slug>.pdf`).
 * The reading view links to or embeds the students' ones.
 */
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
    description: 'A blank argument map, and a table for tracing one of the essay\'s figures to its source.',
  },
  {
    slug: 'claims',
    title: 'The claims checked',
    audience: 'student',
    description: 'The twenty-one checkable claims of the essay, what sources say about each, and every source\'s address.',
  },
  {
    slug: 'exit-ticket',
    title: 'Exit ticket',
    audience: 'student',
    description: 'Three short questions for the last three minutes: the thesis, the blacklists, Boland\'s position.',
  },
  {
    slug: 'debate',
    title: 'The debate',
    audience: 'student',
    description: 'The motion, the roles, the running order, the fact-checkers\' checklist, the rubric and the hand-in.',
  },
  {
    slug: 'answer-key',
    title: 'Answer key for the teacher',
    audience: 'teacher',
    description: 'Model answers to the exit ticket and the worksheet, and the answers to every self-check.',
  },
  {
    slug: 'credits',
    title: 'Credits and licences',
    audience: 'student',
    description: 'Who made what in this lesson, and the licences under which a school may reuse it.',
  },
]

/** The material at `#/handout/<slug>`; undefined when there is none. */
export function findMaterial(slug: string): Material | undefined {
  return materials.find(material => material.slug === slug)
}
