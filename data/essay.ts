/**
 * The essay, as the deck refers to it: its paragraphs numbered once (¶1–¶9), each with a short label
 * in our own words, and every quotation the deck prints, with the paragraph it comes from and who is
 * quoted. Slides render quotations from here (`<EssayQuote id="…" />`); `npm run check:sources` checks
 * each one word for word against that paragraph of the essay, and that the essay attributes it to
 * the person named here.
 *
 * Numbering: the essay's paragraphs are its blank-line-separated blocks; the title (printed twice)
 * and the standfirst under it are not numbered. ¶1 opens with the Astana summit, ¶9 with what the
 * SCO now seeks.
 */

export type ParagraphNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9

export interface EssayParagraph {
  readonly number: ParagraphNumber
  /** What the paragraph is about, in a few words of our own. */
  readonly label: string
}

export const essayParagraphs: readonly EssayParagraph[] = [
  { number: 1, label: 'The Astana summit, and what it means for American interests' },
  { number: 2, label: 'Origins: a bargain among neighbours over Xinjiang' },
  { number: 3, label: 'Growth: energy, trade, diplomatic standing, would-be members' },
  { number: 4, label: 'The central claim: security cooperation and global norms' },
  { number: 5, label: 'Joint military exercises, 2002 to 2007' },
  { number: 6, label: 'Wide definitions, shared blacklists, RATS, extradition' },
  { number: 7, label: 'Abuses, the white paper, and the UN’s welcome' },
  { number: 8, label: 'The reply to Boland, and the cases of spring 2011' },
  { number: 9, label: 'The recommendation: engagement on conditions' },
]

/** The paragraph with this number; throws for a number the essay does not have. */
export function essayParagraph(number: number): EssayParagraph {
  const found = essayParagraphs.find(paragraph => paragraph.number === number)
  if (!found)
    throw new RangeError(`The essay has no paragraph ¶${number}: it has ¶1–¶${essayParagraphs.length}`)
  return found
}

/** "the essay, ¶6" */
export function essayReference(number: number): string {
  return `the essay, ¶${essayParagraph(number).number}`
}

/** Whose words a quotation is. */
export interface Speaker {
  readonly name: string
  /** How a citation names them: "Julie Boland, quoted in the essay". */
  readonly citeAs: string
  /**
   * For anyone but the essay's author: words the essay's sentence around the quotation uses to
   * attribute it to them ("Boland"). The check fails when that sentence does not contain them.
   */
  readonly attributedBy?: string
}

export const speakers = {
  hric: {
    name: 'Human Rights in China (HRIC), the essay’s author',
    citeAs: 'the essay',
  },
  boland: {
    name: 'Julie Boland, whose article the essay answers',
    citeAs: 'Julie Boland, quoted in the essay',
    attributedBy: 'Boland',
  },
  kyrgyzOfficials: {
    name: 'officials in Kyrgyzstan, whose words to two activists the essay reports',
    citeAs: 'Kyrgyz officials, as the essay reports them',
    attributedBy: 'were told',
  },
} as const satisfies Record<string, Speaker>

export type SpeakerId = keyof typeof speakers

export interface Quotation {
  /** Exactly as the essay has it; curly and straight quotation marks count as the same. */
  readonly text: string
  readonly paragraph: ParagraphNumber
  /** Who is quoted: the essay's author, or someone the essay quotes or reports. */
  readonly speaker: SpeakerId
}

export const quotations = {
  jubilee: { text: 'Jubilee', paragraph: 1, speaker: 'hric' },
  takenOff: { text: 'has taken off in surprising ways', paragraph: 3, speaker: 'hric' },
  dividends: { text: 'appears to have paid unexpected dividends', paragraph: 3, speaker: 'hric' },
  guestMembers: { text: 'guest members', paragraph: 3, speaker: 'hric' },
  uniqueInfrastructure: { text: 'a unique infrastructure for security cooperation', paragraph: 4, speaker: 'hric' },
  unexamined: { text: 'hitherto unexamined', paragraph: 4, speaker: 'hric' },
  notForTheBetter: { text: 'and they are not for the better', paragraph: 4, speaker: 'hric' },
  buildTrust: { text: 'build trust', paragraph: 5, speaker: 'hric' },
  intimidatingSignal: { text: 'an intimidating signal', paragraph: 5, speaker: 'hric' },
  supposedly: { text: 'supposedly directed against terrorists', paragraph: 5, speaker: 'hric' },
  counterterrorism: { text: 'counterterrorism', paragraph: 6, speaker: 'hric' },
  separatists: { text: 'separatists', paragraph: 6, speaker: 'hric' },
  extremists: { text: 'extremists', paragraph: 6, speaker: 'hric' },
  religiousFundamentalists: { text: 'religious fundamentalists', paragraph: 6, speaker: 'hric' },
  violentOrNot: { text: 'whether or not they use violence', paragraph: 6, speaker: 'hric' },
  noInquiry: { text: 'without conducting any independent inquiry', paragraph: 6, speaker: 'hric' },
  threeTerms: { text: 'terrorism, separatism or extremism', paragraph: 6, speaker: 'hric' },
  uncritically: { text: 'uncritically', paragraph: 7, speaker: 'hric' },
  greaterScrutiny: { text: 'The SCO requires greater scrutiny', paragraph: 8, speaker: 'hric' },
  insiderAccess: { text: 'insider access', paragraph: 8, speaker: 'hric' },
  sellItself: { text: 'attempting to sell itself as a respectable regional body', paragraph: 8, speaker: 'hric' },
  trap: { text: 'falls into this trap', paragraph: 8, speaker: 'hric' },
  neglects: { text: 'neglects to explore', paragraph: 8, speaker: 'hric' },
  bestHopes: { text: 'represent the best hopes in years for more representative governments in the region', paragraph: 8, speaker: 'boland' },
  nonRefoulementBreach: { text: 'in violation of the principle of non-refoulement', paragraph: 8, speaker: 'hric' },
  harmRelations: { text: 'harm Sino-Kyrgyz relations', paragraph: 8, speaker: 'kyrgyzOfficials' },
  atLeast29: { text: 'at least 29 asylum seekers', paragraph: 8, speaker: 'hric' },
  freelyGiven: { text: 'cannot be freely given', paragraph: 9, speaker: 'hric' },
  transparency: { text: 'genuine transparency', paragraph: 9, speaker: 'hric' },
  accountability: { text: 'accountability for human-rights violations', paragraph: 9, speaker: 'hric' },
  benchmarks: { text: 'clear benchmarks for progress', paragraph: 9, speaker: 'hric' },
  worseSurprises: { text: 'even worse surprises', paragraph: 9, speaker: 'hric' },
} as const satisfies Record<string, Quotation>

export type QuotationId = keyof typeof quotations

/** "Julie Boland, quoted in the essay, ¶8" */
export function quotationCitation(id: QuotationId): string {
  const quotation: Quotation = quotations[id]
  return `${speakers[quotation.speaker].citeAs}, ¶${quotation.paragraph}`
}
