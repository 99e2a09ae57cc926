/**
 * What every student writes and hands in, objective by objective, spread through the two lessons so
 * that the bell takes none of it: on the first lesson's exit ticket, non-refoulement (objective 2)
 * straight after its slide, a traced figure (objective 3) in the pairs task, the thesis (objective 1)
 * at the end; on the second lesson's sheet, Boland's position (objective 4) before the debate, beside
 * the hand-in (objective 5, data/debate.ts). Each with the model answer and what to look for that the
 * teacher's answer key prints; a model answer is no longer than a student writes in its minutes,
 * about fifteen words a minute.
 */

export interface ExitTicketQuestion {
  readonly id: string
  /** The lesson objective it assesses (TEACHING.md, "Learning objectives"). */
  readonly objective: 1 | 2 | 3 | 4 | 5
  /** The lesson whose sheet it is on. */
  readonly lesson: 1 | 2
  /** The slide (routeAlias) at which students write it. */
  readonly writtenAt: string
  /** Minutes to write it. */
  readonly minutes: number
  /** What it asks, in a few words, for the slide that calls for it. */
  readonly label: string
  readonly prompt: string
  /** Ruled lines for the answer on the printed ticket. */
  readonly lines: number
  /** A good answer, as a student might write it. */
  readonly modelAnswer: string
  /** What earns the mark. */
  readonly lookFor: readonly string[]
}

/** The first lesson's exit ticket slide: the thesis written, then every sheet collected. */
export const exitTicketMinutes = 4

export const exitTicket: readonly ExitTicketQuestion[] = [
  {
    id: 'non-refoulement',
    label: 'blacklists and non-refoulement',
    objective: 2,
    lesson: 1,
    writtenAt: 'non-refoulement',
    minutes: 2,
    prompt: 'How, according to the essay, can the SCO’s shared blacklists collide with non-refoulement?',
    lines: 3,
    modelAnswer: 'No state may return refugees to where life or freedom is threatened. The essay argues (¶6) members honour each other’s lists unchecked, extraditing those listed and refusing them refugee status.',
    lookFor: [
      'a correct definition of non-refoulement',
      'the mechanism: lists honoured without inquiry, then extradition and no refugee status',
      'the link marked as the essay’s argument (¶6)',
    ],
  },
  {
    id: 'trace',
    label: 'trace one figure',
    objective: 3,
    lesson: 1,
    writtenAt: 'trace',
    minutes: 4,
    prompt: 'Trace one figure of the essay: the figure with its qualifier, its paragraph, its status in the claims handout, its source, and whether that source is independent of HRIC.',
    lines: 3,
    modelAnswer: 'At least 42 organizations (¶6): unverified (claim 13). Source: HRIC’s own white paper, so not independent.',
    lookFor: [
      'the figure with its qualifier, as the essay gives it',
      'the paragraph and the status from the claims handout',
      'the source named, and whether it is HRIC’s own',
    ],
  },
  {
    id: 'thesis',
    label: 'the thesis and the recommendation',
    objective: 1,
    lesson: 1,
    writtenAt: 'exit-ticket',
    minutes: 3,
    prompt: 'Sum up the essay’s thesis and its recommendation in two sentences.',
    lines: 4,
    modelAnswer: 'The essay argues that the SCO’s security cooperation harms human rights at home and weakens international counterterrorism norms, while the UN welcomes it without scrutiny (¶4–¶7). It therefore recommends engaging the SCO only on conditions: transparency, accountability for abuses and clear benchmarks (¶9).',
    lookFor: [
      'the main claim and the recommendation, in two sentences',
      'said as the essay’s argument (“the essay argues…”), not as settled fact',
      'conditional engagement, not a refusal to engage',
    ],
  },
  {
    id: 'boland',
    label: 'Boland’s position, fairly',
    objective: 4,
    lesson: 2,
    writtenAt: 'other-side',
    minutes: 3,
    prompt: 'State Julie Boland’s position as fairly as her own words allow, in one or two sentences.',
    lines: 3,
    modelAnswer: 'Boland answers the usual arguments against U.S. engagement with the SCO. She grants that China, Russia, Uzbekistan and Tajikistan “long ago established their authoritarian credentials”, but says Kazakhstan and Kyrgyzstan “represent the best hopes in years for more representative governments in the region”.',
    lookFor: [
      'her answer to the arguments against engagement, with her hope in Kazakhstan and Kyrgyzstan (quoted in ¶8) and what she grants of the other four members',
      'in her voice, without the essay’s criticism of her',
      'nothing she did not say (not “insider access”: that is what the essay says the SCO is trying to sell itself as offering)',
    ],
  },
]

/** The questions on one lesson's sheet, in the order students write them. */
export function questionsOfLesson(lesson: 1 | 2): ExitTicketQuestion[] {
  return exitTicket.filter(question => question.lesson === lesson)
}

/** A question's number on its lesson's sheet, from 1. */
export function sheetNumber(question: ExitTicketQuestion): number {
  return questionsOfLesson(question.lesson).indexOf(question) + 1
}
