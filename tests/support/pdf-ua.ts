/**
 * PDF/UA-1's machine-checkable rules (ISO 14289-1, as the Matterhorn Protocol and veraPDF number them),
 * the ones our PDFs can break: the catalog and metadata, the structure tree's shape, alternative
 * text, heading levels, marked content, annotations, fonts, and what PDF/UA forbids outright.
 * `checkPdfUa` reads a PDF with pdf-lib (its objects) and pdf.js (what each page paints) and returns
 * every violation, each naming its rule, the file, the page and the element; it passes nothing over.
 */
import type { PDFObject } from 'pdf-lib'
import { decodePDFRawStream, PDFArray, PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFString } from 'pdf-lib'
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { numberTreeEntries } from '../../scripts/pdf-number-tree'

export interface PdfUaViolation {
  /** The rule, in words a reader of a test report understands, with its Matterhorn/veraPDF number. */
  readonly rule: string
  readonly file: string
  /** 1-based; undefined for the document as a whole. */
  readonly page?: number
  /** What breaks it: a structure element's role and path, an annotation, a font, an operator. */
  readonly element: string
}

export const pdfUaRules = {
  identifier: 'PDF/UA identifier pdfuaid:part 1 in the XMP (7.1-8)',
  title: 'dc:title in the XMP (7.1-10)',
  displayDocTitle: 'ViewerPreferences /DisplayDocTitle true (7.1-10)',
  language: 'a valid natural language /Lang in the catalog (7.2-34)',
  markInfo: 'MarkInfo /Marked true (7.1-11)',
  structTree: 'a structure tree (7.1-1)',
  tableChildren: 'a Table holds only TR, THead, TBody, TFoot and Caption (7.2-3)',
  rowChildren: 'a TR holds only TH and TD, inside a table (7.2-4)',
  cellParent: 'a TH or TD sits in a TR (7.2-5)',
  tableColumns: 'every row of a table spans the same number of columns (7.2-42)',
  headerScope: 'a TH has a Scope, or the table\'s cells name their Headers (7.5-1)',
  listChildren: 'an L holds only LI and Caption (7.2-17)',
  listItemChildren: 'an LI holds only Lbl and LBody (7.2-18)',
  figureAlt: 'a Figure has /Alt or /ActualText (7.3-1)',
  firstHeading: 'the first heading is H1 (7.4.2-1)',
  headingLevels: 'headings skip no level (7.4.2-1)',
  untaggedContent: 'text, paths and images are painted inside tagged marked content or an Artifact (7.1-3)',
  annotationContents: 'an annotation has a /Contents description (7.18.1-2)',
  linkStructure: 'a Link annotation sits in a Link structure element (7.18.5-1)',
  linkTarget: 'a link points to a public address, not loopback or file: (our rule)',
  tabOrder: 'a page with annotations has /Tabs /S (7.18.3-1)',
  fontEmbedded: 'every font is embedded (7.21.4.1-1)',
  toUnicode: 'every font maps its glyphs to Unicode with a usable ToUnicode (7.21.7-1)',
  encryption: 'no encryption that stops assistive technology (7.16-1)',
  embeddedFiles: 'no embedded files (our rule: PDF/UA-1 asks each to be described; we have none)',
  optionalContent: 'no optional content (our rule: hidden layers hide content from readers)',
} as const

const name = (value: string): PDFName => PDFName.of(value)

function text(object: PDFObject | undefined): string | undefined {
  if (object instanceof PDFString || object instanceof PDFHexString)
    return object.decodeText()
  return undefined
}

/** BCP 47 in the shape PDF/UA's checkers accept: a 2–3 letter language, then optional subtags. */
const languageTag = /^[a-z]{2,3}(?:-[a-z\d]{2,8})*$/i

