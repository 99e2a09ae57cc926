import type { SourceId } from './sources'

/**
 * A term the lesson uses, defined in plain words. A definition that reports the essay names its
 * paragraph ("the essay (¶6) says"); one that states a fact cites its sources; the rest is our wording.
 */
export interface GlossaryEntry {
  readonly term: string
  readonly definition: string
  /** Where the definition states a fact (a date, a member, a place): the sources for it. */
  readonly sources: readonly SourceId[]
}

const entries: readonly GlossaryEntry[] = [
  {
    term: 'Benchmark',
    definition: 'A measurable target by which progress is judged, and which someone can check. The essay (¶9) asks for “clear benchmarks for progress” but names none.',
    sources: ['essay'],
  },
  {
    term: 'Autocrat',
    definition: 'A ruler with unchecked power, who does not answer to voters, courts or a free press. Boland’s op-ed answers the charge that the SCO is a club of them.',
    sources: ['boland'],
  },
  {
    term: 'Advocacy group',
    definition: 'An organization that campaigns for a cause, such as human rights. What it says may be true; weigh it knowing what it wants, as you would a government’s statement.',
    sources: [],
  },
  {
    term: 'Incitement',
    definition: 'Urging or provoking others to commit an act, such as violence. The 2001 Shanghai Convention counts inciting violent separatism as separatism (claim 21).',
    sources: ['shanghaiConventionChinese'],
  },
  {
    term: 'Op-ed',
    definition: 'An opinion article arguing one writer’s case: the essay and Julie Boland’s “Engaging the Anti-NATO” both appeared among The National Interest’s online commentaries.',
    sources: ['essay', 'boland'],
  },
  {
    term: 'Think tank',
    definition: 'An organization that researches policy and argues for it, such as the Brookings Institution in Washington, where Julie Boland was listed as a Federal Executive Fellow.',
    sources: ['boland'],
  },
  {
    term: 'Interpol red notice',
    definition: 'A request, sent through Interpol to police worldwide, to find and arrest a person wanted by one country. China’s foreign ministry said Ershidin Israil was wanted under one (Reuters, 14 June 2011).',
    sources: ['chinaOnIsrail'],
  },
  {
    term: 'Preamble',
    definition: 'The opening part of a treaty, before its articles, which states its aims and principles; it guides how the articles are read.',
    sources: [],
  },
  {
    term: 'White paper',
    definition: 'A detailed report in which an organization sets out its findings and its position. HRIC’s white paper on the SCO (30 March 2011): the essay (¶7) names it, and its blacklist figures come from it (claim 13); HRIC wrote both.',
    sources: ['hricWhitePaper'],
  },
  {
    term: 'NGO (non-governmental organization)',
    definition: 'A group independent of governments: an advocacy group such as HRIC or FIDH, or a media-development NGO such as IWPR. Independent of governments does not mean without a standpoint.',
    sources: [],
  },
  {
    term: 'Bilateral / multilateral',
    definition: 'Between two states / among several. The essay (¶5) calls the 2002 exercise of Chinese and Kyrgyz troops bilateral; an exercise of several SCO members is multilateral.',
    sources: ['essay'],
  },
  {
    term: 'UNHCR',
    definition: 'The UN Refugee Agency (the Office of the United Nations High Commissioner for Refugees): it protects refugees and can itself recognise someone as a refugee.',
    sources: ['unhcrNonRefoulement'],
  },
  {
    term: 'EurAsEC and the CSTO',
    definition: 'Two regional bodies of former Soviet states that attended the 2011 summit as guests: the Eurasian Economic Community (an economic bloc) and the Collective Security Treaty Organization (a security alliance).',
    sources: ['astanaDeclaration'],
  },
  {
    term: 'Standfirst',
    definition: 'The sentence under an article’s headline that sums it up. The essay’s standfirst is not one of its numbered paragraphs here: ¶1 is the first paragraph after it.',
    sources: ['essay'],
  },
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
    definition: 'The SCO’s security body, based in Tashkent. It runs a database that the members’ security services share, set up by an agreement of 28 June 2004.',
    sources: ['ratsDatabase', 'hricRats'],
  },
  {
    term: 'Blacklist',
    definition: 'Here: the lists of people and organizations that SCO members call terrorist, separatist or extremist. The essay (¶6) says members are bound to honour each other’s lists without inquiring for themselves: its reading of the agreements, which no source in our check examines.',
    sources: ['essay'],
  },
  {
    term: 'Non-refoulement',
    definition: 'The rule (1951 Refugee Convention, Article 33) that no state may return a refugee to where their life or freedom would be threatened for their race, religion, nationality, social group or political opinion, bar narrow exceptions. A 2001 opinion for UNHCR: it covers extradition too.',
    sources: ['refugeeConvention', 'unhcrNonRefoulement'],
  },
  {
    term: 'Extradition',
    definition: 'One state formally handing a person over to another state that wants to try or punish them.',
    sources: [],
  },
  {
    term: 'Asylum and refugee status',
    definition: 'Asylum is the protection a state gives someone who has fled persecution. Refugee status is legal recognition as such a refugee: the 1951 Refugee Convention (Article 33) forbids returning them to where their life or freedom would be threatened, with narrow exceptions.',
    sources: ['refugeeConvention'],
  },
  {
    term: 'Separatism',
    definition: 'Seeking to split a territory away from a state. The essay (¶6) says SCO agreements target “separatists” whether or not they use violence; the 2001 Shanghai Convention defines separatism by violence, including inciting it (claim 21: partly contradicted).',
    sources: ['essay', 'shanghaiConventionChinese'],
  },
  {
    term: 'Extremism',
    definition: 'One of the three threats SCO agreements name. The essay (¶6) glosses “extremists” as “religious fundamentalists”, targeted whether or not they use violence; the 2001 Convention’s clause, as quoted, is violent (claim 21: partly contradicted). The 2017 Convention, after the essay, seems wider.',
    sources: ['essay', 'hricFounding', 'extremism2017'],
  },
  {
    term: '“Three evils”',
    definition: 'The SCO’s own phrase for terrorism, separatism and extremism, as its Secretary-General used it in 2017; China’s CGTN says “three evil forces”. The essay never uses it (it writes “terrorism, separatism or extremism”, ¶6); HRIC’s white paper does.',
    sources: ['scoThreeEvils', 'cgtnThreeEvils', 'hricThreeEvils'],
  },
  {
    term: 'Observer',
    definition: 'Until September 2025, an SCO status short of membership. In June 2011: India, Iran, Mongolia and Pakistan, all of which sent delegations to the summit.',
    sources: ['astanaDeclaration'],
  },
  {
    term: 'Dialogue partner',
    definition: 'Until September 2025, a second status short of membership. In June 2011: Belarus and Sri Lanka, partners since June 2009 (Yekaterinburg).',
    sources: ['sriLankaDialoguePartner'],
  },
  {
    term: 'SCO partner (2025)',
    definition: 'Since the Tianjin summit of 1 September 2025, the single status that replaced observers and dialogue partners: ten members and seventeen partners.',
    sources: ['tianjinSummit2025'],
  },
  {
    term: 'Guest (not “guest member”)',
    definition: 'A state or organization a summit’s host invites, as Afghanistan, the CIS and ASEAN were in 2011. The essay (¶3) calls them “guest members”, but the SCO has no such category.',
    sources: ['astanaDeclaration', 'russiaMidAfghanistan'],
  },
  {
    term: 'Xinjiang / Uighurs',
    definition: 'The Xinjiang Uighur Autonomous Region (XUAR) is in north-western China, bordering Central Asia. The Uighurs (also spelt Uyghurs) are the people it is named after; the essay (¶2) speaks of Uighur populations on both sides of the border.',
    sources: ['essay'],
  },
]

/** Sorts “Three evils” as three evils: quotation marks and case do not count. */
export function sortKey(term: string): string {
  return term.replace(/[“”"]/g, '').toLocaleLowerCase('en')
}

/** The glossary in alphabetical order of its terms, ignoring quotation marks and case. */
export const glossary: readonly GlossaryEntry[] = [...entries].sort((a, b) => sortKey(a.term).localeCompare(sortKey(b.term), 'en'))
