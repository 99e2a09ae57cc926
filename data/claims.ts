import type { ParagraphNumber } from './essay'
import type { Printed } from './phrase'
import type { SourceId } from './sources'
import type { Verification } from './types'
import { blacklistFigures } from './blacklist'
import { extraditionFigures } from './extraditions'
import { phrase } from './phrase'

const { blacklistOrganizations, blacklistIndividuals } = blacklistFigures
const { extraditionIsrail, extraditionUzbeks, extraditionTotal } = extraditionFigures

/**
 * The essay's checkable claims, one record per row of the course's fact sheet (its claims table),
 * numbered as there. The deck shows them on its "Claims checked" pages; `npm run check:sources`
 * fails if a number, a status or a cited address drifts from the fact sheet.
 */
export interface CheckedClaim {
  /** The row number in the fact sheet, shown as "claim 13" on the deck's "Claims checked" pages. */
  readonly number: number
  /** Where the essay makes the claim. */
  readonly paragraph: ParagraphNumber
  /** Two to four words, for compact lists: “Founded 2001”. */
  readonly label: string
  /** What the essay says, in our words. */
  readonly claim: Printed
  readonly status: Verification
  /** What the sources say. */
  readonly finding: Printed
  /** For a claim not confirmed: what that does and does not change in the essay's argument. */
  readonly bearing?: string
  /** Empty when no source was found either way. */
  readonly sources: readonly SourceId[]
}