/** The painting operators of pdf.js's operator list (a path's painting arrives as constructPath). */
const paintingOps = new Set([
  OPS.showText,
  OPS.showSpacedText,
  OPS.nextLineShowText,
  OPS.nextLineSetSpacingShowText,
  OPS.shadingFill,
  OPS.paintImageXObject,
  OPS.paintInlineImageXObject,
  OPS.paintImageMaskXObject,
  OPS.paintSolidColorImageMask,
  OPS.paintImageXObjectRepeat,
  OPS.paintInlineImageXObjectGroup,
  OPS.paintImageMaskXObjectGroup,
  OPS.paintImageMaskXObjectRepeat,
])
const pathPainting = new Set([
  OPS.stroke,
  OPS.closeStroke,
  OPS.fill,
  OPS.eoFill,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
])
const opNames = new Map(Object.entries(OPS).map(([key, value]) => [value as number, key]))

interface Element {
  readonly dict: PDFDict
  readonly role: string
  readonly path: string
  /** The 1-based page the element's first content sits on, when known. */
  readonly page?: number
}

/** Everything the checker walks, collected once. */
class Reader {
  readonly violations: PdfUaViolation[] = []
  readonly pageNumbers = new Map<string, number>()
  readonly document: PDFDocument
  readonly file: string
  constructor(document: PDFDocument, file: string) {
    this.document = document
    this.file = file
    document.getPages().forEach((page, index) => this.pageNumbers.set(page.ref.toString(), index + 1))
  }

  report(rule: string, element: string, page?: number): void {
    this.violations.push({ rule, file: this.file, page, element })
  }

  lookup(object: PDFObject | undefined): PDFObject | undefined {
    return object instanceof PDFRef
      ? this.document.context.lookup(object)
      : object
  }

  array(object: PDFObject | undefined): PDFObject[] {
    const resolved = this.lookup(object)
    if (resolved === undefined)
      return []
    return resolved instanceof PDFArray
      ? resolved.asArray().map(item => this.lookup(item)!).filter(item => item !== undefined)
      : [resolved]
  }

  /** The role of a structure element after the tree's RoleMap. */
  role(dict: PDFDict, roleMap: PDFDict | undefined): string {
    let role = (dict.get(name('S')) as PDFName | undefined)?.decodeText() ?? '?'
    for (let hops = 0; hops < 10; hops++) {
      const mapped = roleMap?.get(name(role))
      if (!(mapped instanceof PDFName))
        break
      role = mapped.decodeText()
    }
    return role
  }

  pageOf(dict: PDFDict): number | undefined {
    const page = dict.get(name('Pg'))
    if (page instanceof PDFRef)
      return this.pageNumbers.get(page.toString())
    for (const kid of this.array(dict.get(name('K')))) {
      if (kid instanceof PDFDict && !kid.has(name('S'))) {
        const kidPage = kid.get(name('Pg'))
        if (kidPage instanceof PDFRef)
          return this.pageNumbers.get(kidPage.toString())
      }
    }
    return undefined
  }
}

/** A structure element's attribute (e.g. /Scope of the /Table owner), from its /A. */
function attribute(reader: Reader, dict: PDFDict, key: string): PDFObject | undefined {
  for (const item of reader.array(dict.get(name('A')))) {
    if (item instanceof PDFDict && item.has(name(key)))
      return reader.lookup(item.get(name(key)))
  }
  return undefined
}

function span(reader: Reader, cell: PDFDict, key: 'ColSpan' | 'RowSpan'): number {
  const value = attribute(reader, cell, key)
  return value instanceof PDFNumber
    ? Math.max(1, value.asNumber())
    : 1
}

