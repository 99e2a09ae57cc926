import type { SourceId } from './sources'

/**
 * Who belonged to the SCO, and in what capacity, at five moments: the founding, the essay's summit
 * (June 2011) and three dates after it. Everything here comes from the essay or from
 * the course's fact sheet, and each record names its source.
 */

/** The states that appear in any snapshot, keyed by zero-padded ISO 3166-1 numeric code (as Natural Earth keys its shapes). */
export const stateNames = {
  '156': 'China',
  '643': 'Russia',
  '398': 'Kazakhstan',
  '417': 'Kyrgyzstan',
  '762': 'Tajikistan',
  '860': 'Uzbekistan',
  '356': 'India',
  '364': 'Iran',
  '496': 'Mongolia',
  '586': 'Pakistan',
  '112': 'Belarus',
  '144': 'Sri Lanka',
  '004': 'Afghanistan',
  '792': 'Turkey',
  '051': 'Armenia',
  '031': 'Azerbaijan',
  '116': 'Cambodia',
  '524': 'Nepal',
  '818': 'Egypt',
  '634': 'Qatar',
  '682': 'Saudi Arabia',
  '414': 'Kuwait',
  '784': 'United Arab Emirates',
  '462': 'Maldives',
  '104': 'Myanmar',
  '048': 'Bahrain',
  '418': 'Laos',
} as const

export type IsoCode = keyof typeof stateNames

export type Status = 'member' | 'observer' | 'dialoguePartner' | 'partner' | 'guest'

export interface StatusInfo {
  /** For legends and headings: "Observers". */
  readonly plural: string
  /** For sentences: "an observer". */
  readonly singular: string
  /** Whether the SCO itself has such a category. */
  readonly official: boolean
  readonly note?: string
}

/** Listed in the order a legend shows them: closest to the organization first. */
export const statuses: Readonly<Record<Status, StatusInfo>> = {
  member: { plural: 'Member states', singular: 'member state', official: true },
  observer: { plural: 'Observers', singular: 'observer', official: true },
  dialoguePartner: { plural: 'Dialogue partners', singular: 'dialogue partner', official: true },
  partner: {
    plural: 'SCO partners',
    singular: 'SCO partner',
    official: true,
    note: 'On 1 September 2025 the observer and dialogue-partner categories were merged into one “SCO partner” status.',
  },
  guest: {
    plural: 'Guests the essay names',
    singular: 'guest',
    official: false,
    note: 'The essay speaks of “guest members”, but that is not an SCO category: Afghanistan’s president, the CIS and ASEAN attended the 2011 summit as guests of the host (“Claims checked”, claim 6).',
  },
}

export const statusOrder = Object.keys(statuses) as Status[]

/** "Guests the essay names (not an official SCO category)": the heading a legend or table uses for a status. */
export function statusHeading(status: Status): string {
  const info = statuses[status]
  return info.official
    ? info.plural
    : `${info.plural} (not an official SCO category)`
}

export interface StateEntry {
  readonly code: IsoCode
  readonly status: Status
  /** When the state took up this status, as precisely as the source gives it; null when no source the deck cites says. */
  readonly since: string | null
  readonly source: SourceId
  /** What the status alone does not say: "observer from June 2012". */
  readonly note?: string
}

/** An organization with no shape of its own: shown beside the map, not on it. */
export interface OrganizationEntry {
  readonly abbreviation: string
  readonly name: string
  readonly status: Status
  readonly source: SourceId
}

/**
 * What a snapshot's source says the counts are, stated apart from the lists so that a test can hold
 * the lists to it.
 */
export interface ExpectedCounts {
  readonly states: Readonly<Partial<Record<Status, number>>>
  readonly organizations: number
  /** Where in the fact sheet the counts come from. */
  readonly citation: string
}

export type SnapshotId = '2001' | '2011' | '2017' | '2024' | '2025'