export const claims: readonly CheckedClaim[] = [
  {
    number: 1,
    paragraph: 1,
    label: 'Founded 2001',
    claim: 'The 2011 summit was the SCO’s “Jubilee”, its tenth year: the essay implies a founding in 2001 without stating it.',
    status: 'confirmed',
    finding: 'Founded on 15 June 2001, out of the “Shanghai Five” of 1996; Uzbekistan joined only at the founding.',
    sources: ['chinaOrgFounding', 'hricFounding'],
  },
  {
    number: 2,
    paragraph: 1,
    label: 'Astana “Jubilee” summit',
    claim: 'The leaders had just met at a “Jubilee” summit in Astana, Kazakhstan.',
    status: 'confirmed',
    finding: 'The summit met on 14–15 June 2011; the Astana Declaration was signed on 15 June.',
    sources: ['astanaDeclaration'],
  },
  {
    number: 3,
    paragraph: 1,
    label: 'Six members',
    claim: 'The SCO has six member states.',
    status: 'confirmed',
    finding: 'China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan.',
    sources: ['astanaDeclaration'],
  },
  {
    number: 4,
    paragraph: 3,
    label: 'Four observers',
    claim: 'It has four observer states.',
    status: 'confirmed',
    finding: 'India, Iran, Mongolia and Pakistan, all of which sent delegations in 2011.',
    sources: ['astanaDeclaration'],
  },
  {
    number: 5,
    paragraph: 3,
    label: 'Two dialogue partners',
    claim: 'It has two dialogue partners.',
    status: 'confirmed',
    finding: 'Belarus and Sri Lanka, admitted at Yekaterinburg in June 2009.',
    sources: ['sriLankaDialoguePartner'],
  },
  {
    number: 6,
    paragraph: 3,
    label: 'Three “guest members”',
    claim: 'Afghanistan, the CIS and ASEAN are its three “guest members”.',
    status: 'partly contradicted',
    finding: 'The SCO has no such category: Afghanistan, the CIS and ASEAN came as the host’s guests, as did Turkmenistan, the UN, EurAsEC and the CSTO in 2011.',
    bearing: 'The SCO’s reach was as wide as the essay says, wider even; but these were invited guests, not members of any kind.',
    sources: ['astanaDeclaration', 'russiaMidAfghanistan'],
  },
  {
    number: 7,
    paragraph: 3,
    label: 'Membership bids',
    claim: 'India, Iran and Pakistan want full membership.',
    status: 'confirmed',
    finding: 'Pakistan applied in 2006; India and Pakistan applied formally in 2014.',
    sources: ['membershipBids'],
  },
  {
    number: 8,
    paragraph: 5,
    label: '2002 exercise',
    claim: 'In October 2002 Chinese and Kyrgyz troops held China’s first joint exercise with another country in decades.',
    status: 'confirmed',
    finding: '10–11 October 2002, about 300 troops near the Irkeshtam crossing, other SCO states watching; partly held in Xinjiang.',
    sources: ['yaleGlobalExercise2002', 'hricExercises'],
  },
  {
    number: 9,
    paragraph: 5,
    label: '2003 exercise',
    claim: 'In 2003 China held its first multinational exercise on its own soil: more than a thousand Chinese and Kyrgyz troops, with others only watching.',
    status: 'partly contradicted',
    finding: '“Coalition-2003” (6–12 August) took place in Kazakhstan as well as Xinjiang, with about 1,300 troops; Russia, Kazakhstan and Tajikistan took part.',
    bearing: 'About 1,300 troops in all is consistent with the essay’s count of more than a thousand Chinese and Kyrgyz troops (the split is not given); what it gets wrong is where and who: the exercise was held in Kazakhstan too, and three more states took part rather than only watching. More multilateral than the essay says; its point, growing security cooperation, stands.',
    sources: ['hricExercises', 'scioCoalition2003'],
  },
  {
    number: 10,
    paragraph: 5,
    label: '2005 exercise',
    claim: 'China and Russia held a joint exercise in 2005.',
    status: 'confirmed',
    finding: '“Peace Mission 2005”, 18–25 August 2005, at Vladivostok and in Shandong.',
    sources: ['peaceMission2005'],
  },
  {
    number: 11,
    paragraph: 5,
    label: '2007 exercise',
    claim: 'The SCO held a multilateral exercise in 2007.',
    status: 'confirmed',
    finding: '“Peace Mission 2007”, 9–17 August 2007, at Chebarkul in Russia; about 6,500 troops, the first with all six members.',
    sources: ['peaceMission2007'],
  },
  {
    number: 12,
    paragraph: 6,
    label: 'RATS and its database',
    claim: 'RATS, based in Tashkent, runs a database open to all members’ security services.',
    status: 'confirmed',
    finding: 'RATS sits in Tashkent; its database rests on an agreement of 28 June 2004.',
    sources: ['ratsDatabase', 'hricRats'],
  },
  {
    number: 13,
    paragraph: blacklistOrganizations.paragraph,
    label: 'Blacklist figures',
    claim: phrase`The shared blacklist holds ${blacklistOrganizations} organizations and ${blacklistIndividuals} individuals.`,
    status: blacklistOrganizations.verification,
    finding: 'No independent source: the figures are HRIC’s own (its 2011 white paper). RATS’s far higher totals of October 2019 say nothing about 2011.',
    bearing: 'RATS and its database are confirmed (claim 12); the list’s size in 2011 rests on HRIC alone, so quote it as HRIC’s figure. That members honour the lists without inquiry is the essay’s reading, not checked.',
    sources: ['hricWhitePaper', 'rats2019'],
  },
  {
    number: 14,
    paragraph: 7,
    label: 'UN observer status',
    claim: 'The SCO has observer status at the UN General Assembly.',
    status: 'unverified',
    finding: 'Widely repeated, but no retrieved source confirms the decision that granted it: the resolution number often given for it is unconfirmed, so the deck prints none.',
    bearing: 'Present observer status as the essay’s claim, not checked here. That the UN works with the SCO rests on the confirmed resolutions and joint declaration (claims 15 and 16).',
    sources: [],
  },
  {
    number: 15,
    paragraph: 7,
    label: 'UN cooperation resolutions',
    claim: 'The General Assembly has passed resolutions on working with the SCO.',
    status: 'confirmed',
    finding: 'A series of them, for example 71/14 (2016) and 75/69 (2021).',
    sources: ['unResolutions'],
  },
  {
    number: 16,
    paragraph: 7,
    label: 'UN–SCO joint declaration',
    claim: 'The UN and SCO secretariats issued a joint declaration on cooperation.',
    status: 'confirmed',
    finding: 'Signed in Tashkent in April 2010.',
    sources: ['unJointDeclaration'],
  },
  {
    number: 17,
    paragraph: 7,
    label: 'HRIC white paper',
    claim: 'HRIC examined these implications in a white paper on the SCO.',
    status: 'confirmed',
    finding: '“Counter-Terrorism and Human Rights: The Impact of the Shanghai Cooperation Organization”, released on 30 March 2011 (HRIC’s own page: it shows the paper exists, not that its findings hold).',
    sources: ['hricWhitePaper'],
  },
  {
    number: 18,
    paragraph: 8,
    label: 'Washington conference',
    claim: 'Officials in Kazakhstan and Kyrgyzstan obstructed Uighur activists travelling to a conference in Washington in early May 2011.',
    status: 'confirmed',
    finding: '“The Future of Uyghur People in East Turkestan”, 2–8 May 2011; activists from both countries were stopped from travelling.',
    sources: ['uyghurCongressConference'],
  },
  {
    number: 19,
    paragraph: extraditionIsrail.paragraph,
    label: 'Ershidin Israil, 30 May',
    claim: 'Kazakhstan returned Ershidin Israil, an ethnic Uighur, to China on 30 May 2011.',
    status: extraditionIsrail.verification,
    finding: 'On 7 June 2011 Kazakhstan’s foreign ministry told Reuters that Israil had been handed to China on 30 May; his lawyer had reported his removal from a detention centre in Almaty late that day (as Radio Free Asia reported on 31 May, reposted by the Uyghur Canadian Society).',
    sources: ['reutersIsrail', 'israilReturn'],
  },
  {
    number: 20,
    paragraph: extraditionUzbeks.paragraph,
    label: 'At least 28 Uzbeks',
    claim: phrase`Kazakhstan returned ${extraditionUzbeks} ethnic Uzbeks to Uzbekistan on 9 June 2011.`,
    status: extraditionUzbeks.verification,
    finding: phrase`Most reports (IWPR, Reuters, AP, Human Rights Watch, HRIC) give 28; RFE/RL’s report that day said 29. IWPR explains the gap: 29 were arrested in June 2010 and one was later freed. The essay’s “${extraditionTotal}” is these 28 plus Ershidin Israil.`,
    sources: ['iwprUzbeks', 'rferlUzbeks'],
  },
  {
    number: 21,
    paragraph: 6,
    label: 'Beyond violence',
    claim: 'SCO agreements require members to target “separatists” and “extremists” whether or not they use violence.',
    status: 'partly contradicted',
    finding: 'Article 1(1) of the 2001 Shanghai Convention defines separatism by violence, including planning, preparing or inciting it (official Chinese text); its extremism clause is violent in every part as a Russian law-study site quotes it (the treaty’s own wording of it was not read); an HRIC white-paper page quotes the SCO calling both “violent, criminally prosecuted acts”.',
    bearing: 'For the 2001 Convention the essay overstates: its definitions turn on violence. Not checked: the other agreements the essay points to, any clause that widens the definitions, and members’ own laws. The 2017 Convention on Countering Extremism, after the essay, reaches further: “by violence and other anti-constitutional acts”.',
    sources: ['shanghaiConventionChinese', 'hricFounding', 'extremism2017'],
  },
]