function checkCatalog(reader: Reader): void {
  const { document } = reader
  const catalog = document.catalog
  const metadata = reader.lookup(catalog.get(name('Metadata')))
  const xmp = metadata instanceof PDFRawStream
    ? new TextDecoder().decode(decodePDFRawStream(metadata).decode())
    : ''
  if (!/<pdfuaid:part>\s*1\s*<\/pdfuaid:part>|pdfuaid:part="1"/.test(xmp))
    reader.report(pdfUaRules.identifier, 'the catalog\'s /Metadata')
  if (!/<dc:title>[\s\S]*?<rdf:li[^>]*>\s*\S[\s\S]*?<\/rdf:li>[\s\S]*?<\/dc:title>/.test(xmp))
    reader.report(pdfUaRules.title, 'the catalog\'s /Metadata')
  const preferences = reader.lookup(catalog.get(name('ViewerPreferences')))
  if (!(preferences instanceof PDFDict) || preferences.get(name('DisplayDocTitle')) !== PDFBool.True)
    reader.report(pdfUaRules.displayDocTitle, 'the catalog\'s /ViewerPreferences')
  const language = text(reader.lookup(catalog.get(name('Lang'))))
  if (!language || !languageTag.test(language))
    reader.report(pdfUaRules.language, `the catalog's /Lang (${language ?? 'none'})`)
  const markInfo = reader.lookup(catalog.get(name('MarkInfo')))
  if (!(markInfo instanceof PDFDict) || markInfo.get(name('Marked')) !== PDFBool.True)
    reader.report(pdfUaRules.markInfo, 'the catalog\'s /MarkInfo')
  if (document.isEncrypted || document.context.trailerInfo.Encrypt)
    reader.report(pdfUaRules.encryption, 'the trailer\'s /Encrypt')
  const names = reader.lookup(catalog.get(name('Names')))
  if (names instanceof PDFDict && names.has(name('EmbeddedFiles')))
    reader.report(pdfUaRules.embeddedFiles, 'the catalog\'s /Names /EmbeddedFiles')
  if (catalog.has(name('OCProperties')))
    reader.report(pdfUaRules.optionalContent, 'the catalog\'s /OCProperties')
}

const tableChildren = new Set([
  'TR',
  'THead',
  'TBody',
  'TFoot',
  'Caption',
])
const tableSections = new Set(['THead', 'TBody', 'TFoot'])

function checkTable(reader: Reader, table: Element, rows: Element[]): void {
  // Columns each row covers, counting cells that span down from rows above.
  const widths: number[] = []
  const carried: number[] = [] // for each later row, the columns taken by row spans from above
  rows.forEach((row, index) => {
    let width = carried[index] ?? 0
    for (const cell of reader.array(row.dict.get(name('K')))) {
      if (!(cell instanceof PDFDict) || !cell.has(name('S')))
        continue
      const columns = span(reader, cell, 'ColSpan')
      width += columns
      const rowsDown = span(reader, cell, 'RowSpan')
      for (let below = 1; below < rowsDown; below++)
        carried[index + below] = (carried[index + below] ?? 0) + columns
    }
    widths.push(width)
  })
  if (new Set(widths).size > 1)
    reader.report(pdfUaRules.tableColumns, `${table.path} (columns by row: ${widths.join(', ')})`, table.page)
}