export interface Snapshot {
  readonly id: SnapshotId
  /** Short, for a timeline: "June 2011". */
  readonly label: string
  /** The occasion: "Astana \"Jubilee\" summit, 14–15 June 2011". */
  readonly occasion: string
  readonly states: readonly StateEntry[]
  readonly organizations: readonly OrganizationEntry[]
  readonly expected: ExpectedCounts
  readonly sources: readonly SourceId[]
  /** Anything a reader should know that the lists do not show. */
  readonly note?: string
}

/** A status taken up at one time, as one source says: `entry` and `entries` give it to the states that took it. */
type Standing = Omit<StateEntry, 'code'>

function entry(code: IsoCode, standing: Standing): StateEntry {
  return { code, ...standing }
}

function entries(codes: readonly IsoCode[], standing: Standing): StateEntry[] {
  return codes.map(code => entry(code, standing))
}

const founding: Standing = { status: 'member', since: '15 June 2001', source: 'chinaOrgFounding' }
const dialoguePartnerSince2009: Standing = { status: 'dialoguePartner', since: 'June 2009', source: 'sriLankaDialoguePartner' }
/** Observers the fact sheet confirms for 2011 without giving the year they became observers. */
const observerOf2011: Standing = { status: 'observer', since: null, source: 'astanaDeclaration' }
const memberSince2017: Standing = { status: 'member', since: '9 June 2017', source: 'astanaSummit2017' }

const founders = entries([
  '156',
  '643',
  '398',
  '417',
  '762',
  '860',
], founding)
const dialoguePartnersSince2015 = entries(['051', '031', '116', '524'], { status: 'dialoguePartner', since: 'the 2015 Ufa summit', source: 'ufaSummit2015' })
const dialoguePartnersSince2021 = entries([
  '818',
  '634',
  '682',
  '414',
  '784',
  '462',
  '104',
  '048',
], { status: 'dialoguePartner', since: '2021–2023', source: 'dialoguePartners2021' })
const iranMember = entry('364', { status: 'member', since: '4 July 2023', source: 'iranMember2023' })
const belarusMember = entry('112', { status: 'member', since: '4 July 2024', source: 'belarusMember2024' })
const afghanistanObserver = entry('004', { status: 'observer', since: 'June 2012', source: 'beijingSummit2012' })
const turkeyDialoguePartner = entry('792', { status: 'dialoguePartner', since: 'June 2012', source: 'beijingSummit2012' })

/** In September 2025 every observer and dialogue partner became an "SCO partner"; the note keeps the earlier standing. */
function partnerOf2025(earlier: StateEntry): StateEntry {
  const since = earlier.since ?? 'a date our sources do not give'
  return {
    code: earlier.code,
    status: 'partner',
    since: '1 September 2025',
    source: 'tianjinSummit2025',
    note: `${statuses[earlier.status].singular} from ${since}`,
  }
}

const observers2024 = [
  afghanistanObserver,
  entry('496', observerOf2011),
]
const dialoguePartners2017 = [
  entry('144', dialoguePartnerSince2009),
  turkeyDialoguePartner,
  ...dialoguePartnersSince2015,
]
const dialoguePartners2024 = [
  ...dialoguePartners2017,
  ...dialoguePartnersSince2021,
]
const members2024 = [
  ...founders,
  ...entries(['356', '586'], memberSince2017),
  iranMember,
  belarusMember,
]

