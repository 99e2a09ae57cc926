/**
 * The editors' check of the deck against the course's source texts, as pure functions of their text:
 * every quotation word for word in its paragraph of the essay and attributed as the essay attributes
 * it; every checked claim with the status and the addresses the fact sheet gives it; no detail printed
 * that the fact sheet says not to print; the texts around the essay at the addresses the sheet gives;
 * the other voices' quotations word for word as the sheet quotes them, from the source it cites; every
 * source the sheet's standpoints name with the kind of voice it gives. `scripts/check-sources.ts` reads
 * the files and runs this; each problem is one sentence naming the quotation, the claim, the source
 * or the file.
 */
import type { CheckedClaim } from '../data/claims.ts'
import type { Quotation, Speaker } from '../data/essay.ts'
import type { Source, Voice } from '../data/sources.ts'
import type { Verification } from '../data/types.ts'
import type { VoiceQuotation } from '../data/voices.ts'
import { verifications } from '../data/types.ts'
import { sentence } from '../lib/format.ts'

export interface SourceTexts {
  /** essay.txt */
  readonly essay: string
  /** fact-check.md */
  readonly factSheet: string
}

/** What the deck says, as the check needs it. */
export interface DeckRecords {
  /** The essay's title, as printed (twice) above it. */
  readonly essayTitle: string
  /** How many paragraphs data/essay.ts numbers. */
  readonly paragraphCount: number
  readonly quotations: Readonly<Record<string, Quotation>>
  readonly speakers: Readonly<Record<string, Speaker>>
  readonly claims: readonly CheckedClaim[]
  readonly sources: Readonly<Record<string, Source>>
  /** The other voices' quotations (data/voices.ts). */
  readonly voiceQuotations: Readonly<Record<string, VoiceQuotation>>
  /** The deck's text files, by name, for the details the fact sheet says not to print. */
  readonly files: readonly { readonly name: string, readonly text: string }[]
}

/** Quotation marks and apostrophes, curly or straight, count as the same; so does any run of spaces. */
export function normalize(text: string): string {
  return text
    .replace(/[“”„″]/g, '"')
    .replace(/[‘’′]/g, '\'')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * The essay's numbered paragraphs, ¶1 first: its blank-line-separated blocks, without the title
 * (printed twice) and the standfirst that follows it.
 */
export function numberedParagraphs(essay: string, title: string): string[] {
  const blocks = essay.split(/\n\s*\n/).map(normalize).filter(block => block !== '')
  const body = blocks.filter(block => block !== normalize(title))
  return body.slice(1)
}

/** Whether position `index` of `text` lies between an opening and a closing quotation mark. */
function insideQuotationMarks(text: string, index: number): boolean {
  const marks = text.slice(0, index).split('"').length - 1
  return marks % 2 === 1
}

/** The sentence of `text` around `index`; "Ms. Boland" and "U.S." do not end one. */
export function sentenceAround(text: string, index: number): string {
  const ends = [
    ...text.matchAll(/(?<!\b(?:Ms|Mr|Mrs|Dr|St))[.!?]"?\s+(?=["A-Z])/g),
  ]
    .map(match => match.index + match[0].length)
  const start = ends.filter(end => end <= index).at(-1) ?? 0
  const end = ends.find(end => end > index) ?? text.length
  return text.slice(start, end).trim()
}