/**
 * The essay's reading of the SCO's agreements: the legal claims its argument turns on that no source in
 * the deck's check confirms or refutes, so the deck always presents them as the essay's. (Its reading
 * of the definitions, "whether or not they use violence", was checked against the treaty: claim 21.)
 */
export interface EssayReading {
  readonly id: string
  readonly label: string
  /** What the essay says the agreements require, in our words. */
  readonly claim: string
  readonly paragraph: ParagraphNumber
  /** Where a reader could check it, and what our check found. */
  readonly check: string
  readonly sources: readonly SourceId[]
}

/** How the deck names the status of an essay's reading wherever it shows one. */
export const readingStatus = 'the essay’s reading, not checked'

export const essayReadings: readonly EssayReading[] = [
  {
    id: 'no-inquiry',
    label: 'Lists honoured without inquiry',
    claim: 'Members are bound by treaty to honour each other’s blacklists without any independent inquiry.',
    paragraph: 6,
    check: 'No source in our check examines what the agreements require. Confirmed only: RATS and its shared database (claim 12).',
    sources: [],
  },
  {
    id: 'extradite',
    label: 'Extradition, no refuge',
    claim: 'Members have agreed to extradite anyone another member flags as a terrorist, separatist or extremist, and to deny them refugee status.',
    paragraph: 6,
    check: 'No source in our check examines the agreements on this. The 2011 returns from Kazakhstan are confirmed (claims 19 and 20); whether a treaty required them is the essay’s reading.',
    sources: [],
  },
  {
    id: 'abuses',
    label: 'Abuses and norms',
    claim: 'The SCO has contributed to major human-rights abuses against its members’ own citizens and undermines the international counterterrorism framework.',
    paragraph: 7,
    check: 'The essay’s evidence is HRIC’s own white paper (claim 17), not an independent source. FIDH’s report of 2012, after the essay, is a second view from a group HRIC is affiliated with (Eurasianet); a researcher on it said the Convention obliges members to accept another member’s terrorism accusation even without evidence for an extradition request (RFE/RL).',
    sources: [
      'hricWhitePaper',
      'fidh2012',
      'eurasianetFidh',
      'rferlFidh',
    ],
  },
]

/** The claims whose status is `status`, in the fact sheet's order. */
export function claimsWithStatus(status: Verification): CheckedClaim[] {
  return claims.filter(claim => claim.status === status)
}

/** The claim in row `number` of the fact sheet; throws if there is none, naming the number. */
export function claimNumber(number: number): CheckedClaim {
  const found = claims.find(claim => claim.number === number)
  if (!found)
    throw new RangeError(`No checked claim number ${number} in data/claims.ts`)
  return found
}
