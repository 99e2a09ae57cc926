/**
 * What students will be able to do by the end of the two lessons, as the objectives slide says it (its
 * first word, what they do, in bold) and the built site tells search engines and learning platforms
 * (scripts/learning-resource.ts). The exit tickets name them by number (data/exit-ticket.ts);
 * TEACHING.md words them for the teacher, led by the same verbs (tests/unit/teacher-pack.test.ts).
 */
export const objectives: readonly string[] = [
  'Summarize the essay’s thesis and recommendation in two sentences',
  'Explain how, in the essay’s reading, blacklists and extradition collide with the ban on returning refugees',
  'Trace a figure to its source, and say who has checked it',
  'State Julie Boland’s position fairly, from her own words',
  'Argue for or against conditioning engagement, with evidence',
]