/** Everything wrong with the quotations, one sentence each, naming the quotation and its paragraph. */
export function quotationProblems(essay: string, deck: Pick<DeckRecords, 'essayTitle' | 'paragraphCount' | 'quotations' | 'speakers'>): string[] {
  const paragraphs = numberedParagraphs(essay, deck.essayTitle)
  const problems: string[] = []
  if (paragraphs.length !== deck.paragraphCount)
    problems.push(`The essay has ${paragraphs.length} numbered paragraphs, but data/essay.ts numbers ${deck.paragraphCount}: the essay is incomplete or the numbering has changed`)
  for (const [id, quotation] of Object.entries(deck.quotations)) {
    const name = `Quotation "${id}" (“${quotation.text}”, ¶${quotation.paragraph})`
    const wanted = normalize(quotation.text)
    const paragraph = paragraphs[quotation.paragraph - 1]
    const index = paragraph?.indexOf(wanted) ?? -1
    if (paragraph === undefined || index < 0) {
      const elsewhere = paragraphs.findIndex(other => other.includes(wanted))
      if (elsewhere >= 0)
        problems.push(`${name}: is in ¶${elsewhere + 1} of the essay, not ¶${quotation.paragraph}`)
      else if (paragraph === undefined)
        problems.push(`${name}: the essay has no ¶${quotation.paragraph} (only ${paragraphs.length} paragraphs), and these words are nowhere in it: is the essay complete?`)
      else
        problems.push(`${name}: not word for word in ¶${quotation.paragraph} of the essay, nor anywhere else in it`)
      continue
    }
    const speaker = deck.speakers[quotation.speaker]
    if (!speaker) {
      problems.push(`${name}: unknown speaker "${quotation.speaker}"`)
      continue
    }
    const quoted = insideQuotationMarks(paragraph, index)
    const sentence = sentenceAround(paragraph, index)
    if (speaker.attributedBy !== undefined) {
      if (!quoted)
        problems.push(`${name}: attributed to ${speaker.name}, but the essay does not put these words in quotation marks: they are the essay's own`)
      else if (!sentence.includes(speaker.attributedBy))
        problems.push(`${name}: attributed to ${speaker.name}, but the essay's sentence does not attribute them so (no "${speaker.attributedBy}" in it)`)
    }
    else if (quoted) {
      const other = Object.values(deck.speakers).find(candidate => candidate.attributedBy !== undefined && sentence.includes(candidate.attributedBy))
      if (other)
        problems.push(`${name}: attributed to ${speaker.name}, but the essay gives these words to ${other.name}`)
    }
  }
  return problems
}

export interface SheetRow {
  readonly number: number
  readonly status: string
  readonly says: string
  readonly source: string
}

/** The heading of the fact sheet's claims table. */
const claimsSection = 'The essay\'s claims, checked'

