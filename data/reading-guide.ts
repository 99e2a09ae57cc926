import type { ParagraphNumber } from './essay'
import type { Printed } from './phrase'
import { blacklistFigures } from './blacklist'
import { claims } from './claims'
import { extraditionFigures } from './extraditions'
import { phrase } from './phrase'
import { sources } from './sources'

/**
 * A guide for reading the essay itself, which the deck does not reproduce: how to get it, and for
 * each of its nine paragraphs a summary in our own words and a question to ask of it. Paragraphs
 * are numbered as everywhere in the deck: the blank-line-separated blocks of the essay, not counting
 * the title and the one-sentence standfirst under it.
 */
export interface ReadingGuideEntry {
  readonly paragraph: ParagraphNumber
  /** What the paragraph says, in one sentence of our own. */
  readonly summary: string
  /** A question for the reader to ask of it. */
  readonly question: string
  /** The rows of the fact sheet (data/claims.ts) that check claims made in this paragraph: those that name it as theirs. */
  readonly claims: readonly number[]
  /**
   * The paragraph retold in our own words, fully enough to annotate, for a class with no copy of the
   * essay; its words in curly quotation marks are the short quotations of data/essay.ts.
   */
  readonly retelling: Printed
}

const { blacklistOrganizations, blacklistIndividuals } = blacklistFigures
const { extraditionTotal } = extraditionFigures

const { essay, boland, hricWhitePaper } = sources

/** The full reference, as a student would cite it. */
export const essayCitation = `${essay.author}, “${essay.title}”, ${essay.publishedIn} (online), ${essay.date}, ${essay.address}.`

/** How a student gets hold of the essay, in order of ease. */
export const howToObtain: readonly string[] = [
  `Read it online, where ${essay.publishedIn} published it among its commentaries: ${essay.address}. It is about a thousand words.`,
  `No copy and no connection? The essay retold, paragraph by paragraph, is on the last pages of this guide: in our words, with the short quotations the lesson uses. It is enough for every task of the lesson.`,
  `The essay answers ${boland.author}, “${boland.title}” (${boland.publishedIn}, ${boland.date}: ${boland.address}), and builds on ${hricWhitePaper.author}’s white paper “${hricWhitePaper.title}” (${hricWhitePaper.date}; ${hricWhitePaper.address}).`,
]

/** How to number a copy, which may be laid out differently from ours. */
export const numberingNote = 'Number the paragraphs of your copy yourself: skip the title and the one-sentence standfirst under it; ¶1 is the paragraph about the Astana summit, ¶9 the last.'

