/**
 * Every source the deck cites: the essay, the works it names, and each source of the course's fact
 * sheet. `title` is the work's own title where the fact sheet or the address gives it; otherwise
 * `titleIsOurs` marks it as our description, shown in square brackets. `date` is only what the fact
 * sheet or the address gives; "n.d." where neither does.
 */
export interface Source {
  readonly title: string
  /** The title is our description of the work, not its own title. */
  readonly titleIsOurs?: true
  /** Published by Human Rights in China, the essay's author: it cannot confirm the essay independently. */
  readonly byEssayAuthor?: true
  readonly author: string
  readonly date: string
  /** Address without scheme, as the fact sheet gives it; absent for print-only works. */
  readonly address?: string
  /** The publication a work appeared in, where that is not its author. */
  readonly publishedIn?: string
  /** What the deck uses it for. */
  readonly usedFor: string
  /** What kind of voice it is: whose standpoint a reader should weigh it from. */
  readonly voice: Voice
  /** Who funds, owns or is affiliated with it, where that is part of its standpoint. */
  readonly voiceNote?: string
}

/** The kinds of voice the sources speak in, as the fact sheet's standpoints name them. */
export const voices = [
  'advocacy group',
  'the SCO or a government',
  'state-funded broadcaster',
  'news agency',
  'news outlet',
  'media-development NGO',
  'think tank',
  'research',
  'the UN',
] as const

export type Voice = typeof voices[number]