/** The rows of the fact sheet's table under "The essay's claims, checked". */
export function sheetRows(factSheet: string): SheetRow[] {
  const section = factSheet.split(/^## /m).find(part => part.startsWith(claimsSection))
  if (!section)
    throw new Error(`fact-check.md has no section "${claimsSection}"`)
  return section
    .split('\n')
    .filter(line => /^\|\s*\d+\s*\|/.test(line))
    .map((line) => {
      const cells = line.split('|').slice(1, -1).map(cell => cell.trim())
      const [number, , status, says, source] = cells
      if (cells.length !== 5 || !number || !status || says === undefined || source === undefined)
        throw new Error(`fact-check.md: a claims row without five cells: ${line}`)
      return {
        number: Number(number),
        status,
        says,
        source,
      }
    })
}

/** The sheet words some statuses more finely ("unverified detail"): the status it starts with. */
export function verificationOf(row: SheetRow): Verification | undefined {
  return verifications.find(status => row.status.toLowerCase().startsWith(status))
}

/** The addresses a row cites; "as 2" stands for row 2's, "—" for none. */
export function citedAddresses(row: SheetRow, rows: readonly SheetRow[], seen: readonly number[] = []): string[] {
  if (row.source === '—' || seen.includes(row.number))
    return []
  return row.source.split(';').map(part => part.trim()).flatMap((part) => {
    const reference = part.match(/\bas (\d+)\b/)
    if (!reference)
      return [part]
    const target = rows.find(other => other.number === Number(reference[1]))
    return target
      ? citedAddresses(target, rows, [...seen, row.number])
      : []
  })
}

/** Claims that drift from the fact sheet: missing or extra rows, another status, a missing address. */
export function claimProblems(factSheet: string, deck: Pick<DeckRecords, 'claims' | 'sources'>): string[] {
  const rows = sheetRows(factSheet)
  const problems: string[] = []
  if (rows.length === 0)
    problems.push('fact-check.md: the claims table has no rows')
  for (const row of rows) {
    const claim = deck.claims.find(candidate => candidate.number === row.number)
    if (!claim) {
      problems.push(`Claim ${row.number}: in the fact sheet, but not in data/claims.ts`)
      continue
    }
    const name = `Claim ${row.number} (${claim.label})`
    const status = verificationOf(row)
    if (!status)
      problems.push(`${name}: the fact sheet gives an unknown status "${row.status}"`)
    else if (claim.status !== status)
      problems.push(`${name}: data/claims.ts says "${claim.status}", the fact sheet "${row.status}"`)
    const addresses = claim.sources.map(id => deck.sources[id]?.address).filter((address): address is string => Boolean(address))
    const cited = citedAddresses(row, rows)
    for (const address of cited) {
      if (!addresses.some(known => address.startsWith(known)))
        problems.push(`${name}: cites no source at ${address}, which the fact sheet gives`)
    }
    if (cited.length === 0 && claim.sources.length > 0)
      problems.push(`${name}: the fact sheet found no source, but data/claims.ts cites ${claim.sources.join(', ')}`)
  }
  for (const claim of deck.claims) {
    if (!rows.some(row => row.number === claim.number))
      problems.push(`Claim ${claim.number} (${claim.label}): in data/claims.ts, but not in the fact sheet`)
  }
  return problems
}

/** Numbers like "59/48" in a fact-sheet row that says "do not print": none may appear in the deck. */
export function withheldProblems(factSheet: string, files: DeckRecords['files']): string[] {
  const withheld = sheetRows(factSheet).flatMap(row => /do not print/i.test(row.says)
    ? (row.says.match(/\b\d+\/\d+\b/g) ?? []).map(detail => ({ row: row.number, detail }))
    : [])
  return withheld.flatMap(({ row, detail }) => files
    .filter(file => file.text.includes(detail))
    .map(file => `${file.name}: prints ${detail}, which the fact sheet (claim ${row}) says not to print`))
}

/** Every "at least N", "over N" or "more than N" in a claim must be the essay's own wording. */
export function qualifierProblems(essay: string, claims: readonly CheckedClaim[]): string[] {
  const essayWords = essay.replace(/(\d),(\d)/g, '$1$2').toLowerCase()
  return claims.flatMap(claim => [
    ...sentence(claim.claim).matchAll(/\b(at least|over|more than) ([\d,]+)/gi),
  ]
    .filter(([, qualifier, number]) => !essayWords.includes(`${qualifier!.toLowerCase()} ${number!.replace(/,/g, '')}`))
    .map(([phrase]) => `Claim ${claim.number} (${claim.label}): "${phrase}" is not how the essay words it`))
}

/** How many words in a row, outside quotation marks, count as copying the essay. */
export const copiedRun = 10

function words(text: string): string[] {
  return normalize(text).toLowerCase().replace(/[^a-z0-9' -]+/g, ' ').split(/\s+/).filter(Boolean)
}

/**
 * Runs of `copiedRun` words that a file shares with the essay outside quotation marks and the titles
 * of works: the deck is in our own words, and quotes only in short, attributed quotations
 * (data/essay.ts, which is left out).
 */
export function copiedProblems(essay: string, files: DeckRecords['files'], titles: readonly string[] = []): string[] {
  const essayWords = words(essay)
  const runs = new Set<string>()
  for (let start = 0; start + copiedRun <= essayWords.length; start++)
    runs.add(essayWords.slice(start, start + copiedRun).join(' '))
  return files.filter(file => !file.name.endsWith('essay.ts')).flatMap((file) => {
    const withoutTitles = titles.reduce((text, title) => text.split(normalize(title)).join(' … '), normalize(file.text))
    const own = words(withoutTitles.replace(/"[^"]*"/g, ' … '))
    for (let start = 0; start + copiedRun <= own.length; start++) {
      const run = own.slice(start, start + copiedRun).join(' ')
      if (runs.has(run))
        return [`${file.name}: copies ${copiedRun} words in a row from the essay outside quotation marks: "${run}"`]
    }
    return []
  })
}

/** A table of the fact sheet: the section it stands under, and each row's cells by their column's heading. */
export interface SheetTable {
  readonly section: string
  readonly rows: readonly Readonly<Record<string, string>>[]
}

function cellsOf(line: string): string[] {
  return line.split('|').slice(1, -1).map(cell => cell.trim())
}

/** Every table of the fact sheet, in order: a run of lines starting with "|", the first its headings. */
export function sheetTables(factSheet: string): SheetTable[] {
  return factSheet.split(/^## /m).slice(1).flatMap((part) => {
    const [heading = '', ...lines] = part.split('\n')
    const tables: SheetTable[] = []
    let run: string[] = []
    for (const line of [...lines, '']) {
      if (line.trim().startsWith('|')) {
        run.push(line.trim())
        continue
      }
      if (run.length > 0) {
        const [headings = '', ...body] = run
        const names = cellsOf(headings)
        tables.push({
          section: heading.trim(),
          rows: body
            .filter(row => !/^\|[\s:|-]+\|$/.test(row))
            .map(row => Object.fromEntries(cellsOf(row).map((cell, index) => [names[index] ?? `${index + 1}`, cell]))),
        })
        run = []
      }
    }
    return tables
  })
}

/** The first table under the section whose heading starts with `heading`. */
export function sheetTable(factSheet: string, heading: string): SheetTable | undefined {
  return sheetTables(factSheet).find(table => table.section.startsWith(heading))
}

/** The addresses a Source cell gives, in order, split at ";" (not inside brackets); "—" or nothing for none. */
export function rowAddresses(source: string | undefined): string[] {
  return (source ?? '').split(/;(?![^(]*\))/).map(part => part.trim()).filter(part => part !== '' && part !== '—')
}

export const textsSection = 'The texts around the essay'

/**
 * Every text around the essay (the essay itself, Boland's op-ed and paper) can be read where the fact
 * sheet says: the first address its row gives is the address of a record in data/sources.ts.
 */
export function textsAroundProblems(factSheet: string, sources: DeckRecords['sources']): string[] {
  const table = sheetTable(factSheet, textsSection)
  if (!table)
    return [`fact-check.md has no table under "${textsSection}"`]
  const addresses = new Set(Object.values(sources).map(source => source.address))
  return table.rows.flatMap((row) => {
    const what = row.What || 'A row with no "What"'
    const first = rowAddresses(row.Source)[0]
    if (first === undefined)
      return [`${what}: the fact sheet gives no address to read it at`]
    return addresses.has(first)
      ? []
      : [`${what}: data/sources.ts cites no source at ${first}`]
  })
}

/** Whether `wanted` is in `text` as whole words: "would not be" is in "it would not be", not in "it would not bend". */
function hasWords(text: string, wanted: string): boolean {
  const escaped = wanted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text)
}

/** The stretches of `text` between a pair of quotation marks, normalized. */
function quotedSpans(text: string): string[] {
  return [
    ...normalize(text).matchAll(/"([^"]*)"/g),
  ].map(match => match[1]!)
}

/**
 * Every other voice's quotation (data/voices.ts) is words the fact sheet itself quotes: word for word
 * inside one pair of quotation marks in a row of one of its tables (the SCO's and members' own case,
 * Boland's rows, claim 21's, the FIDH row), and that row cites the quotation's source (its address
 * starts with the record's). Outside quotation marks the sheet paraphrases, so a match there fails.
 */
export function voiceQuotationProblems(factSheet: string, deck: Pick<DeckRecords, 'voiceQuotations' | 'sources'>): string[] {
  const claimRows = sheetTable(factSheet, claimsSection)
    ? sheetRows(factSheet)
    : []
  const rows = sheetTables(factSheet).flatMap(table => table.rows.map((row) => {
    const claim = table.section.startsWith(claimsSection)
      ? claimRows.find(candidate => candidate.number === Number(row['#']))
      : undefined
    return {
      cells: Object.values(row),
      addresses: claim
        ? citedAddresses(claim, claimRows)
        : rowAddresses(row.Source),
    }
  }))
  return Object.entries(deck.voiceQuotations).flatMap(([id, quotation]) => {
    const name = `Voice quotation "${id}" (“${quotation.text}”)`
    const wanted = normalize(quotation.text)
    const quoting = rows.filter(row => row.cells.some(cell => quotedSpans(cell).some(span => hasWords(span, wanted))))
    if (quoting.length === 0) {
      return [
        hasWords(normalize(factSheet), wanted)
          ? `${name}: in the fact sheet, but not inside quotation marks in a row of its tables: the sheet does not give these as anyone's words`
          : `${name}: not word for word in the fact sheet`,
      ]
    }
    const source = deck.sources[quotation.source]
    if (!source)
      return [`${name}: unknown source "${quotation.source}"`]
    const address = source.address
    if (address === undefined)
      return [`${name}: its source "${quotation.source}" has no address to match the fact sheet's`]
    if (quoting.some(row => row.addresses.some(cited => cited.startsWith(address))))
      return []
    return [`${name}: its source "${quotation.source}" (${address}) is not one the fact sheet cites for these words (${quoting.flatMap(row => row.addresses).join(' ; ') || 'none'})`]
  })
}

/**
 * How the fact sheet's "Standpoints:" words each kind of voice it names (data's `voices`), one pattern
 * a kind. A wording is a noun phrase ending in the kind (any describing words before it, "(…)" after
 * it), or, for the governments, the whole phrase; a clause worded otherwise is a problem, not a guess.
 */
export const standpointWordings: Readonly<Partial<Record<Voice, string>>> = {
  'advocacy group': 'advocacy groups?',
  'state-funded broadcaster': '\\S*government-funded broadcasters?',
  'news agency': 'news agenc(?:y|ies)',
  'media-development NGO': 'media-development NGOs?',
  'think tank': 'think tanks?',
  'the SCO or a government': 'speaks? for the SCO or (?:its )?member governments?',
}

/**
 * Other names of the sources the standpoints name, kept small: the full name of an abbreviation,
 * and the site it publishes at. A name with a dot and no space is a domain, matched against a
 * record's address; any other is matched as whole words in its author.
 */
export const sourceAliases: Readonly<Record<string, readonly string[]>> = {
  'HRIC': ['Human Rights in China', 'hrichina.org'],
  'FIDH': ['International Federation for Human Rights', 'fidh.org'],
  'World Uyghur Congress': ['uyghurcongress.org'],
  'Uyghur Canadian Society': ['uyghurcanadiansociety.org'],
  'RFE/RL': ['Radio Free Europe', 'rferl.org'],
  'RFA': ['Radio Free Asia', 'rfa.org'],
  'AP': ['Associated Press'],
  'AFP': ['Agence France-Presse'],
  'IWPR': ['Institute for War & Peace Reporting', 'iwpr.net'],
  'Brookings': ['brookings.edu'],
}

export interface Standpoint {
  /** The clause as the sheet words it. */
  readonly clause: string
  /** The sources it names, as the sheet names them ("RFE/RL", "sectsco.org"). */
  readonly names: readonly string[]
  /** What the sheet says they are ("are U.S.-government-funded broadcasters"). */
  readonly wording: string
  /** The kind of voice that wording means, if `standpointWordings` knows it. */
  readonly voice?: Voice
}

const modifier = '(?!(?:and|or|nor|not|no|but|neither)\\b)[\\w./\'-]+'

function voiceOf(predicate: string): Voice | undefined {
  const phrase = predicate.replace(/\s*\([^)]*\)$/, '').replace(/^(?:is|are)\s+/, '')
  const known = (Object.entries(standpointWordings) as [Voice, string][])
    .filter(([, wording]) => predicate.startsWith('speak')
      ? new RegExp(`^${wording}$`, 'i').test(phrase)
      : new RegExp(`^(?:an? )?(?:${modifier} )*${wording}$`, 'i').test(phrase))
    .map(([voice]) => voice)
  return known.length === 1
    ? known[0]
    : undefined
}

