import type { SourceId } from './sources'

/**
 * The other voices in the debate, in their own words: Julie Boland, whom the essay answers, and the
 * SCO and its members' governments, whom it criticises. Each quotation is short and exact as the
 * source gives it, and each is the speaker's claim, not a finding. `npm run check:sources` checks
 * every one word for word against the course's fact sheet. The essay's own quotations, and the words
 * it quotes from others, are in data/essay.ts.
 */
export interface VoiceQuotation {
  /** Who says it, as a reader should name them. */
  readonly speaker: string
  readonly date: string
  readonly text: string
  /** What they are talking about, in our words, so the quotation reads on its own. */
  readonly context: string
  readonly source: SourceId
}

export const voiceQuotations = {
  bolandNotAutocratsClub: {
    speaker: 'Julie Boland’s op-ed, its standfirst',
    date: '10 June 2011',
    text: 'more than just an old autocrat’s club',
    context: 'The line under the op-ed’s headline, which says Washington should rethink its stance',
    source: 'boland',
  },
  bolandAuthoritarianCredentials: {
    speaker: 'Julie Boland',
    date: '10 June 2011',
    text: 'long ago established their authoritarian credentials',
    context: 'What she grants of China, Russia, Uzbekistan and Tajikistan, in the rebuttal where she sees Kazakhstan and Kyrgyzstan as the region’s hopes for more representative government',
    source: 'boland',
  },
  bolandRisks: {
    speaker: 'Julie Boland, Brookings paper',
    date: '20 June 2011',
    text: 'Risks Exist for the U.S.',
    context: 'A heading in her paper, over a section on endorsing repressive regimes without meaning to',
    source: 'bolandPaper',
  },
  scoUnCharter: {
    speaker: 'SCO heads of state',
    date: '9 June 2017',
    text: 'should be carried out with strict conformity to the goals and principles of the UN Charter',
    context: 'How they say cooperation against terrorism is to be done',
    source: 'scoStatement2017',
  },
  scoRightsAndFreedoms: {
    speaker: 'The SCO Convention against Terrorism',
    date: '16 June 2009',
    text: 'should be taken based on the supremacy of law, democratic values, basic human rights and freedoms',
    context: 'Its preamble, on the measures members take against terrorism',
    source: 'convention2009',
  },
  scoWorldOrder: {
    speaker: 'Rashid Alimov, SCO Secretary-General',
    date: '2017',
    text: 'aims to build a just polycentric world order, in full conformity with the norms of international law',
    context: 'What the SCO is for, in the UN Chronicle',
    source: 'alimov2017',
  },
  scoViolentActs: {
    speaker: 'The SCO, as HRIC’s white paper quotes it',
    date: 'n.d.',
    text: 'violent, criminally prosecuted acts',
    context: 'How it says the 2001 Convention defines separatism and extremism',
    source: 'hricFounding',
  },
  kazakhAssurances: {
    speaker: 'Kazakhstan’s foreign ministry',
    date: '10 June 2011',
    text: 'written assurances that the rights of the detained citizens of Uzbekistan would be respected',
    context: 'What it says Uzbekistan’s Prosecutor General gave before the Uzbeks were returned',
    source: 'kazakhAssurances',
  },
  kazakhNotExecuted: {
    speaker: 'Kazakhstan’s foreign ministry',
    date: '7 June 2011',
    text: 'would not be executed',
    context: 'The written guarantee it says China gave about Ershidin Israil',
    source: 'reutersIsrail',
  },
  chinaTerrorSuspect: {
    speaker: 'China’s foreign ministry',
    date: '14 June 2011',
    text: 'major terror suspect',
    context: 'How it described Ershidin Israil, wanted under an Interpol red notice',
    source: 'chinaOnIsrail',
  },
  extremism2017: {
    speaker: 'The 2017 SCO Convention on Countering Extremism, as Russia’s ambassador in London quotes it',
    date: '9 June 2017',
    text: 'by violence and other anti-constitutional acts',
    context: 'Its definition of extremism: resolving conflicts this way. After the essay',
    source: 'extremism2017',
  },
  fidhRefoulement: {
    speaker: 'FIDH, in its release on its 2012 report (as RFA reported it, 4 September 2012)',
    date: '3 September 2012',
    text: 'increasingly being violated',
    context: 'What it says of non-refoulement across the SCO’s members. After the essay; HRIC is affiliated with FIDH',
    source: 'rfaFidh',
  },
} as const satisfies Record<string, VoiceQuotation>

export type VoiceId = keyof typeof voiceQuotations