function checkStructure(reader: Reader): void {
  const root = reader.lookup(reader.document.catalog.get(name('StructTreeRoot')))
  if (!(root instanceof PDFDict)) {
    reader.report(pdfUaRules.structTree, 'the catalog\'s /StructTreeRoot')
    return
  }
  const roleMap = reader.lookup(root.get(name('RoleMap')))
  const headings: Element[] = []
  const seen = new Set<PDFDict>()

  const visit = (dict: PDFDict, parent: Element | undefined, index: number): void => {
    if (seen.has(dict))
      return
    seen.add(dict)
    const role = reader.role(dict, roleMap instanceof PDFDict
      ? roleMap
      : undefined)
    const element: Element = {
      dict,
      role,
      path: `${parent
        ? `${parent.path} > `
        : ''}${role}[${index}]`,
      page: reader.pageOf(dict) ?? parent?.page,
    }
    const kids = reader.array(dict.get(name('K')))
    const structKids = kids.filter((kid): kid is PDFDict => kid instanceof PDFDict && kid.has(name('S')))
    const contentKids = kids.filter(kid => !(kid instanceof PDFDict && kid.has(name('S'))))
    const kidRoles = structKids.map(kid => reader.role(kid, roleMap instanceof PDFDict
      ? roleMap
      : undefined))
    const strays = (allowed: Set<string>): string[] => [
      ...kidRoles.filter(kidRole => !allowed.has(kidRole)),
      ...contentKids.length
        ? [`${contentKids.length} piece(s) of content`]
        : [],
    ]

    if (role === 'Table') {
      const stray = strays(tableChildren)
      if (stray.length)
        reader.report(pdfUaRules.tableChildren, `${element.path} holds ${stray.join(', ')}`, element.page)
      const rows: Element[] = []
      structKids.forEach((kid, kidIndex) => {
        const kidRole = kidRoles[kidIndex]!
        if (kidRole === 'TR')
          rows.push({ dict: kid, role: kidRole, path: `${element.path} > TR[${kidIndex}]` })
        if (tableSections.has(kidRole)) {
          reader.array(kid.get(name('K'))).forEach((row, rowIndex) => {
            if (row instanceof PDFDict && reader.role(row, roleMap instanceof PDFDict
              ? roleMap
              : undefined) === 'TR') {
              rows.push({ dict: row, role: 'TR', path: `${element.path} > ${kidRole}[${kidIndex}] > TR[${rowIndex}]` })
            }
          })
        }
      })
      checkTable(reader, element, rows)
    }
    if (role === 'TR') {
      if (!parent || !(parent.role === 'Table' || tableSections.has(parent.role)))
        reader.report(pdfUaRules.rowChildren, `${element.path} is not in a table`, element.page)
      const stray = strays(new Set(['TH', 'TD']))
      if (stray.length)
        reader.report(pdfUaRules.rowChildren, `${element.path} holds ${stray.join(', ')}`, element.page)
    }
    if ((role === 'TH' || role === 'TD') && parent?.role !== 'TR')
      reader.report(pdfUaRules.cellParent, element.path, element.page)
    if (role === 'TH') {
      const scope = attribute(reader, dict, 'Scope')
      if (!(scope instanceof PDFName) || !['Row', 'Column', 'Both'].includes(scope.decodeText()))
        reader.report(pdfUaRules.headerScope, element.path, element.page)
    }
    if (role === 'L') {
      const stray = strays(new Set(['LI', 'Caption']))
      if (stray.length)
        reader.report(pdfUaRules.listChildren, `${element.path} holds ${stray.join(', ')}`, element.page)
    }
    if (role === 'LI') {
      const stray = strays(new Set(['Lbl', 'LBody']))
      if (stray.length)
        reader.report(pdfUaRules.listItemChildren, `${element.path} holds ${stray.join(', ')}`, element.page)
    }
    if (role === 'Figure') {
      const alt = text(reader.lookup(dict.get(name('Alt')))) ?? text(reader.lookup(dict.get(name('ActualText'))))
      if (!alt?.trim())
        reader.report(pdfUaRules.figureAlt, element.path, element.page)
    }
    if (/^H[1-6]$/.test(role))
      headings.push(element)
    structKids.forEach((kid, kidIndex) => visit(kid, element, kidIndex))
  }
  reader.array(root.get(name('K'))).forEach((kid, index) => {
    if (kid instanceof PDFDict)
      visit(kid, undefined, index)
  })

  let previous = 0
  for (const heading of headings) {
    const level = Number(heading.role.slice(1))
    if (previous === 0 && level !== 1)
      reader.report(pdfUaRules.firstHeading, heading.path, heading.page)
    else if (previous > 0 && level > previous + 1)
      reader.report(pdfUaRules.headingLevels, `${heading.path} after an H${previous}`, heading.page)
    previous = level
  }
}

/** Whether `uri` is an address a reader of the PDF can open. */
export function isPublicLink(uri: string): boolean {
  let url: URL
  try {
    url = new URL(uri)
  }
  catch {
    return false
  }
  if (!['http:', 'https:', 'mailto:'].includes(url.protocol))
    return false
  const host = url.hostname.replace(/^\[|\]$/g, '')
  return !(host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '::1' || host === '0.0.0.0')
}

