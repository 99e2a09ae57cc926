import type { SourceId } from './sources'

/**
 * The primary-source task of the second lesson: students read Article 1 of the 2001 Shanghai
 * Convention and test the essay's "whether or not they use violence" (¶6) against it. The slide
 * asks the questions; the teacher's answer key gives the model answers, which keep what our check
 * could and could not read (claim 21).
 */
export interface TreatyQuestion {
  readonly prompt: string
  /** About as long as a pair writes in the task's minutes. */
  readonly modelAnswer: string
}

export const treatyTask = {
  claim: 21,
  minutes: 8,
  /** Where students read Article 1: the English text, and the official Chinese text our check read. */
  sources: ['shanghaiConvention', 'shanghaiConventionChinese'] as const satisfies readonly SourceId[],
  questions: [
    {
      prompt: 'How does Article 1 define separatism, and extremism? Is violence part of each?',
      modelAnswer: 'Separatism: splitting off territory or breaking up a state by violence, or planning, preparing or inciting that. Extremism: violent in every part, as a secondary source quotes it (our check did not read the treaty’s own wording). Violence is part of both, as far as our check could read them.',
    },
    {
      prompt: 'Does the essay’s “whether or not they use violence” hold for this treaty?',
      modelAnswer: 'Not for Article 1(1), whose definitions turn on violence, though incitement counts; the SCO, as HRIC’s white paper quotes it, calls them “violent, criminally prosecuted acts”. Other clauses were not checked: partly contradicted.',
    },
    {
      prompt: 'What else might the essay rest on?',
      modelAnswer: 'The “various organizational agreements” it mentions, a clause that widens the definitions, members’ own laws, or how lists are used in practice. None of these was checked.',
    },
    {
      prompt: 'What did the 2017 Convention change, and why can it not be the essay’s evidence?',
      modelAnswer: 'It defines extremism as resolving conflicts “by violence and other anti-constitutional acts” (as Russia’s ambassador in London quotes it): by our reading, wider. It came six years after the essay.',
    },
  ] satisfies readonly TreatyQuestion[],
} as const