export const sources = {
  essay: {
    title: 'The Dubious Agenda of the SCO',
    byEssayAuthor: true,
    author: 'Human Rights in China (HRIC)',
    publishedIn: 'The National Interest',
    date: 'June 2011',
    address: 'nationalinterest.org/commentary/the-dubious-agenda-the-sco-5478',
    usedFor: 'The essay this module teaches',
    voice: 'advocacy group',
    voiceNote: 'Human Rights in China, the essay’s author',
  },
  boland: {
    title: 'Engaging the Anti-NATO',
    author: 'Julie Boland',
    publishedIn: 'The National Interest',
    date: '10 June 2011',
    address: 'nationalinterest.org/commentary/engaging-the-anti-nato-5445',
    usedFor: 'The article the essay answers: Boland’s own case, in her words',
    voice: 'think tank',
    voiceNote: 'Federal Executive Fellow at the Brookings Institution, a U.S. think tank, which lists the op-ed under her fellowship',
  },
  hricWhitePaper: {
    title: 'Counter-Terrorism and Human Rights: The Impact of the Shanghai Cooperation Organization',
    byEssayAuthor: true,
    author: 'Human Rights in China',
    date: '30 March 2011',
    address: 'hrichina.org/en/content/5192',
    usedFor: 'The white paper behind the essay; origin of the blacklist figures',
    voice: 'advocacy group',
  },
  chinaOrgFounding: {
    title: 'Feature on the SCO and the Shanghai Five',
    titleIsOurs: true,
    author: 'china.org.cn',
    date: 'n.d.',
    address: 'english.china.org.cn/english/features/38183.htm',
    usedFor: 'Founding on 15 June 2001; the Shanghai Five of 1996',
    voice: 'the SCO or a government',
    voiceNote: 'China’s state-run portal',
  },
  hricFounding: {
    title: 'HRIC white-paper page on the SCO’s founding and its Convention',
    titleIsOurs: true,
    byEssayAuthor: true,
    author: 'Human Rights in China',
    date: 'n.d.',
    address: 'hrichina.org/content/5197',
    usedFor: 'Founding members; Uzbekistan joins at the founding; the SCO quoted on its Convention’s definitions',
    voice: 'advocacy group',
  },
  astanaDeclaration: {
    title: 'Astana Declaration',
    author: 'SCO member states (text at worldjpn.net)',
    date: '15 June 2011',
    address: 'worldjpn.net/documents/texts/SCO/20110615.D1E.html',
    usedFor: 'The 2011 summit, its members, observers and guests',
    voice: 'the SCO or a government',
    voiceNote: 'the member states’ own text',
  },
  sriLankaDialoguePartner: {
    title: 'News update on the 2009 dialogue partners',
    titleIsOurs: true,
    author: 'Policy Research & Information Unit, Sri Lanka',
    date: '17 June 2009',
    address: 'priu.gov.lk (news_update 20090617)',
    usedFor: 'Belarus and Sri Lanka made dialogue partners, Yekaterinburg 2009',
    voice: 'the SCO or a government',
    voiceNote: 'Sri Lanka’s government',
  },
  russiaMidAfghanistan: {
    title: 'Embassy page on Afghanistan and the SCO',
    titleIsOurs: true,
    author: 'Embassy of Russia in Afghanistan',
    date: 'n.d.',
    address: 'afghanistan.mid.ru/en/sco_01.html',
    usedFor: 'Afghanistan attended as a guest of the host, not as a “guest member”',
    voice: 'the SCO or a government',
    voiceNote: 'Russia’s foreign ministry',
  },
  membershipBids: {
    title: 'Report on membership applications',
    titleIsOurs: true,
    author: 'Sputnik Brasil (noticiabrasil.net.br)',
    date: '10 July 2015',
    address: 'noticiabrasil.net.br/20150710/1533210.html',
    usedFor: 'Pakistan applied in 2006; India and Pakistan formally in 2014',
    voice: 'state-funded broadcaster',
    voiceNote: 'funded by the Russian government',
  },
  yaleGlobalExercise2002: {
    title: 'China and Kyrgyzstan Launch Anti-Terrorism Exercises',
    author: 'YaleGlobal Online',
    date: 'n.d.',
    address: 'yaleglobal.yale.edu/content/china-and-kyrgyzstan-launch-anti-terrorism-exercises',
    usedFor: 'The October 2002 exercise',
    voice: 'research',
    voiceNote: 'an online magazine of Yale University',
  },
  hricExercises: {
    title: 'HRIC page on the SCO’s joint exercises',
    titleIsOurs: true,
    byEssayAuthor: true,
    author: 'Human Rights in China',
    date: 'n.d.',
    address: 'hrichina.org/hk/node/5239',
    usedFor: 'The 2002 and 2003 exercises',
    voice: 'advocacy group',
  },
  scioCoalition2003: {
    title: 'Infographic on SCO exercises',
    titleIsOurs: true,
    author: 'State Council Information Office of China',
    date: '5 June 2018',
    address: 'english.scio.gov.cn/infographics/2018-06/05/content_51673238.htm',
    usedFor: '“Coalition-2003”: where it was held and who took part',
    voice: 'the SCO or a government',
    voiceNote: 'China’s government',
  },
  peaceMission2005: {
    title: 'Report on “Peace Mission 2005”',
    titleIsOurs: true,
    author: 'china.org.cn',
    date: 'August 2005',
    address: 'china.org.cn/english/2005/Aug/137129.htm',
    usedFor: 'The 2005 Sino-Russian exercise',
    voice: 'the SCO or a government',
    voiceNote: 'China’s state-run portal',
  },
  peaceMission2007: {
    title: 'Report on “Peace Mission 2007”',
    titleIsOurs: true,
    author: 'china.org.cn',
    date: 'n.d.',
    address: 'english.china.org.cn/english/international/220041.htm',
    usedFor: 'The 2007 exercise with all six members',
    voice: 'the SCO or a government',
    voiceNote: 'China’s state-run portal',
  },
  ratsDatabase: {
    title: 'Page on the RATS database agreement',
    titleIsOurs: true,
    author: 'InfoSCO (infoshos.ru)',
    date: 'n.d.',
    address: 'infoshos.ru/en/print.php?idn=18528',
    usedFor: 'RATS in Tashkent; database agreement of 28 June 2004',
    voice: 'news outlet',
    voiceNote: 'a Russian information portal on the SCO',
  },
  hricRats: {
    title: 'HRIC page on RATS and information sharing',
    titleIsOurs: true,
    byEssayAuthor: true,
    author: 'Human Rights in China',
    date: 'n.d.',
    address: 'hrichina.org/content/5223',
    usedFor: 'RATS and its shared database',
    voice: 'advocacy group',
  },
  rats2019: {
    title: 'Report on RATS, with its 2019 list counts',
    titleIsOurs: true,
    author: 'UrduPoint (reporting RATS)',
    date: 'October 2019',
    address: 'urdupoint.com/en/world/scos-counterterrorism-body-expands-intl-pre-740134.html',
    usedFor: 'Later RATS figures: 115 organizations, more than 6,600 individuals',
    voice: 'news outlet',
    voiceNote: 'Pakistani, reporting RATS’s own figures',
  },
  unResolutions: {
    title: 'News item on a UN–SCO cooperation resolution',
    titleIsOurs: true,
    author: 'SCO Secretariat',
    date: '30 March 2021',
    address: 'eng.sectsco.org/news/20210330/737245.html',
    usedFor: 'The series of UNGA cooperation resolutions, e.g. 71/14 and 75/69',
    voice: 'the SCO or a government',
    voiceNote: 'the SCO’s own secretariat',
  },
  unJointDeclaration: {
    title: 'Story on the UN–SCO joint declaration',
    titleIsOurs: true,
    author: 'UN News',
    date: 'June 2010',
    address: 'news.un.org/en/story/2010/06/341622',
    usedFor: 'The joint declaration signed in Tashkent, April 2010',
    voice: 'the UN',
  },
  uyghurCongressConference: {
    title: 'Press release on the conference “The Future of Uyghur People in East Turkestan”',
    titleIsOurs: true,
    author: 'World Uyghur Congress',
    date: '3 May 2011',
    address: 'uyghurcongress.org',
    usedFor: 'The conference of 2–8 May 2011; activists stopped from travelling',
    voice: 'advocacy group',
    voiceNote: 'for Uyghurs',
  },
  israilReturn: {
    title: 'News item on Ershidin Israil’s handover',
    titleIsOurs: true,
    author: 'Uyghur Canadian Society',
    date: '7 June 2011',
    address: 'uyghurcanadiansociety.org/news2011/110607.htm',
    usedFor: 'Ershidin Israil returned to China on 30 May 2011',
    voice: 'advocacy group',
    voiceNote: 'for Uyghurs',
  },
  iwprUzbeks: {
    title: 'Shock as Kazakstan Hands Refugees Over to Uzbeks',
    author: 'Institute for War & Peace Reporting',
    date: 'n.d.',
    address: 'iwpr.net/global-voices/shock-kazakstan-hands-refugees-over-uzbeks',
    usedFor: '28 Uzbeks returned on 9 June 2011 (RFE/RL reported 29)',
    voice: 'media-development NGO',
  },
  beijingSummit2012: {
    title: 'Report on the 2012 Beijing summit',
    titleIsOurs: true,
    author: 'Zee News',
    date: 'June 2012',
    address: 'zeenews.india.com',
    usedFor: 'Changes of 2012',
    voice: 'news outlet',
    voiceNote: 'Indian',
  },
  ufaSummit2015: {
    title: 'Report on the 2015 Ufa summit',
    titleIsOurs: true,
    author: 'Global Times',
    date: 'n.d.',
    address: 'globaltimes.cn/content/988810.shtml',
    usedFor: 'Changes of 2015',
    voice: 'news outlet',
    voiceNote: 'Chinese, state-owned',
  },
  astanaSummit2017: {
    title: 'Report on the 2017 Astana summit',
    titleIsOurs: true,
    author: 'ECNS',
    date: '10 June 2017',
    address: 'ecns.cn/2017/06-10/260947.shtml',
    usedFor: 'Eight members from 9 June 2017',
    voice: 'news agency',
    voiceNote: 'China News Service, state-run',
  },
  dialoguePartners2021: {
    title: 'Report on the 2021–2023 dialogue partners',
    titleIsOurs: true,
    author: 'TASS',
    date: 'n.d.',
    address: 'tass.com/world/1508467',
    usedFor: 'Dialogue partners added 2021–2023',
    voice: 'news agency',
    voiceNote: 'Russian, state-owned',
  },
  iranMember2023: {
    title: 'Report on Iran’s membership',
    titleIsOurs: true,
    author: 'Sputnik',
    date: 'July 2023',
    address: 'sputnikglobe.com',
    usedFor: 'Iran a member from 4 July 2023',
    voice: 'state-funded broadcaster',
    voiceNote: 'funded by the Russian government',
  },
  belarusMember2024: {
    title: 'Report on Belarus’s membership',
    titleIsOurs: true,
    author: 'Head Post',
    date: 'July 2024',
    address: 'head-post.com',
    usedFor: 'Belarus a member from 4 July 2024',
    voice: 'news outlet',
  },
  tianjinSummit2025: {
    title: 'Report on the 2025 Tianjin summit',
    titleIsOurs: true,
    author: 'TASS',
    date: 'n.d.',
    address: 'tass.com/world/2010381',
    usedFor: 'Ten members and seventeen partners from 1 September 2025',
    voice: 'news agency',
    voiceNote: 'Russian, state-owned',
  },
  unVote2025: {
    title: 'Report on the 2025 UN–SCO vote',
    titleIsOurs: true,
    author: 'Greater Kashmir',
    date: 'September 2025',
    address: 'greaterkashmir.com',
    usedFor: 'Vote of 5 September 2025: 120–27–28, the US against',
    voice: 'news outlet',
    voiceNote: 'Indian',
  },
  shanghaiConvention: {
    title: 'Shanghai Convention on Combating Terrorism, Separatism and Extremism',
    author: 'The six founding member states (text at worldjpn.net)',
    date: '15 June 2001',
    address: 'worldjpn.net/documents/texts/SCO/20010615.T2E.html',
    usedFor: 'Its Article 1 defines the three terms: where the essay’s “whether or not they use violence” can be checked',
    voice: 'the SCO or a government',
    voiceNote: 'the member states’ own text',
  },
  scoThreeEvils: {
    title: 'News item: the Secretary-General on the “three evils”',
    titleIsOurs: true,
    author: 'SCO Secretariat',
    date: '13 June 2017',
    address: 'eng.sectsco.org/news/20170613/295928.html',
    usedFor: '“Three evils” as the SCO’s own phrase, resting on the 2001 Convention and the 2005 Concept',
    voice: 'the SCO or a government',
    voiceNote: 'the SCO’s own secretariat',
  },
  cgtnThreeEvils: {
    title: 'How SCO fights against three evils',
    author: 'CGTN',
    date: '13 June 2019',
    address: 'news.cgtn.com/news/2019-06-13/How-SCO-fights-against-three-evils--HuviG7qT7i/index.html',
    usedFor: '“Three evil forces”, first defined internationally at the first SCO summit, June 2001',
    voice: 'state-funded broadcaster',
    voiceNote: 'China’s state broadcaster',
  },
  hricThreeEvils: {
    title: 'HRIC white paper page on the “Three Evils doctrine”',
    titleIsOurs: true,
    byEssayAuthor: true,
    author: 'Human Rights in China',
    date: 'n.d.',
    address: 'hrichina.org/cn/node/5199',
    usedFor: 'The white paper uses the phrase; the essay itself does not',
    voice: 'advocacy group',
  },
  refugeeConvention: {
    title: 'Convention relating to the Status of Refugees, Article 33',
    author: 'United Nations (text published by UNHCR)',
    date: '28 July 1951',
    usedFor: 'Non-refoulement: no return of a refugee to where life or freedom would be threatened; narrow exceptions',
    voice: 'the UN',
    voiceNote: 'a UN treaty',
  },
  unhcrNonRefoulement: {
    title: 'The scope and content of the principle of non-refoulement',
    author: 'Elihu Lauterpacht and Daniel Bethlehem, opinion for UNHCR',
    date: '20 June 2001',
    usedFor: 'Non-refoulement applies to extradition too, and is customary international law',
    voice: 'the UN',
    voiceNote: 'a legal opinion for UNHCR, the UN refugee agency',
  },
  fidh2012: {
    title: 'Shanghai Cooperation Organisation: a vehicle for human rights violations',
    author: 'FIDH (International Federation for Human Rights), report N°583a',
    date: 'August 2012',
    usedFor: 'A second NGO’s assessment, after the essay: not independent confirmation of HRIC’s 2011 figures',
    voice: 'advocacy group',
    voiceNote: 'HRIC is affiliated with FIDH: not independent of the essay’s author',
  },
  bolandPaper: {
    title: 'Ten Years of the Shanghai Cooperation Organization: A Lost Decade? A Partner for the U.S.?',
    author: 'Julie Boland, Brookings policy paper',
    date: '20 June 2011',
    address: 'brookings.edu/research/ten-years-of-the-shanghai-cooperation-organization-a-lost-decade-a-partner-for-the-united-states/',
    usedFor: 'Boland’s longer case: shared concerns, the risks, three strategies for the U.S. (ten days after her op-ed)',
    voice: 'think tank',
    voiceNote: 'the author’s views, not the U.S. Government’s',
  },
  reutersIsrail: {
    title: 'Reuters report: Kazakhstan confirms Israil’s handover to China',
    titleIsOurs: true,
    author: 'Reuters (on news.trust.org)',
    date: '7 June 2011',
    address: 'news.trust.org/item/20110607094100-ba8p6/',
    usedFor: 'Kazakhstan’s foreign ministry confirms the handover of 30 May; China’s written guarantee',
    voice: 'news agency',
  },
  rferlUzbeks: {
    title: 'RFE/RL report: Kazakhstan extradites 29 Uzbek asylum seekers',
    titleIsOurs: true,
    author: 'Radio Free Europe/Radio Liberty',
    date: '9 June 2011',
    address: 'rferl.org/a/kazakhstan_extradites_29_uzbek_asylum_seekers_despite_protests/24230209.html',
    usedFor: 'Its same-day report of the 9 June returns gave 29, not 28',
    voice: 'state-funded broadcaster',
    voiceNote: 'funded by the U.S. government',
  },
  shanghaiConventionChinese: {
    title: 'Shanghai Convention, official Chinese text',
    titleIsOurs: true,
    author: 'The six founding member states (text at fabao365.com)',
    date: '15 June 2001',
    address: 'code.fabao365.com/law_14605.html',
    usedFor: 'Article 1(1): separatism defined by the use of violence',
    voice: 'the SCO or a government',
    voiceNote: 'the member states’ own text',
  },
  extremism2017: {
    title: 'Article on the 2017 Convention on Countering Extremism',
    titleIsOurs: true,
    author: 'Alexander Yakovenko, Russia’s ambassador in London (written for RT)',
    date: 'n.d.',
    address: 'm.rusemb.org.uk/article/sco-sets-standards-for-countering-extremism-by-ambassador-yakovenko-for-rt',
    usedFor: 'The 2017 Convention’s definition of extremism, after the essay',
    voice: 'the SCO or a government',
    voiceNote: 'Russia’s embassy',
  },
  convention2009: {
    title: 'SCO Convention against Terrorism',
    author: 'SCO member states (text at worldjpn.net)',
    date: '16 June 2009',
    address: 'worldjpn.net/documents/texts/SCO/20090616.T1E.html',
    usedFor: 'The SCO’s own words on law and rights, in its preamble',
    voice: 'the SCO or a government',
    voiceNote: 'the member states’ own text',
  },
  scoStatement2017: {
    title: 'Statement of the SCO heads of state on terrorism',
    titleIsOurs: true,
    author: 'SCO heads of state (text at worldjpn.net)',
    date: '9 June 2017',
    address: 'worldjpn.net/documents/texts/SCO/20170609.D1E.html',
    usedFor: 'The SCO’s own words: counterterrorism within the UN Charter and international law',
    voice: 'the SCO or a government',
    voiceNote: 'the member states’ own text',
  },
  alimov2017: {
    title: 'Article by the SCO Secretary-General in the UN Chronicle',
    titleIsOurs: true,
    author: 'Rashid Alimov, SCO Secretary-General (UN Chronicle, Chinese version)',
    date: '11 October 2017',
    address: 'un.org/hi/node/20633',
    usedFor: 'The SCO’s own words on its aims',
    voice: 'the SCO or a government',
    voiceNote: 'the SCO’s Secretary-General',
  },
  kazakhAssurances: {
    title: 'Reuters report: rights group criticises Kazakhstan over extraditions',
    titleIsOurs: true,
    author: 'Reuters (on townhall.com)',
    date: '10 June 2011',
    address: 'townhall.com/news/world/2011/06/10/rights-group-criticizes-kazakhstan-over-extraditions-n1351160',
    usedFor: 'Kazakhstan’s foreign ministry on the Uzbeks returned: written assurances, UNHCR’s mandates',
    voice: 'news agency',
  },
  chinaOnIsrail: {
    title: 'Reuters report: China calls the extradited Uighur a “major terror suspect”',
    titleIsOurs: true,
    author: 'Reuters (read only in a repost on al-darb.blogspot.com)',
    date: '14 June 2011',
    address: 'al-darb.blogspot.com/2011/06/china-confirms-extradited-uighur-facing.html',
    usedFor: 'China’s foreign ministry: Israil a “major terror suspect”',
    voice: 'news agency',
  },
  eurasianetFidh: {
    title: 'Report on FIDH’s 2012 report',
    titleIsOurs: true,
    author: 'Eurasianet',
    date: 'n.d.',
    address: 'eurasianet.org/sco-a-vehicle-for-human-rights-violations-says-advocacy-group',
    usedFor: 'FIDH’s report as a follow-up to HRIC’s paper, by a group affiliated with FIDH',
    voice: 'news outlet',
  },
  rferlFidh: {
    title: 'RFE/RL report on FIDH’s 2012 report',
    titleIsOurs: true,
    author: 'Radio Free Europe/Radio Liberty (RFE/RL)',
    date: 'n.d.',
    address: 'rferl.org/a/shanghai-cooperation-organization-/24695844.html',
    usedFor: 'A researcher on the report: accusations accepted without evidence for extradition',
    voice: 'state-funded broadcaster',
    voiceNote: 'funded by the U.S. government',
  },
  rfaFidh: {
    title: 'RFA report on FIDH’s 2012 report',
    titleIsOurs: true,
    author: 'Radio Free Asia (RFA)',
    date: '4 September 2012',
    address: 'rfa.org/english/news/uyghur/expo-09042012103739.html',
    usedFor: 'FIDH’s release: non-refoulement “increasingly being violated”',
    voice: 'state-funded broadcaster',
    voiceNote: 'funded by the U.S. government',
  },
} as const satisfies Record<string, Source>