function checkAnnotations(reader: Reader, linkParents: Map<number, PDFDict>, roleOf: (dict: PDFDict) => string): void {
  reader.document.getPages().forEach((page, index) => {
    const number = index + 1
    const annotations = reader.array(page.node.get(name('Annots'))).filter((item): item is PDFDict => item instanceof PDFDict)
    if (annotations.length && page.node.get(name('Tabs')) !== name('S'))
      reader.report(pdfUaRules.tabOrder, 'the page\'s /Tabs', number)
    annotations.forEach((annotation, annotationIndex) => {
      const subtype = (annotation.get(name('Subtype')) as PDFName | undefined)?.decodeText() ?? '?'
      if (subtype === 'Popup')
        return
      const action = reader.lookup(annotation.get(name('A')))
      const uri = action instanceof PDFDict
        ? text(reader.lookup(action.get(name('URI')))) ?? (reader.lookup(action.get(name('URI'))) as PDFObject | undefined)?.toString()
        : undefined
      const label = `${subtype} annotation ${annotationIndex + 1}${uri
        ? ` to ${uri}`
        : ''}`
      if (!text(reader.lookup(annotation.get(name('Contents'))))?.trim())
        reader.report(pdfUaRules.annotationContents, label, number)
      if (subtype === 'Link') {
        const key = annotation.get(name('StructParent'))
        const parent = key instanceof PDFNumber
          ? linkParents.get(key.asNumber())
          : undefined
        if (!parent || roleOf(parent) !== 'Link')
          reader.report(pdfUaRules.linkStructure, label, number)
        if (uri !== undefined && !isPublicLink(uri))
          reader.report(pdfUaRules.linkTarget, label, number)
        if (action instanceof PDFDict && (action.get(name('S')) as PDFName | undefined)?.decodeText() === 'Launch')
          reader.report(pdfUaRules.linkTarget, `${label} (a Launch action)`, number)
      }
    })
  })
}

/** The parent tree's entries: a StructParent number to what it names (an element, or an array of them). */
function parentTree(reader: Reader, root: PDFDict | undefined): Map<number, PDFObject> {
  const entries = new Map<number, PDFObject>()
  for (const { key, value } of numberTreeEntries(reader.document.context, root?.get(name('ParentTree'))))
    entries.set(key, value!)
  return entries
}

function checkFonts(reader: Reader): void {
  for (const [ref, object] of reader.document.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(name('Type')) !== name('Font'))
      continue
    const subtype = (object.get(name('Subtype')) as PDFName | undefined)?.decodeText() ?? '?'
    const fontName = `${(object.get(name('BaseFont')) as PDFName | undefined)?.decodeText() ?? '(unnamed)'} (${subtype}, ${ref.toString()})`
    if (subtype !== 'Type0' && subtype !== 'Type3') {
      const descriptor = reader.lookup(object.get(name('FontDescriptor')))
      if (!(descriptor instanceof PDFDict) || !['FontFile', 'FontFile2', 'FontFile3'].some(key => descriptor.has(name(key))))
        reader.report(pdfUaRules.fontEmbedded, fontName)
    }
    if (subtype === 'CIDFontType0' || subtype === 'CIDFontType2')
      continue // its Type0 parent carries the ToUnicode
    const toUnicode = reader.lookup(object.get(name('ToUnicode')))
    const cmap = toUnicode instanceof PDFRawStream
      ? new TextDecoder('latin1').decode(decodePDFRawStream(toUnicode).decode())
      : ''
    // Usable: it maps glyphs (bfchar/bfrange), and not to nothing, U+0000 or U+FFFD.
    const targets = [
      ...cmap.matchAll(/<([\da-f]+)>\s*<([\da-f]*)>\s*(?:<([\da-f]*)>)?/gi),
    ].map(match => match[3] ?? match[2] ?? '')
    if (!/begin(?:bfchar|bfrange)/.test(cmap) || targets.some(target => target === '' || /^0+$/.test(target) || /^fffd$/i.test(target)))
      reader.report(pdfUaRules.toUnicode, fontName)
  }
}

