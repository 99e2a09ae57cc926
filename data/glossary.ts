import type { SourceId } from './sources'

/** A term the lesson uses, defined in plain words. */
export interface GlossaryEntry {
  readonly term: string
  readonly definition: string
  /** Where the definition states a fact (a date, a member, a place): the sources for it. */
  readonly sources: readonly SourceId[]
}

const entries: readonly GlossaryEntry[] = [
  {
    term: 'SCO (Shanghai Cooperation Organization)',
    definition: 'A regional organization founded in Shanghai on 15 June 2001 by China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan. It has had ten members since July 2024.',
    sources: ['chinaOrgFounding', 'belarusMember2024'],
  },
  {
    term: 'Shanghai Five',
    definition: 'The group the SCO grew out of, meeting from 1996: China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan. Uzbekistan was not part of it; it joined when the SCO was founded.',
    sources: ['chinaOrgFounding', 'hricFounding'],
  },
  {
    term: 'RATS (Regional Anti-Terrorist Structure)',
    definition: 'The SCO\'s security body, based in Tashkent. It runs a database that the members\' security services share, set up by an agreement of 28 June 2004.',
    sources: ['ratsDatabase', 'hricRats'],
  },
  {
    term: 'Blacklist',
    definition: 'Here: the lists of people and organizations that SCO members call terrorist, separatist or extremist. The essay says members agreed to honour each other\'s lists without inquiring for themselves.',
    sources: ['essay'],
  },
  {
    term: 'Non-refoulement',
    definition: 'The rule of international law that a state must not send anyone back to a country where they would face persecution, torture or other serious harm.',
    sources: [],
  },
  {
    term: 'Extradition',
    definition: 'One state formally handing a person over to another state that wants to try or punish them.',
    sources: [],
  },
  {
    term: 'Asylum and refugee status',
    definition: 'Asylum is the protection a state gives someone who has fled persecution. Refugee status is the legal recognition that a person is such a refugee, which bars sending them back.',
    sources: [],
  },
  {
    term: 'Separatism',
    definition: 'Seeking to split a territory away from a state. In SCO agreements it is a target whether or not violence is used, the essay points out.',
    sources: ['essay'],
  },
  {
    term: 'Extremism',
    definition: 'In SCO usage a broad, loosely defined charge; the essay glosses “extremists” as religious fundamentalists and notes that they are targeted whether or not they use violence.',
    sources: ['essay'],
  },
  {
    term: '“Three evils”',
    definition: 'A name used in China and the SCO for terrorism, separatism and extremism, the three threats its security cooperation is aimed at. The essay\'s concern is the second and third, which reach people who use no violence.',
    sources: ['essay'],
  },
  {
    term: 'Observer',
    definition: 'Until September 2025, a state invited to SCO summits without being a member. In June 2011: India, Iran, Mongolia and Pakistan.',
    sources: ['astanaDeclaration'],
  },
  {
    term: 'Dialogue partner',
    definition: 'Until September 2025, a looser tie than observer: a state cooperating with the SCO in chosen fields. In June 2011: Belarus and Sri Lanka, partners since 2009.',
    sources: ['sriLankaDialoguePartner'],
  },
  {
    term: 'SCO partner (2025)',
    definition: 'Since the Tianjin summit of 1 September 2025, the single status that replaced observers and dialogue partners: ten members and seventeen partners.',
    sources: ['tianjinSummit2025'],
  },
  {
    term: 'Guest (not “guest member”)',
    definition: 'A state or organization a summit\'s host invites, as Afghanistan, the CIS and ASEAN were in 2011. The essay calls them “guest members”, but the SCO has no such category.',
    sources: ['astanaDeclaration', 'russiaMidAfghanistan'],
  },
  {
    term: 'Xinjiang / Uighurs',
    definition: 'The Xinjiang Uighur Autonomous Region is in north-western China, on its borders with Central Asia. The Uighurs (also spelt Uyghurs) are a mostly Muslim, Turkic people who live there and across those borders.',
    sources: ['essay'],
  },
]

/** Sorts “Three evils” as three evils: quotation marks and case do not count. */
export function sortKey(term: string): string {
  return term.replace(/[“”"]/g, '').toLocaleLowerCase('en')
}

/** The glossary in alphabetical order of its terms, ignoring quotation marks and case. */
export const glossary: readonly GlossaryEntry[] = [...entries].sort((a, b) => sortKey(a.term).localeCompare(sortKey(b.term), 'en'))