export type SourceId = keyof typeof sources

/** How a list names a source: its own title in quotation marks, or our description in square brackets. */
export function sourceHeading(id: SourceId): string {
  const source: Source = sources[id]
  return source.titleIsOurs
    ? `[${source.title}]`
    : `“${source.title}”`
}

/** A source in brief, as a slide cites it: “Julie Boland, 10 June 2011”. */
export function briefCitation(id: SourceId): string {
  const { author, date } = sources[id]
  return `${author}, ${date}`
}

/** A source in full, as a list or a chart's source line gives it: “Author, “Title” (date)”, without a date the source does not give. */
export function fullCitation(id: SourceId): string {
  const { author, date } = sources[id]
  return date === 'n.d.'
    ? `${author}, ${sourceHeading(id)}`
    : `${author}, ${sourceHeading(id)} (${date})`
}

/** What kind of voice a source is, with who funds or owns it where that matters: “advocacy group (for Uyghurs)”. */
export function sourceVoice(id: SourceId): string {
  const source: Source = sources[id]
  return source.voiceNote
    ? `${source.voice} (${source.voiceNote})`
    : source.voice
}

/** Whether a source could confirm the essay independently: not one of HRIC's own publications. */
export function isIndependentOfEssay(id: SourceId): boolean {
  const source: Source = sources[id]
  return id !== 'essay' && !source.byEssayAuthor
}