/** Painting outside marked content that is tagged (an MCID in the page's structure) or an Artifact. */
async function checkMarkedContent(reader: Reader, data: Uint8Array): Promise<void> {
  const task = getDocument({
    data: data.slice(),
    useSystemFonts: false,
    verbosity: 0, // errors only: not pdf.js's notes on how it draws
  })
  try {
    const pdf = await task.promise
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number)
      const tree = await page.getStructTree() as { children?: unknown[] } | null
      const tagged = new Set<number>()
      const collect = (node: unknown): void => {
        const { type, id, children } = node as { type?: string, id?: string, children?: unknown[] }
        const mcid = type === 'content' && id
          ? /_mc(\d+)$/.exec(id)?.[1]
          : undefined
        if (mcid !== undefined)
          tagged.add(Number(mcid))
        children?.forEach(collect)
      }
      if (tree)
        collect(tree)
      const { fnArray, argsArray } = await page.getOperatorList()
      // Each open marked-content sequence: does it make what is painted inside it tagged or an artifact?
      const open: boolean[] = []
      let formDepth = 0
      let untagged = 0
      let first = ''
      fnArray.forEach((fn, at) => {
        const args = argsArray[at] as unknown[] | null
        if (fn === OPS.paintFormXObjectBegin) {
          formDepth++
        }
        else if (fn === OPS.paintFormXObjectEnd) {
          formDepth--
        }
        else if (fn === OPS.beginMarkedContent) {
          open.push((args?.[0] as { name?: string } | string | undefined) === 'Artifact' || (args?.[0] as { name?: string } | undefined)?.name === 'Artifact')
        }
        else if (fn === OPS.beginMarkedContentProps) {
          const [tag, mcid] = (args ?? []) as [string, number | null]
          open.push(tag === 'Artifact' || (typeof mcid === 'number' && (formDepth > 0 || tagged.has(mcid))))
        }
        else if (fn === OPS.endMarkedContent) {
          open.pop()
        }
        else {
          const painting = paintingOps.has(fn) || (fn === OPS.constructPath && pathPainting.has((args?.[0] as number)))
          if (painting && !open.some(Boolean)) {
            untagged++
            first ||= opNames.get(fn === OPS.constructPath
              ? args![0] as number
              : fn) ?? String(fn)
          }
        }
      })
      if (untagged)
        reader.report(pdfUaRules.untaggedContent, `${untagged} painting operator(s) outside tagged content or an Artifact, the first a ${first}`, number)
      page.cleanup()
    }
  }
  finally {
    await task.destroy()
  }
}

/** Every PDF/UA-1 rule of `pdfUaRules` that `data` (a PDF named `file` in reports) breaks. */
export async function checkPdfUa(data: Uint8Array, file: string): Promise<PdfUaViolation[]> {
  const document = await PDFDocument.load(data, { updateMetadata: false, ignoreEncryption: true })
  const reader = new Reader(document, file)
  checkCatalog(reader)
  checkStructure(reader)
  const root = reader.lookup(document.catalog.get(name('StructTreeRoot')))
  const roleMap = root instanceof PDFDict
    ? reader.lookup(root.get(name('RoleMap')))
    : undefined
  const parents = new Map<number, PDFDict>()
  for (const [key, value] of parentTree(reader, root instanceof PDFDict
    ? root
    : undefined)) {
    if (value instanceof PDFDict)
      parents.set(key, value)
  }
  checkAnnotations(reader, parents, dict => reader.role(dict, roleMap instanceof PDFDict
    ? roleMap
    : undefined))
  checkFonts(reader)
  await checkMarkedContent(reader, data)
  return reader.violations
}

/** One line per violation, for a test's failure message. */
export function describeViolations(violations: readonly PdfUaViolation[]): string {
  return violations.map(violation => `${violation.file}${violation.page
    ? `, page ${violation.page}`
    : ''}: ${violation.rule}: ${violation.element}`).join('\n')
}