export const snapshots: Readonly<Record<SnapshotId, Snapshot>> = {
  2001: {
    id: '2001',
    label: 'June 2001',
    occasion: 'Founding in Shanghai, 15 June 2001',
    states: founders,
    organizations: [],
    expected: {
      states: { member: 6 },
      organizations: 0,
      citation: 'Fact sheet, claims 1 and 3: founded 15 June 2001 by China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan',
    },
    sources: ['chinaOrgFounding', 'hricFounding'],
    note: 'Uzbekistan, not one of the “Shanghai Five” of 1996, joined at the founding.',
  },
  2011: {
    id: '2011',
    label: 'June 2011',
    occasion: 'Astana “Jubilee” summit, 14–15 June 2011',
    states: [
      ...founders,
      ...entries(['356', '364', '496', '586'], observerOf2011),
      ...entries(['112', '144'], dialoguePartnerSince2009),
      {
        code: '004',
        status: 'guest',
        since: 'June 2011',
        source: 'russiaMidAfghanistan',
        note: 'its president attended, invited by the host',
      },
    ],
    organizations: [
      {
        abbreviation: 'CIS',
        name: 'Commonwealth of Independent States',
        status: 'guest',
        source: 'astanaDeclaration',
      },
      {
        abbreviation: 'ASEAN',
        name: 'Association of Southeast Asian Nations',
        status: 'guest',
        source: 'astanaDeclaration',
      },
    ],
    expected: {
      states: {
        member: 6,
        observer: 4,
        dialoguePartner: 2,
        guest: 1,
      },
      organizations: 2,
      citation: 'Fact sheet, claims 3–6: six members, four observers (India, Iran, Mongolia, Pakistan), two dialogue partners (Belarus, Sri Lanka); the essay’s three “guest members” are Afghanistan, the CIS and ASEAN',
    },
    sources: [
      'essay',
      'astanaDeclaration',
      'sriLankaDialoguePartner',
      'russiaMidAfghanistan',
    ],
    note: 'Guests at the 2011 summit also included Turkmenistan, the UN, EurAsEC and the CSTO; the essay names only three.',
  },
  2017: {
    id: '2017',
    label: 'June 2017',
    occasion: 'Astana summit, 9 June 2017',
    states: [
      ...founders,
      ...entries(['356', '586'], memberSince2017),
      afghanistanObserver,
      entry('112', { status: 'observer', since: 'the 2015 Ufa summit', source: 'ufaSummit2015' }),
      ...entries(['364', '496'], observerOf2011),
      ...dialoguePartners2017,
    ],
    organizations: [],
    expected: {
      states: { member: 8, observer: 4, dialoguePartner: 6 },
      organizations: 0,
      citation: 'Fact sheet, “after the essay”, rows 2012, 2015 and 2017: eight members; observers Afghanistan, Belarus, Iran, Mongolia; dialogue partners Sri Lanka, Turkey, Armenia, Azerbaijan, Cambodia, Nepal',
    },
    sources: [
      'astanaSummit2017',
      'beijingSummit2012',
      'ufaSummit2015',
      'sriLankaDialoguePartner',
    ],
  },
  2024: {
    id: '2024',
    label: 'July 2024',
    occasion: 'Astana summit, 4 July 2024',
    states: [
      ...members2024,
      ...observers2024,
      ...dialoguePartners2024,
    ],
    organizations: [],
    expected: {
      states: { member: 10, observer: 2, dialoguePartner: 14 },
      organizations: 0,
      citation: 'Fact sheet, “after the essay”, rows 2021–2023, 2023 and 2024: ten members; observers Afghanistan and Mongolia; fourteen dialogue partners',
    },
    sources: [
      'belarusMember2024',
      'iranMember2023',
      'dialoguePartners2021',
      'astanaSummit2017',
      'beijingSummit2012',
      'ufaSummit2015',
    ],
    note: 'Sources differ on the dates of the 2021–2023 dialogue partnerships.',
  },
  2025: {
    id: '2025',
    label: 'Sept. 2025',
    occasion: 'Tianjin summit, 1 September 2025',
    states: [
      ...members2024,
      ...[
        ...observers2024,
        ...dialoguePartners2024,
      ].map(partnerOf2025),
      {
        code: '418',
        status: 'partner',
        since: '1 September 2025',
        source: 'tianjinSummit2025',
      },
    ],
    organizations: [],
    expected: {
      states: { member: 10, partner: 17 },
      organizations: 0,
      citation: 'Fact sheet, “after the essay”, row 2025 (Tianjin): 10 members, 17 partners',
    },
    sources: ['tianjinSummit2025', 'belarusMember2024', 'iranMember2023'],
    note: statuses.partner.note,
  },
}