/** Each paragraph as the guide words it; the claims it makes are found by their own paragraph (data/claims.ts). */
const paragraphs: readonly Omit<ReadingGuideEntry, 'claims'>[] = [
  {
    paragraph: 1,
    summary: 'The essay opens on the SCO’s tenth-anniversary summit in Astana, where six leaders promised closer cooperation, and asks what it means for the United States.',
    question: 'Whom is the essay written for, judging by the question it opens with?',
    retelling: 'The essay opens on the SCO’s “Jubilee” summit in Astana, Kazakhstan, its tenth year, where the leaders of its six member states promised closer cooperation in politics, security, the economy and culture. Its first question is what that means for American interests.',
  },
  {
    paragraph: 2,
    summary: 'It tells the SCO’s origins as a bargain over Xinjiang: neighbours help China contain Uighur activism, China helps them against their own movements, and Russia gets a cooperative frame for China’s rise.',
    question: 'What did each founding state get from the bargain, in the essay’s account — and was Russia’s gain of the same kind?',
    retelling: 'It tells how the SCO began: a modest project of China’s to get its neighbours’ help in keeping Xinjiang, in China’s north-west, stable. Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan agreed to stop the Uighurs living across their borders from organising against Chinese rule, and China helped them against their own ethnic and Islamist movements in return. Russia, the essay says, liked a framework in which China’s influence could grow by cooperation rather than rivalry, so that China seemed less likely to challenge Russia’s leading role.',
  },
  {
    paragraph: 3,
    summary: 'It describes unexpected growth: energy and trade deals, standing for China, and a ring of observers, partners and guests, three of them wanting to join.',
    question: 'Which of these claims could you check in a source — and which of the essay’s labels does the claim check correct?',
    retelling: 'Since then, it says, the SCO has grown in ways nobody expected: it helped China compete against American interests for oil fields and gas pipelines; trade, investment and transport links grew fast, and China became a leading partner of most Central Asian states. The essay says the SCO “appears to have paid unexpected dividends” for China: diplomatic reach and respectability. It counts four observers, two dialogue partners and three “guest members”, and says India, Iran and Pakistan want to join.',
  },
  {
    paragraph: 4,
    summary: 'It states its central claim: the SCO’s security cooperation has effects on global counterterrorism norms that nobody has examined, and they are harmful.',
    question: 'Is this paragraph evidence or thesis? Which words make it a judgement?',
    retelling: 'In a single sentence it states its central claim: the SCO has built “a unique infrastructure for security cooperation”, whose effects on the world’s anti-terrorism norms are “hitherto unexamined” — “and they are not for the better”.',
  },
  {
    paragraph: 5,
    summary: 'It lists joint military exercises from 2002 to 2007, which it says build trust between armies and also warn off activists.',
    question: 'What do sources correct about the 2003 exercise, and does the correction weaken the paragraph’s point?',
    retelling: 'It lists joint exercises: Chinese and Kyrgyz troops on Kyrgyz soil in October 2002, the first time in decades China had exercised jointly with another state; China’s first multinational exercise on its own territory in 2003, with Chinese and Kyrgyz troops and observers from Russia, Kazakhstan and Tajikistan; and Sino-Russian and SCO exercises in 2005 and 2007, “supposedly directed against terrorists”. Such exercises “build trust” between armies, it grants, but also send “an intimidating signal” to activists who might challenge those in power.',
  },
  {
    paragraph: 6,
    summary: 'It makes its main charge: wide definitions of separatism and extremism, blacklists honoured without inquiry, a shared database in Tashkent, and agreements to extradite.',
    question: 'Which of these has a source confirmed? Which does the treaty itself partly contradict (claim 21)? Which is the essay’s reading, and whose is the blacklist count?',
    retelling: phrase`It makes its main charge. The agreements, it says, reach beyond terrorism to so-called “separatists” and “extremists” (“religious fundamentalists”) “whether or not they use violence” (for the 2001 Convention, partly contradicted: claim 21). Members must honour each other’s blacklists “without conducting any independent inquiry”, which the essay says breaks the norm against returning refugees to danger. RATS, in Tashkent, runs a database all members’ security services can use, and, by HRIC’s own count (unverified: claim 13), the list holds ${blacklistOrganizations} organizations and ${blacklistIndividuals} individuals. The essay adds that members have agreed to extradite anyone another member flags as a threat, and to refuse them refugee status.`,
  },
  {
    paragraph: 7,
    summary: 'It says the SCO has contributed to abuses and weakened counterterrorism, points to HRIC’s white paper, and lists the ways the UN has welcomed it.',
    question: 'What kind of scrutiny does the essay imply the UN skipped, and which of the UN’s steps do sources confirm?',
    retelling: 'From this it concludes that the SCO has added to serious abuses against its members’ own citizens and is weakening counterterrorism rules as a whole, and it points to HRIC’s white paper on the subject. Yet the UN, it says, has welcomed the SCO “uncritically”: observer status at the General Assembly, resolutions on cooperation, and a joint declaration by the two secretariats.',
  },
  {
    paragraph: 8,
    summary: 'It answers Julie Boland: she overlooks the risks of engagement, and her hope in Kazakhstan and Kyrgyzstan is met with what both did in spring 2011.',
    question: 'How would Boland put her own position, before the essay’s reply? Which of the paragraph’s figures can you trace?',
    retelling: phrase`It says “The SCO requires greater scrutiny”, because it is “attempting to sell itself as a respectable regional body” offering “insider access”. Julie Boland’s article “falls into this trap”, the essay says: it “neglects to explore” how engagement is likely to strengthen the SCO’s ability to shield members’ abuses. She wrote that Kazakhstan and Kyrgyzstan “represent the best hopes in years for more representative governments in the region”; the essay answers that officials in both kept Uighur activists from a conference in Washington in May 2011 (two were told the trip would “harm Sino-Kyrgyz relations”), and that in two weeks Kazakhstan returned ${extraditionTotal} asylum seekers to China and Uzbekistan, “in violation of the principle of non-refoulement”.`,
  },
  {
    paragraph: 9,
    summary: 'It concludes that the recognition the SCO seeks would strengthen its members, China above all, so engagement must be conditional on transparency, accountability and benchmarks.',
    question: 'Which benchmark would you set, and who could check that it was met?',
    retelling: 'It ends on what the SCO wants: recognition worldwide, which would add to its legitimacy and to the influence of its members, China above all. So engagement “cannot be freely given”: it must depend on “genuine transparency”, “accountability for human-rights violations” and “clear benchmarks for progress”. Without conditions, it warns, the coming decade is likely to bring “even worse surprises”.',
  },
]

export const readingGuide: readonly ReadingGuideEntry[] = paragraphs.map(entry => ({
  ...entry,
  claims: claims.filter(claim => claim.paragraph === entry.paragraph).map(claim => claim.number),
}))
