import type { SourceId } from './sources'
import type { Verification } from './types'
import { formatCount } from '../lib/format'
import { blacklistFigures } from './blacklist'

const { blacklistOrganizations, blacklistIndividuals, extraditionUzbeks, extraditionTotal } = blacklistFigures

/**
 * The essay's checkable claims, one record per row of the fact sheet's claims table
 * (../shared/source/fact-check.md), numbered as there. `tests/unit/claims.test.ts` reads the sheet
 * and fails if a number, a status or a cited address drifts from it.
 */
export interface CheckedClaim {
  /** The row number in the fact sheet. */
  readonly number: number
  /** Two to four words, for compact lists: “Founded 2001”. */
  readonly label: string
  /** What the essay says, in our words. */
  readonly claim: string
  readonly status: Verification
  /** What the sources say. */
  readonly finding: string
  /** For a claim not confirmed: what that does and does not change in the essay's argument. */
  readonly bearing?: string
  /** Empty when the fact sheet found no source. */
  readonly sources: readonly SourceId[]
}

export const claims: readonly CheckedClaim[] = [
  {
    number: 1,
    label: 'Founded 2001',
    claim: 'The SCO was founded in Shanghai in 2001.',
    status: 'confirmed',
    finding: 'Founded on 15 June 2001, out of the “Shanghai Five” of 1996; Uzbekistan joined only at the founding.',
    sources: ['chinaOrgFounding', 'hricFounding'],
  },
  {
    number: 2,
    label: 'Astana “Jubilee” summit',
    claim: 'The leaders had just met at a “Jubilee” summit in Astana.',
    status: 'confirmed',
    finding: 'The summit met on 14–15 June 2011; the Astana Declaration was signed on 15 June.',
    sources: ['astanaDeclaration'],
  },
  {
    number: 3,
    label: 'Six members',
    claim: 'The SCO has six member states.',
    status: 'confirmed',
    finding: 'China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan.',
    sources: ['astanaDeclaration'],
  },
  {
    number: 4,
    label: 'Four observers',
    claim: 'It has four observer states.',
    status: 'confirmed',
    finding: 'India, Iran, Mongolia and Pakistan, all of which sent delegations in 2011.',
    sources: ['astanaDeclaration'],
  },
  {
    number: 5,
    label: 'Two dialogue partners',
    claim: 'It has two dialogue partners.',
    status: 'confirmed',
    finding: 'Belarus and Sri Lanka, admitted at Yekaterinburg in June 2009.',
    sources: ['sriLankaDialoguePartner'],
  },
  {
    number: 6,
    label: 'Three “guest members”',
    claim: 'Afghanistan, the CIS and ASEAN are its three “guest members”.',
    status: 'partly contradicted',
    finding: 'The SCO has no such category: Afghanistan, the CIS and ASEAN came as the host\'s guests, as did Turkmenistan, the UN, EurAsEC and the CSTO in 2011.',
    bearing: 'The SCO\'s reach was as wide as the essay says, wider even; but these were invited guests, not members of any kind.',
    sources: ['astanaDeclaration', 'russiaMidAfghanistan'],
  },
  {
    number: 7,
    label: 'Membership bids',
    claim: 'India, Iran and Pakistan want full membership.',
    status: 'confirmed',
    finding: 'Pakistan applied in 2006; India and Pakistan applied formally in 2014.',
    sources: ['membershipBids'],
  },
  {
    number: 8,
    label: '2002 exercise',
    claim: 'In October 2002 Chinese and Kyrgyz troops held China\'s first joint exercise with another country in decades.',
    status: 'confirmed',
    finding: '10–11 October 2002, about 300 troops near the Irkeshtam crossing, other SCO states watching; partly held in Xinjiang.',
    sources: ['yaleGlobalExercise2002', 'hricExercises'],
  },
  {
    number: 9,
    label: '2003 exercise',
    claim: 'In 2003 China held its first multinational exercise on its own soil: over a thousand Chinese and Kyrgyz troops, with others only watching.',
    status: 'partly contradicted',
    finding: '“Coalition-2003” (6–12 August) took place in Kazakhstan as well as Xinjiang, with about 1,300 troops; Russia, Kazakhstan and Tajikistan took part.',
    bearing: 'A larger, more multilateral exercise than the essay says: its point, growing security cooperation, stands.',
    sources: ['hricExercises', 'scioCoalition2003'],
  },
  {
    number: 10,
    label: '2005 exercise',
    claim: 'China and Russia held a joint exercise in 2005.',
    status: 'confirmed',
    finding: '“Peace Mission 2005”, 18–25 August 2005, at Vladivostok and in Shandong.',
    sources: ['peaceMission2005'],
  },
  {
    number: 11,
    label: '2007 exercise',
    claim: 'The SCO held a multilateral exercise in 2007.',
    status: 'confirmed',
    finding: '“Peace Mission 2007”, 9–17 August 2007, at Chebarkul in Russia; about 6,500 troops, the first with all six members.',
    sources: ['peaceMission2007'],
  },
  {
    number: 12,
    label: 'RATS and its database',
    claim: 'RATS, based in Tashkent, runs a database open to all members\' security services.',
    status: 'confirmed',
    finding: 'RATS sits in Tashkent; its database rests on an agreement of 28 June 2004.',
    sources: ['ratsDatabase', 'hricRats'],
  },
  {
    number: 13,
    label: 'Blacklist figures',
    claim: `The shared blacklist holds ${formatCount(blacklistOrganizations)} organizations and ${formatCount(blacklistIndividuals)} individuals.`,
    status: 'unverified',
    finding: 'No independent source: the figures are HRIC\'s own (its 2011 white paper). RATS\'s far higher totals of October 2019 say nothing about 2011.',
    bearing: 'Shared, honoured blacklists are confirmed; only their size in 2011 rests on HRIC alone, so quote it as HRIC\'s figure.',
    sources: ['hricWhitePaper', 'rats2019'],
  },
  {
    number: 14,
    label: 'UN observer status',
    claim: 'The SCO has observer status at the UN General Assembly.',
    status: 'unverified',
    finding: 'Widely reported, but the resolution number and date often given for it could not be confirmed from a retrieved source.',
    bearing: 'Nothing in the argument turns on the resolution\'s number; the deck does not print one.',
    sources: [],
  },
  {
    number: 15,
    label: 'UN cooperation resolutions',
    claim: 'The General Assembly has adopted resolutions on cooperation with the SCO.',
    status: 'confirmed',
    finding: 'A series of them, for example 71/14 (2016) and 75/69 (2021).',
    sources: ['unResolutions'],
  },
  {
    number: 16,
    label: 'UN–SCO joint declaration',
    claim: 'The UN and SCO secretariats issued a joint declaration on cooperation.',
    status: 'confirmed',
    finding: 'Signed in Tashkent in April 2010.',
    sources: ['unJointDeclaration'],
  },
  {
    number: 17,
    label: 'HRIC white paper',
    claim: 'HRIC set out the argument at length in a white paper on the SCO.',
    status: 'confirmed',
    finding: '“Counter-Terrorism and Human Rights: The Impact of the Shanghai Cooperation Organization”, released on 30 March 2011.',
    sources: ['hricWhitePaper'],
  },
  {
    number: 18,
    label: 'Washington conference',
    claim: 'Kazakhstan and Kyrgyzstan kept Uighur activists from a conference in Washington in early May 2011.',
    status: 'confirmed',
    finding: '“The Future of Uyghur People in East Turkestan”, 2–8 May 2011; activists from both countries were stopped from travelling.',
    sources: ['uyghurCongressConference'],
  },
  {
    number: 19,
    label: 'Ershidin Israil, 30 May',
    claim: 'Kazakhstan returned Ershidin Israil, an ethnic Uighur, to China on 30 May 2011.',
    status: 'confirmed',
    finding: 'Kazakhstan\'s foreign ministry confirmed the handover on 30 May.',
    sources: ['israilReturn'],
  },
  {
    number: 20,
    label: '28 Uzbeks, 9 June',
    claim: `Kazakhstan returned ${formatCount(extraditionUzbeks)} ethnic Uzbeks to Uzbekistan on 9 June 2011.`,
    status: 'confirmed',
    finding: `IWPR reports 28 (RFE/RL reported 29); the essay's “${formatCount(extraditionTotal)}” is these 28 plus Ershidin Israil.`,
    sources: ['iwprUzbeks'],
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