/** The snapshots a stepped map walks through, one click each. */
export const timeline: readonly SnapshotId[] = ['2001', '2011', '2017', '2025']

/** How many states hold each status in a snapshot; statuses it does not use are absent. */
export function countByStatus(snapshot: { readonly states: readonly { readonly status: Status }[] }): Partial<Record<Status, number>> {
  const counts: Partial<Record<Status, number>> = {}
  for (const entry of snapshot.states)
    counts[entry.status] = (counts[entry.status] ?? 0) + 1
  return counts
}

/** The statuses present in a snapshot, states or organizations, in legend order. */
export function statusesIn(snapshot: Pick<Snapshot, 'states' | 'organizations'>): Status[] {
  const present = new Set([
    ...snapshot.states,
    ...snapshot.organizations,
  ].map(entry => entry.status))
  return statusOrder.filter(status => present.has(status))
}

/** The states holding `status`, in the order the snapshot lists them. */
export function statesWith(snapshot: Pick<Snapshot, 'states'>, status: Status): StateEntry[] {
  return snapshot.states.filter(entry => entry.status === status)
}

export function stateName(code: string): string {
  return (stateNames as Record<string, string>)[code] ?? `unknown state ${code}`
}

/** "member state since 15 June 2001", "observer (start date not in our sources)". */
export function describeStanding(entry: StateEntry): string {
  const { singular, official } = statuses[entry.status]
  // A guest is invited to one summit: it has no standing that lasts "since" then.
  const standing = entry.since === null
    ? `${singular} (start date not in our sources)`
    : `${singular} ${official ? 'since' : 'at the summit of'} ${entry.since}`
  return entry.note
    ? `${standing}; ${entry.note}`
    : standing
}

/** A snapshot as plain sentences, one per status: for notes and screen readers. */
export function describeSnapshot(snapshot: Snapshot): string {
  return statusesIn(snapshot).map((status) => {
    const names = [
      ...statesWith(snapshot, status).map(entry => stateName(entry.code)),
      ...snapshot.organizations.filter(entry => entry.status === status).map(entry => entry.abbreviation),
    ]
    return `${statusHeading(status)} (${names.length}): ${names.join(', ')}.`
  }).join(' ')
}

/** The shape of a snapshot that `membershipProblems` checks: loose enough to hold a bad record. */
export interface CheckableSnapshot {
  readonly id: string
  readonly states: readonly { readonly code: string, readonly status: Status }[]
  readonly organizations: readonly unknown[]
  readonly expected: ExpectedCounts
}

/**
 * Every problem in the membership records, each naming the snapshot and the record: a code with no
 * shape on the map, a state listed twice in one snapshot, counts that differ from the source's.
 */
export function membershipProblems(
  records: Readonly<Record<string, CheckableSnapshot>>,
  shapeIds: ReadonlySet<string>,
): string[] {
  const problems: string[] = []
  for (const snapshot of Object.values(records)) {
    const seen = new Map<string, Status>()
    for (const { code, status } of snapshot.states) {
      const label = `${snapshot.id}: ${code} (${stateName(code)})`
      if (!shapeIds.has(code))
        problems.push(`${label} has no shape on the map`)
      const earlier = seen.get(code)
      if (earlier)
        problems.push(`${label} is listed twice: as ${earlier} and as ${status}`)
      seen.set(code, status)
    }
    const counts = countByStatus(snapshot)
    for (const status of statusOrder) {
      const actual = counts[status] ?? 0
      const expected = snapshot.expected.states[status] ?? 0
      if (actual !== expected)
        problems.push(`${snapshot.id}: ${actual} ${statuses[status].plural.toLowerCase()} listed, but the source gives ${expected} (${snapshot.expected.citation})`)
    }
    if (snapshot.organizations.length !== snapshot.expected.organizations)
      problems.push(`${snapshot.id}: ${snapshot.organizations.length} organizations listed, but the source gives ${snapshot.expected.organizations} (${snapshot.expected.citation})`)
  }
  return problems
}
