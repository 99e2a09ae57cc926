/** The 50-minute class: the parts in order, with the minutes each gets. */
export interface LessonPart {
  readonly title: string
  readonly minutes: number
  /** The pages/ file that holds the part. */
  readonly page: string
}

export const lessonMinutes = 50

export const agenda: readonly LessonPart[] = [
  { title: 'Opening: objectives and the essay', minutes: 4, page: '01-opening.md' },
  { title: 'Origins: a pact about Xinjiang', minutes: 4, page: '02-origins.md' },
  { title: 'Growth beyond expectations', minutes: 3, page: '03-growth.md' },
  { title: 'The security infrastructure', minutes: 9, page: '04-security.md' },
  { title: 'Consequences and the UN\'s embrace', minutes: 3, page: '05-un.md' },
  { title: 'The debate: Boland and the 2011 cases', minutes: 5, page: '06-boland.md' },
  { title: 'The conclusion: engagement on conditions', minutes: 2, page: '07-conclusion.md' },
  { title: 'Reading the argument critically', minutes: 8, page: '08-critical-reading.md' },
  { title: 'Since 2011 (beyond the essay)', minutes: 2, page: '09-since-2011.md' },
  { title: 'Class debate and wrap-up', minutes: 10, page: '10-activity.md' },
]