/**
 * The fact sheet's "Standpoints:" paragraph as clauses: each sentence split at ";", each clause
 * "NAMES is/are WHAT" or "NAMES speak for WHOM", the names split at "," and "and". A clause with no
 * such verb ("A lesson that labels …") is a comment, not a standpoint. Undefined with no paragraph.
 */
export function standpoints(factSheet: string): Standpoint[] | undefined {
  const paragraph = factSheet.split(/\n\s*\n/).map(normalize).find(block => block.startsWith('Standpoints:'))
  if (paragraph === undefined)
    return undefined
  return paragraph
    .slice('Standpoints:'.length)
    .split(/(?<!\b(?:[A-Z]\.){2,})(?<=\.)\s+(?=[A-Z])|;/)
    .map(clause => clause.trim().replace(/\.$/, ''))
    .flatMap((clause) => {
      const verb = clause.match(/ (?:is|are|speaks? for) /)
      if (verb?.index === undefined)
        return []
      const names = clause.slice(0, verb.index)
      const wording = clause.slice(verb.index + 1)
      const voice = voiceOf(wording)
      return [
        {
          clause,
          names: names.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map(name => name.replace(/^the\s+/i, '')).filter(Boolean),
          wording,
          ...(voice && { voice }),
        },
      ]
    })
}

