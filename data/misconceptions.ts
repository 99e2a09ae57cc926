import type { Printed } from './phrase'
import type { SourceId } from './sources'
import { blacklistFigures } from './blacklist'
import { claims, claimsWithStatus, readingStatus } from './claims'
import { phrase } from './phrase'
import { sources } from './sources'

const { blacklistOrganizations, blacklistIndividuals } = blacklistFigures

/**
 * What students often bring to this lesson, for the teacher's misconceptions handout: the belief as a
 * student would say it, why they hold it, what to say, and where the lesson meets it. The essay's
 * claims carry their paragraph, a source's its record (`sources`), and the rest is worded as our reading.
 */
export interface Misconception {
  readonly id: string
  /** The belief, as a student might say it (the handout puts it in quotation marks). */
  readonly belief: string
  /** Why students come to it. */
  readonly why: string
  /** What to say: a teacher's words, a few sentences. */
  readonly respond: Printed
  /** The slides that meet it, by routeAlias, each in a lesson plan of data/lesson.ts (the handout names them as the deck titles them). */
  readonly slides: readonly string[]
  /** The handouts that meet it, by slug (data/materials.ts). */
  readonly handouts: readonly string[]
  /** The claims of the claims handout it rests on. */
  readonly claims: readonly number[]
  /** The sources whose statements `respond` reports. */
  readonly sources: readonly SourceId[]
}

export const misconceptions: readonly Misconception[] = [
  {
    id: 'advocacy-means-false',
    belief: 'HRIC is an advocacy group, so its claims are false.',
    why: 'Students have learnt to ask who is speaking, and turn the question into a verdict: a standpoint becomes a reason to dismiss.',
    respond: `A standpoint tells you where to look harder, not what you will find. Of the ${claims.length} claims on the claims handout, ${claimsWithStatus('confirmed').length} are confirmed by other sources, among them both returns from Kazakhstan in spring 2011 (claims 19 and 20). Judge each claim by its evidence; where the only source is HRIC itself, as for the blacklist figures (claim 13), say so.`,
    slides: ['what-changes'],
    handouts: ['claims', 'statuses'],
    claims: [13, 19, 20],
    sources: ['reutersIsrail', 'iwprUzbeks', 'hricWhitePaper'],
  },
  {
    id: 'unverified-means-false',
    belief: 'Unverified means it is false.',
    why: 'In everyday speech a claim nobody could verify sounds like one that has been disproved, and the lesson sets the unverified figures apart.',
    respond: 'Unverified means that no source was found either way. Quote such a claim as the essay’s or HRIC’s, with its qualifier, and neither repeat it as fact nor call it wrong. A claim that sources correct has a different status: partly contradicted.',
    slides: ['blacklist', 'what-changes'],
    handouts: ['statuses', 'claims'],
    claims: [13, 14],
    sources: [],
  },
  {
    id: 'military-alliance',
    belief: 'The SCO is a military alliance, an Eastern NATO.',
    why: `The essay (¶5) describes joint military exercises, Boland’s op-ed is titled “${sources.boland.title}”, and news pictures show troops.`,
    respond: 'What the essay describes (¶4–¶6) is security cooperation: exercises, shared blacklists, an anti-terrorist structure in Tashkent. In our reading of what the lesson reads, nothing has members promise to defend each other. Boland’s title is her headline; her op-ed argues the SCO is more than a club of autocrats. The region’s security alliance is another body, the CSTO (glossary).',
    slides: ['member-map', 'exercises'],
    handouts: ['keywords'],
    claims: [8, 9, 12],
    sources: ['boland', 'astanaDeclaration'],
  },
  {
    id: 'no-extradition-ever',
    belief: 'Non-refoulement means no one may ever be extradited.',
    why: 'The essay sets extradition against non-refoulement (¶6, ¶8), and a keyword’s short gloss leaves the conditions out.',
    respond: 'The rule (1951 Refugee Convention, Article 33) forbids returning a refugee to where their life or freedom would be threatened for their race, religion, nationality, social group or political opinion, with narrow exceptions. An opinion for UNHCR (2001) says it covers extradition too: it forbids an extradition to such danger, not every extradition. That the 2011 returns broke it is the essay’s argument (¶8); the returns themselves are confirmed (claims 19 and 20).',
    slides: ['non-refoulement', 'extraditions'],
    handouts: ['keywords'],
    claims: [19, 20],
    sources: ['refugeeConvention', 'unhcrNonRefoulement'],
  },
  {
    id: 'a-people-as-threat',
    belief: 'So the Uighurs, or Muslims, are the threat the SCO is fighting.',
    why: 'The lesson pairs the Uighurs with terrorism, separatism and extremism, the essay (¶6) glosses extremists as religious fundamentalists, and some students bring the same pairing from the news.',
    respond: 'The lesson is about how states label people, not about a people. The essay (¶2) speaks of Uighur populations on both sides of the border; its argument (¶6) is that the lists can name people whether or not they use violence. The people in its examples are an activist kept from a conference and asylum seekers returned (claims 18–20). A government’s label is a claim like any other: ask whose it is and what supports it.',
    slides: ['origins', 'three-evils'],
    handouts: ['content-guidance'],
    claims: [18, 19, 20],
    sources: ['essay'],
  },
  {
    id: 'later-figure-confirms',
    belief: 'The 2019 count confirms the essay’s 2011 figures.',
    why: 'A larger, later number from the SCO’s own structure looks like corroboration, and both sit on one chart.',
    respond: phrase`The 2019 count is another figure, eight years later, reported by UrduPoint from RATS and itself unverified: it cannot tell us what the list held in June 2011. The essay’s ${blacklistOrganizations} organizations and ${blacklistIndividuals} individuals stay HRIC’s figures, unverified (claim 13).`,
    slides: ['blacklist', 'later-figures'],
    handouts: ['statuses'],
    claims: [13],
    sources: ['rats2019', 'hricWhitePaper'],
  },
  {
    id: 'boland-defends-abuses',
    belief: 'Boland defends the SCO’s abuses.',
    why: 'Students meet her through the essay’s reply (¶8), which sets the spring 2011 returns beside her hopes for Kazakhstan and Kyrgyzstan.',
    respond: 'In her op-ed she grants that China, Russia, Uzbekistan and Tajikistan are authoritarian; her paper names the risk of unintentionally endorsing repressive regimes and weighs three strategies. Her case is for engagement, not for the abuses. Ask students to state it as she would before they answer it.',
    slides: ['boland', 'other-side'],
    handouts: ['debate'],
    claims: [],
    sources: ['boland', 'bolandPaper'],
  },
  {
    id: 'conditions-mean-refusal',
    belief: 'The essay says the U.S. should have nothing to do with the SCO.',
    why: 'Its tone is critical from ¶4 to ¶8, and students expect criticism to end in rejection.',
    respond: `Its recommendation (¶9) is engagement on conditions: transparency, accountability for abuses and benchmarks. Its legal readings (¶6–¶7) are ${readingStatus}; the recommendation follows from them, so weigh it with them.`,
    slides: ['thesis', 'conclusion'],
    handouts: ['exit-ticket'],
    claims: [],
    sources: ['essay'],
  },
]
