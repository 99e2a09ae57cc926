/**
 * The words students need before they read the essay, shown on the first lesson's keywords slide and
 * printed with fuller definitions (data/glossary.ts) on the keywords handout. Each `gloss` is a few
 * words a student can hold in their head while reading; `term` names the glossary entry it shortens.
 */
export interface Keyword {
  /** The glossary entry's term, exactly. */
  readonly term: string
  /** What to say or show on the slide: a dozen words at most. */
  readonly gloss: string
}

export const keywords: readonly Keyword[] = [
  { term: 'SCO (Shanghai Cooperation Organization)', gloss: 'China, Russia and four Central Asian states' },
  { term: 'Xinjiang / Uighurs', gloss: 'north-west China, named after its Uighur people' },
  { term: 'Separatism', gloss: 'splitting a territory away from a state' },
  { term: 'Extremism', gloss: 'in the essay, religious fundamentalism (¶6)' },
  { term: 'Blacklist', gloss: 'a shared list of people named as threats' },
  { term: 'Extradition', gloss: 'handing a person over to another state' },
  { term: 'Non-refoulement', gloss: 'not returning refugees to where life or freedom is threatened' },
]
