/**
 * What students will be able to do by the end of the two lessons, as the objectives slide says it and
 * the built site tells search engines and learning platforms (scripts/learning-resource.ts). Each
 * starts with what they do (`verb`, set in bold on the slide). The exit tickets name them by number
 * (data/exit-ticket.ts); TEACHING.md words them for the teacher, and tests/unit/objectives.test.ts
 * holds its list to these verbs.
 */
export interface Objective {
  readonly verb: string
  /** The rest of the sentence, without its full stop. */
  readonly rest: string
}

export const objectives: readonly Objective[] = [
  { verb: 'Summarize', rest: 'the essay’s thesis and recommendation in two sentences' },
  { verb: 'Explain', rest: 'how, in the essay’s reading, blacklists and extradition collide with the ban on returning refugees' },
  { verb: 'Trace', rest: 'a figure to its source, and say who has checked it' },
  { verb: 'State', rest: 'Julie Boland’s position fairly, from her own words' },
  { verb: 'Argue', rest: 'for or against conditioning engagement, with evidence' },
]
