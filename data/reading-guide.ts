import { sources } from './sources'

/**
 * A guide for reading the essay itself, which the deck does not reproduce: how to get it, and for
 * each of its nine paragraphs a summary in our own words and a question to ask of it. Paragraphs
 * are numbered as everywhere in the deck: the blank-line-separated blocks of the essay, not counting
 * the title and the one-sentence standfirst under it.
 */

export type ParagraphNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9

export interface ReadingGuideEntry {
  readonly paragraph: ParagraphNumber
  /** What the paragraph says, in one sentence of our own. */
  readonly summary: string
  /** A question for the reader to ask of it. */
  readonly question: string
  /** The rows of the fact sheet (data/claims.ts) that check claims made in this paragraph. */
  readonly claims: readonly number[]
}

const { essay, boland, hricWhitePaper } = sources

/** The full reference, as a student would cite it. */
export const essayCitation = `${essay.author}, “${essay.title}”, ${essay.publishedIn} (online), ${essay.date}.`

/** How a student gets hold of the essay, in order of ease. */
export const howToObtain: readonly string[] = [
  `Ask your teacher for a copy: the essay is about a thousand words, and this deck does not reproduce it.`,
  `Search the website of ${essay.publishedIn} for its title, “${essay.title}”; the lesson\'s sources give no web address for it.`,
  `A library catalogue or database that indexes ${essay.publishedIn} will find it by title and date.`,
  `The essay answers ${boland.author}, “${boland.title}” (${boland.date}), and builds on ${hricWhitePaper.author}'s white paper “${hricWhitePaper.title}” (${hricWhitePaper.date}; ${hricWhitePaper.address}).`,
]

/** How to number a copy, which may be laid out differently from ours. */
export const numberingNote = 'Number the paragraphs of your copy yourself: skip the title and the one-sentence standfirst under it; ¶1 is the paragraph about the Astana summit, ¶9 the last.'

export const readingGuide: readonly ReadingGuideEntry[] = [
  {
    paragraph: 1,
    summary: 'The essay opens on the SCO\'s tenth-anniversary summit in Astana, where six leaders promised closer cooperation, and asks what it means for the United States.',
    question: 'Whom is the essay written for, judging by the question it opens with?',
    claims: [1, 2, 3],
  },
  {
    paragraph: 2,
    summary: 'It tells the SCO\'s origins as a bargain over Xinjiang: neighbours help China contain Uighur activism, China helps them against their own movements, and Russia gets a cooperative frame for China\'s rise.',
    question: 'What did each founding state get from the bargain, in the essay\'s account — and was Russia\'s gain of the same kind?',
    claims: [],
  },
  {
    paragraph: 3,
    summary: 'It describes unexpected growth: energy and trade deals, standing for China, and a ring of observers, partners and guests, three of them wanting to join.',
    question: 'Which of these claims could you check in a source — and which of the essay\'s labels does the claim check correct?',
    claims: [4, 5, 6, 7],
  },
  {
    paragraph: 4,
    summary: 'It states its central claim: the SCO\'s security cooperation has effects on global counterterrorism norms that nobody has examined, and they are harmful.',
    question: 'Is this paragraph evidence or thesis? Which words make it a judgement?',
    claims: [],
  },
  {
    paragraph: 5,
    summary: 'It lists joint military exercises from 2002 to 2007, which it says build trust between armies and also warn off activists.',
    question: 'What do sources correct about the 2003 exercise, and does the correction weaken the paragraph\'s point?',
    claims: [8, 9, 10, 11],
  },
  {
    paragraph: 6,
    summary: 'It makes its main charge: wide definitions of separatism and extremism, blacklists honoured without inquiry, a shared database in Tashkent, and agreements to extradite.',
    question: 'Which of these are the essay\'s reading of the SCO\'s agreements, and which has a source confirmed? Whose is the blacklist count?',
    claims: [12, 13],
  },
  {
    paragraph: 7,
    summary: 'It says the SCO has contributed to abuses and weakened counterterrorism, points to HRIC\'s white paper, and lists the ways the UN has welcomed it.',
    question: 'What kind of scrutiny does the essay imply the UN skipped, and which of the UN\'s steps do sources confirm?',
    claims: [14, 15, 16, 17],
  },
  {
    paragraph: 8,
    summary: 'It answers Julie Boland: she overlooks the risks of engagement, and her hope in Kazakhstan and Kyrgyzstan is met with what both did in spring 2011.',
    question: 'How would Boland put her own position, before the essay\'s reply? Which of the paragraph\'s figures can you trace?',
    claims: [18, 19, 20],
  },
  {
    paragraph: 9,
    summary: 'It concludes that the recognition the SCO seeks would strengthen its members, China above all, so engagement must be conditional on transparency, accountability and benchmarks.',
    question: 'Which benchmark would you set, and who could check that it was met?',
    claims: [],
  },
]