function domainOf(address: string): string {
  return address.split(/[/\s]/)[0]!.toLowerCase()
}

/** Whether a record is the source the sheet names: by a full name or abbreviation in its author, or by its site. */
function isNamed(source: Source, name: string): boolean {
  return [
    name,
    ...(sourceAliases[name] ?? []),
  ].some((alias) => {
    if (/^[\w-]+(?:\.[\w-]+)+$/.test(alias)) {
      const domain = domainOf(source.address ?? '')
      return domain === alias.toLowerCase() || domain.endsWith(`.${alias.toLowerCase()}`)
    }
    return hasWords(source.author, alias)
  })
}

/**
 * Every source the fact sheet's standpoints name says in data/sources.ts the kind of voice the sheet
 * gives it; a standpoint worded in a way `standpointWordings` does not know is a problem itself.
 */
export function standpointProblems(factSheet: string, sources: DeckRecords['sources']): string[] {
  const clauses = standpoints(factSheet)
  if (!clauses)
    return ['fact-check.md has no "Standpoints:" paragraph']
  return clauses.flatMap(({ clause, names, wording, voice }) => {
    if (!voice)
      return [`fact-check.md, Standpoints: "${clause}": the check does not know what kind of voice "${wording}" is; add the wording to standpointWordings in scripts/source-check.ts`]
    return names.flatMap(name => Object.entries(sources)
      .filter(([, source]) => isNamed(source, name))
      .filter(([, source]) => source.voice !== voice)
      .map(([id, source]) => `Source "${id}" (${source.author}): data/sources.ts says "${source.voice}", the fact sheet's standpoints "${voice}" (${name}: "${clause}")`))
  })
}

/** Every problem the check finds; empty when the deck agrees with its sources. */
export function checkSources(texts: SourceTexts, deck: DeckRecords): string[] {
  return [
    ...quotationProblems(texts.essay, deck),
    ...claimProblems(texts.factSheet, deck),
    ...qualifierProblems(texts.essay, deck.claims),
    ...withheldProblems(texts.factSheet, deck.files),
    ...copiedProblems(texts.essay, deck.files, Object.values(deck.sources).map(source => source.title)),
    ...textsAroundProblems(texts.factSheet, deck.sources),
    ...voiceQuotationProblems(texts.factSheet, deck),
    ...standpointProblems(texts.factSheet, deck.sources),
  ]
}
