/**
 * Every source the deck cites: the essay, the works it names, and each source of the fact sheet
 * (../shared/source/fact-check.md). `date` is as precise as the source or its address allows;
 * "n.d." where neither gives one.
 */
export interface Source {
  readonly title: string
  readonly author: string
  readonly date: string
  /** Address without scheme, as the fact sheet gives it; absent for print-only works. */
  readonly address?: string
  /** The publication a work appeared in, where that is not its author. */
  readonly publishedIn?: string
  /** What the deck uses it for. */
  readonly usedFor: string
}

export const sources = {
  essay: {
    title: 'The Dubious Agenda of the SCO',
    author: 'Human Rights in China (HRIC)',
    publishedIn: 'The National Interest',
    date: 'June 2011',
    usedFor: 'The essay this module teaches',
  },
  boland: {
    title: 'Engaging the Anti-NATO',
    author: 'Julie Boland',
    date: '10 June 2011',
    usedFor: 'The article the essay answers',
  },
  hricWhitePaper: {
    title: 'Counter-Terrorism and Human Rights: The Impact of the Shanghai Cooperation Organization',
    author: 'Human Rights in China',
    date: '30 March 2011',
    address: 'hrichina.org/en/content/5192',
    usedFor: 'The white paper behind the essay; origin of the blacklist figures',
  },
  chinaOrgFounding: {
    title: 'Shanghai Cooperation Organization: founding and the Shanghai Five',
    author: 'china.org.cn',
    date: 'n.d.',
    address: 'english.china.org.cn/english/features/38183.htm',
    usedFor: 'Founding on 15 June 2001; the Shanghai Five of 1996',
  },
  hricFounding: {
    title: 'HRIC white paper: the SCO\'s origins',
    author: 'Human Rights in China',
    date: 'n.d.',
    address: 'hrichina.org/content/5197',
    usedFor: 'Founding members; Uzbekistan joins at the founding',
  },
  astanaDeclaration: {
    title: 'Astana Declaration of the Tenth Anniversary of the SCO',
    author: 'SCO heads of state (text at worldjpn.net)',
    date: '15 June 2011',
    address: 'worldjpn.net/documents/texts/SCO/20110615.D1E.html',
    usedFor: 'The 2011 summit, its members, observers and guests',
  },
  sriLankaDialoguePartner: {
    title: 'Sri Lanka becomes SCO dialogue partner (news update)',
    author: 'Policy Research & Information Unit, Sri Lanka',
    date: '17 June 2009',
    address: 'priu.gov.lk (news_update 20090617)',
    usedFor: 'Belarus and Sri Lanka made dialogue partners, Yekaterinburg 2009',
  },
  russiaMidAfghanistan: {
    title: 'Afghanistan and the SCO',
    author: 'Embassy of Russia in Afghanistan',
    date: 'n.d.',
    address: 'afghanistan.mid.ru/en/sco_01.html',
    usedFor: 'Afghanistan attended as a guest of the host, not as a "guest member"',
  },
  membershipBids: {
    title: 'India and Pakistan membership applications',
    author: 'noticiabrasil.net.br',
    date: '10 July 2015',
    address: 'noticiabrasil.net.br/20150710/1533210.html',
    usedFor: 'Pakistan applied in 2006; India and Pakistan formally in 2014',
  },
  yaleGlobalExercise2002: {
    title: 'China and Kyrgyzstan Launch Anti-Terrorism Exercises',
    author: 'YaleGlobal Online',
    date: 'October 2002',
    address: 'yaleglobal.yale.edu/content/china-and-kyrgyzstan-launch-anti-terrorism-exercises',
    usedFor: 'The October 2002 exercise',
  },
  hricExercises: {
    title: 'HRIC white paper: SCO joint exercises',
    author: 'Human Rights in China',
    date: 'n.d.',
    address: 'hrichina.org/hk/node/5239',
    usedFor: 'The 2002 and 2003 exercises',
  },
  scioCoalition2003: {
    title: 'SCO joint exercises (infographic)',
    author: 'State Council Information Office of China',
    date: '5 June 2018',
    address: 'english.scio.gov.cn/infographics/2018-06/05/content_51673238.htm',
    usedFor: '"Coalition-2003": where it was held and who took part',
  },
  peaceMission2005: {
    title: 'Peace Mission 2005',
    author: 'china.org.cn',
    date: 'August 2005',
    address: 'china.org.cn/english/2005/Aug/137129.htm',
    usedFor: 'The 2005 Sino-Russian exercise',
  },
  peaceMission2007: {
    title: 'Peace Mission 2007',
    author: 'china.org.cn',
    date: 'August 2007',
    address: 'english.china.org.cn/english/international/220041.htm',
    usedFor: 'The 2007 exercise with all six members',
  },
  ratsDatabase: {
    title: 'RATS database agreement',
    author: 'InfoSCO (infoshos.ru)',
    date: 'n.d.',
    address: 'infoshos.ru/en/print.php?idn=18528',
    usedFor: 'RATS in Tashkent; database agreement of 28 June 2004',
  },
  hricRats: {
    title: 'HRIC white paper: RATS and information sharing',
    author: 'Human Rights in China',
    date: 'n.d.',
    address: 'hrichina.org/content/5223',
    usedFor: 'RATS and its shared database',
  },
  rats2019: {
    title: 'SCO\'s counterterrorism body expands international presence',
    author: 'UrduPoint (reporting RATS)',
    date: 'October 2019',
    address: 'urdupoint.com/en/world/scos-counterterrorism-body-expands-intl-pre-740134.html',
    usedFor: 'Later RATS figures: 115 organizations, more than 6,600 individuals',
  },
  unResolutions: {
    title: 'UN General Assembly resolution on UN–SCO cooperation',
    author: 'SCO Secretariat',
    date: '30 March 2021',
    address: 'eng.sectsco.org/news/20210330/737245.html',
    usedFor: 'The series of UNGA cooperation resolutions, e.g. 71/14 and 75/69',
  },
  unJointDeclaration: {
    title: 'UN and SCO sign joint declaration on cooperation',
    author: 'UN News',
    date: 'June 2010',
    address: 'news.un.org/en/story/2010/06/341622',
    usedFor: 'The joint declaration signed in Tashkent, April 2010',
  },
  uyghurCongressConference: {
    title: 'Press release on the Washington conference "The Future of Uyghur People in East Turkestan"',
    author: 'World Uyghur Congress',
    date: '3 May 2011',
    address: 'uyghurcongress.org',
    usedFor: 'The conference of 2–8 May 2011; activists stopped from travelling',
  },
  israilReturn: {
    title: 'Kazakhstan hands Ershidin Israil to China',
    author: 'Uyghur Canadian Society',
    date: '7 June 2011',
    address: 'uyghurcanadiansociety.org/news2011/110607.htm',
    usedFor: 'Ershidin Israil returned to China on 30 May 2011',
  },
  iwprUzbeks: {
    title: 'Shock as Kazakstan Hands Refugees Over to Uzbeks',
    author: 'Institute for War & Peace Reporting',
    date: 'June 2011',
    address: 'iwpr.net/global-voices/shock-kazakstan-hands-refugees-over-uzbeks',
    usedFor: '28 Uzbeks returned on 9 June 2011 (RFE/RL reported 29)',
  },
  beijingSummit2012: {
    title: 'Beijing summit: Afghanistan observer, Turkey dialogue partner',
    author: 'Zee News',
    date: 'June 2012',
    address: 'zeenews.india.com',
    usedFor: 'Changes of 2012',
  },
  ufaSummit2015: {
    title: 'Ufa summit: India and Pakistan accession begins',
    author: 'Global Times',
    date: 'July 2015',
    address: 'globaltimes.cn/content/988810.shtml',
    usedFor: 'Changes of 2015',
  },
  astanaSummit2017: {
    title: 'India and Pakistan become full SCO members',
    author: 'ECNS',
    date: '10 June 2017',
    address: 'ecns.cn/2017/06-10/260947.shtml',
    usedFor: 'Eight members from 9 June 2017',
  },
  dialoguePartners2021: {
    title: 'New SCO dialogue partners',
    author: 'TASS',
    date: 'n.d.',
    address: 'tass.com/world/1508467',
    usedFor: 'Dialogue partners added 2021–2023',
  },
  iranMember2023: {
    title: 'Iran becomes full SCO member',
    author: 'Sputnik',
    date: 'July 2023',
    address: 'sputnikglobe.com',
    usedFor: 'Iran a member from 4 July 2023',
  },
  belarusMember2024: {
    title: 'Belarus becomes full SCO member',
    author: 'Head Post',
    date: 'July 2024',
    address: 'head-post.com',
    usedFor: 'Belarus a member from 4 July 2024',
  },
  tianjinSummit2025: {
    title: 'Tianjin summit merges observers and dialogue partners into "SCO partners"',
    author: 'TASS',
    date: 'September 2025',
    address: 'tass.com/world/2010381',
    usedFor: 'Ten members and seventeen partners from 1 September 2025',
  },
  unVote2025: {
    title: 'UNGA adopts UN–SCO cooperation resolution',
    author: 'Greater Kashmir',
    date: 'September 2025',
    address: 'greaterkashmir.com',
    usedFor: 'Vote of 5 September 2025: 120–27–28, the US against',
  },
} as const satisfies Record<string, Source>

export type SourceId = keyof typeof sources
