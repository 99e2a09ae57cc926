/**
 * The exit ticket: three short questions in the lesson's last three minutes, each assessing one
 * objective, with the model answer and what to look for that the teacher's answer key prints.
 */

export interface ExitTicketQuestion {
  readonly id: string
  /** The lesson objective it assesses (TEACHING.md, "Learning objectives"). */
  readonly objective: 1 | 2 | 3 | 4 | 5
  readonly prompt: string
  /** Ruled lines for the answer on the printed ticket. */
  readonly lines: number
  /** A good answer, as a student might write it. */
  readonly modelAnswer: string
  /** What earns the mark. */
  readonly lookFor: readonly string[]
}

export const exitTicketMinutes = 3

export const exitTicket: readonly ExitTicketQuestion[] = [
  {
    id: 'thesis',
    objective: 1,
    prompt: 'Sum up the essay\'s thesis and its recommendation in two sentences.',
    lines: 4,
    modelAnswer: 'The essay argues that the SCO\'s security cooperation harms human rights at home and weakens international counterterrorism norms, while the UN welcomes it without scrutiny (¶4–¶7). It therefore recommends engaging the SCO only on conditions: transparency, accountability for abuses and clear benchmarks (¶9).',
    lookFor: [
      'the main claim and the recommendation, in two sentences',
      'said as the essay\'s argument ("the essay argues…"), not as settled fact',
      'conditional engagement, not a refusal to engage',
    ],
  },
  {
    id: 'non-refoulement',
    objective: 2,
    prompt: 'How, according to the essay, can the SCO\'s shared blacklists collide with non-refoulement?',
    lines: 4,
    modelAnswer: 'Under Article 33 of the 1951 Refugee Convention, no state may return a refugee to where their life or freedom would be threatened, bar narrow exceptions (non-refoulement). The essay argues (¶6) that SCO members have agreed to honour each other\'s blacklists without inquiring themselves, and to extradite and deny refugee status to anyone listed, so someone listed as a separatist or extremist could be returned to persecution. That is the essay\'s reading of the agreements; sources confirm RATS and its database, not these obligations.',
    lookFor: [
      'a correct definition of non-refoulement',
      'the mechanism: lists honoured without inquiry, then extradition and no refugee status',
      'the link marked as the essay\'s argument (¶6)',
    ],
  },
  {
    id: 'boland',
    objective: 4,
    prompt: 'State Julie Boland\'s position as fairly as her own words allow, in one or two sentences.',
    lines: 3,
    modelAnswer: 'Washington should rethink its stance and engage the SCO, "more than just an old autocrat\'s club" (her op-ed\'s standfirst); Kazakhstan and Kyrgyzstan "represent the best hopes in years for more representative governments in the region".',
    lookFor: [
      'engagement, and her hope in Kazakhstan and Kyrgyzstan (her words, quoted in ¶8) or her view that the SCO is more than a club of autocrats (her op-ed)',
      'in her voice, without the essay\'s criticism of her',
      'nothing she did not say (not "insider access": that is what the essay says the SCO is trying to sell itself as offering)',
    ],
  },
]
