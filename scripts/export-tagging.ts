/**
 * What Chromium's tagged PDF lacks for PDF/UA-1, added in place (pdf-lib, no page copying, so the
 * structure tree, the outline and the marked content stay), as part of the export's metadata step:
 *
 * - what a page paints outside marked content (the page's white, an aria-hidden label of the map) is
 *   marked an Artifact, so that everything painted is either tagged or an artifact (PDF/UA 7.1-3);
 * - a list item's content after its label goes into an LBody (Chromium puts it straight in the LI);
 * - marked content Chromium hangs straight on a Table (its borders) moves to the table's parent, so
 *   that a Table holds only rows;
 * - every link annotation gets a /Contents description naming where it goes; a link to the export's
 *   own loopback server, or to a file, stops the export (it would be dead for every reader).
 *
 * tests/support/pdf-ua.ts checks the result on every PDF the export writes.
 */
import type { PDFDocument, PDFObject } from 'pdf-lib'
import { decodePDFRawStream, PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFString } from 'pdf-lib'
import { numberTreeEntries } from './pdf-number-tree.ts'

const name = (value: string): PDFName => PDFName.of(value)

// ---------------------------------------------------------------------------------------------------
// Content streams: painting outside marked content becomes an Artifact.

const whitespace = new Set([0x00, 0x09, 0x0A, 0x0C, 0x0D, 0x20])
const delimiters = new Set([...'()<>[]{}/%'].map(char => char.charCodeAt(0)))

interface Operator {
  /** Where its operands begin (or the operator itself, without operands). */
  readonly start: number
  readonly end: number
  readonly name: string
}

/** The operators of a content stream, each with the span of its operands, in order. */
export function contentOperators(bytes: Uint8Array): Operator[] {
  const operators: Operator[] = []
  let operandsStart = -1
  let at = 0
  const skipString = (): void => {
    let depth = 0
    for (; at < bytes.length; at++) {
      const byte = bytes[at]
      if (byte === 0x5C) { // backslash: skip the escaped byte
        at++
        continue
      }
      if (byte === 0x28) {
        depth++
      }
      else if (byte === 0x29 && --depth === 0) {
        at++
        return
      }
    }
  }
  while (at < bytes.length) {
    const byte = bytes[at]!
    if (whitespace.has(byte)) {
      at++
      continue
    }
    if (byte === 0x25) { // % comment
      while (at < bytes.length && bytes[at] !== 0x0A && bytes[at] !== 0x0D)
        at++
      continue
    }
    if (operandsStart < 0)
      operandsStart = at
    if (byte === 0x28) {
      skipString()
      continue
    }
    if (byte === 0x3C && bytes[at + 1] !== 0x3C) { // hex string
      while (at < bytes.length && bytes[at] !== 0x3E)
        at++
      at++
      continue
    }
    if (delimiters.has(byte) || byte === 0x5D || byte === 0x5B || byte === 0x3E) {
      at += (byte === 0x3C || byte === 0x3E) && bytes[at + 1] === byte
        ? 2
        : 1
      if (byte === 0x2F) { // a name: its characters
        while (at < bytes.length && !whitespace.has(bytes[at]!) && !delimiters.has(bytes[at]!) && bytes[at] !== 0x5D && bytes[at] !== 0x5B)
          at++
      }
      continue
    }
    const tokenStart = at
    while (at < bytes.length && !whitespace.has(bytes[at]!) && !delimiters.has(bytes[at]!) && bytes[at] !== 0x5D && bytes[at] !== 0x5B)
      at++
    const token = new TextDecoder('latin1').decode(bytes.subarray(tokenStart, at))
    if (/^[+\-.\d]/.test(token) || token === 'true' || token === 'false' || token === 'null')
      continue // an operand
    operators.push({ start: operandsStart, end: at, name: token })
    operandsStart = -1
    if (token === 'ID') { // an inline image's data runs to "EI" after whitespace
      while (at < bytes.length && !(whitespace.has(bytes[at - 1]!) && bytes[at] === 0x45 && bytes[at + 1] === 0x49 && (at + 2 >= bytes.length || whitespace.has(bytes[at + 2]!))))
        at++
    }
  }
  return operators
}

/** `bytes` with every run of operators outside marked content wrapped in `/Artifact BMC … EMC`. */
export function markUnmarkedAsArtifact(bytes: Uint8Array): Uint8Array {
  const operators = contentOperators(bytes)
  const pieces: Uint8Array[] = []
  const encoder = new TextEncoder()
  let copied = 0
  let depth = 0
  let inArtifact = false
  const insert = (at: number, text: string): void => {
    pieces.push(bytes.subarray(copied, at), encoder.encode(text))
    copied = at
  }
  for (const operator of operators) {
    const opens = operator.name === 'BDC' || operator.name === 'BMC'
    if (depth === 0 && opens && inArtifact) {
      insert(operator.start, 'EMC\n')
      inArtifact = false
    }
    if (depth === 0 && !opens && operator.name !== 'EMC' && !inArtifact) {
      insert(operator.start, '/Artifact BMC\n')
      inArtifact = true
    }
    if (opens)
      depth++
    else if (operator.name === 'EMC' && depth > 0)
      depth--
  }
  pieces.push(bytes.subarray(copied))
  if (inArtifact)
    pieces.push(encoder.encode('\nEMC\n'))
  const out = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0))
  let offset = 0
  for (const piece of pieces) {
    out.set(piece, offset)
    offset += piece.length
  }
  return out
}

function markPagesUnmarkedAsArtifact(document: PDFDocument): void {
  for (const page of document.getPages()) {
    const contents = page.node.get(name('Contents'))
    const streams = (contents instanceof PDFRef
      ? [contents]
      : (document.context.lookup(contents) as PDFArray | undefined)?.asArray() ?? [])
      .map(ref => document.context.lookup(ref))
      .filter((stream): stream is PDFRawStream => stream instanceof PDFRawStream)
    if (!streams.length)
      continue
    // One stream: a marked-content sequence may run on from one of the page's streams into the next.
    const parts = streams.map(stream => decodePDFRawStream(stream).decode())
    const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length + 1, 0))
    let offset = 0
    for (const part of parts) {
      joined.set(part, offset)
      joined[offset + part.length] = 0x0A
      offset += part.length + 1
    }
    page.node.set(name('Contents'), document.context.register(document.context.flateStream(markUnmarkedAsArtifact(joined))))
  }
}

// ---------------------------------------------------------------------------------------------------
// The structure tree.

class Tree {
  readonly document: PDFDocument
  /** StructParent(s) number → its Nums value (an element, or an array of elements by MCID). */
  readonly parents = new Map<number, PDFObject>()
  readonly pageParents = new Map<string, number>()
  constructor(document: PDFDocument, root: PDFDict) {
    this.document = document
    for (const { key, value } of numberTreeEntries(document.context, root.get(name('ParentTree'))))
      this.parents.set(key, value!)
    for (const page of document.getPages()) {
      const key = page.node.get(name('StructParents'))
      if (key instanceof PDFNumber)
        this.pageParents.set(page.ref.toString(), key.asNumber())
    }
  }

  lookup(object: PDFObject | undefined): PDFObject | undefined {
    return object instanceof PDFRef
      ? this.document.context.lookup(object)
      : object
  }

  kids(element: PDFDict): PDFObject[] {
    const k = element.get(name('K'))
    if (k === undefined)
      return []
    const resolved = this.lookup(k)
    return resolved instanceof PDFArray
      ? resolved.asArray()
      : [k]
  }

  role(element: PDFDict): string {
    return (element.get(name('S')) as PDFName | undefined)?.decodeText() ?? ''
  }

  isElement(kid: PDFObject): boolean {
    const resolved = this.lookup(kid)
    return resolved instanceof PDFDict && resolved.has(name('S'))
  }

  /** Records that `kid` (a child of some element on `page`) now has `parent`, in the kid or the parent tree. */
  reparent(kid: PDFObject, parent: PDFRef, page: PDFRef | undefined): void {
    const resolved = this.lookup(kid)
    if (resolved instanceof PDFDict && resolved.has(name('S'))) {
      resolved.set(name('P'), parent)
      return
    }
    if (resolved instanceof PDFDict && resolved.get(name('Type')) === name('OBJR')) {
      const annotation = this.lookup(resolved.get(name('Obj')))
      const key = annotation instanceof PDFDict
        ? annotation.get(name('StructParent'))
        : undefined
      if (key instanceof PDFNumber)
        this.setParent(key.asNumber(), undefined, parent)
      return
    }
    const mcid = resolved instanceof PDFNumber
      ? resolved.asNumber()
      : resolved instanceof PDFDict
        ? (resolved.get(name('MCID')) as PDFNumber | undefined)?.asNumber()
        : undefined
    const onPage = resolved instanceof PDFDict && resolved.get(name('Pg')) instanceof PDFRef
      ? resolved.get(name('Pg')) as PDFRef
      : page
    const key = onPage
      ? this.pageParents.get(onPage.toString())
      : undefined
    if (mcid !== undefined && key !== undefined)
      this.setParent(key, mcid, parent)
  }

  private setParent(key: number, mcid: number | undefined, parent: PDFRef): void {
    const value = this.parents.get(key)
    if (mcid !== undefined && value instanceof PDFArray && mcid < value.size())
      value.set(mcid, parent)
    if (mcid === undefined)
      this.replaceNumsEntry(key, parent)
  }

  private replaceNumsEntry(key: number, value: PDFRef): void {
    const root = this.document.catalog.lookup(name('StructTreeRoot'), PDFDict)
    for (const entry of numberTreeEntries(this.document.context, root.get(name('ParentTree')))) {
      if (entry.key === key)
        entry.replace(value)
    }
  }
}

function tidyStructure(document: PDFDocument): void {
  const root = document.catalog.lookupMaybe(name('StructTreeRoot'), PDFDict)
  if (!root)
    return
  const tree = new Tree(document, root)
  const refs = new Map<PDFDict, PDFRef>()
  for (const [ref, object] of document.context.enumerateIndirectObjects()) {
    if (object instanceof PDFDict && object.has(name('S')))
      refs.set(object, ref)
  }
  const elements = [
    ...refs.keys(),
  ]

  for (const item of elements.filter(element => tree.role(element) === 'LI')) {
    const kids = tree.kids(item)
    const body = kids.filter(kid => !(tree.isElement(kid) && ['Lbl', 'LBody'].includes(tree.role(tree.lookup(kid) as PDFDict))))
    if (!body.length)
      continue
    const page = item.get(name('Pg')) as PDFRef | undefined
    const lbody = document.context.obj({
      Type: 'StructElem',
      S: 'LBody',
      P: refs.get(item)!,
    }) as PDFDict
    lbody.set(name('K'), document.context.obj(body))
    if (page)
      lbody.set(name('Pg'), page)
    const lbodyRef = document.context.register(lbody)
    for (const kid of body)
      tree.reparent(kid, lbodyRef, page)
    const kept = kids.filter(kid => !body.includes(kid))
    const at = kids.indexOf(body[0]!)
    kept.splice(Math.min(at, kept.length), 0, lbodyRef)
    item.set(name('K'), document.context.obj(kept))
  }

  for (const table of elements.filter(element => tree.role(element) === 'Table')) {
    const kids = tree.kids(table)
    const strays = kids.filter(kid => !tree.isElement(kid))
    const parent = tree.lookup(table.get(name('P')))
    const parentRef = table.get(name('P'))
    if (!strays.length || !(parent instanceof PDFDict) || !(parentRef instanceof PDFRef))
      continue
    const page = table.get(name('Pg')) as PDFRef | undefined
    // Marked content on a page needs its page: an MCID moved to the parent becomes a marked-content reference.
    const moved = strays.map((kid) => {
      const resolved = tree.lookup(kid)
      if (resolved instanceof PDFNumber && page) {
        return document.context.obj({
          Type: 'MCR',
          Pg: page,
          MCID: resolved.asNumber(),
        })
      }
      return kid
    })
    strays.forEach(kid => tree.reparent(kid, parentRef, page))
    table.set(name('K'), document.context.obj(kids.filter(kid => !strays.includes(kid))))
    const siblings = tree.kids(parent)
    const tableRef = refs.get(table)!
    const at = siblings.findIndex(sibling => sibling === tableRef || tree.lookup(sibling) === table)
    siblings.splice(Math.max(at, 0), 0, ...moved)
    parent.set(name('K'), document.context.obj(siblings))
  }
}

// ---------------------------------------------------------------------------------------------------
// Links.

function uriOf(document: PDFDocument, annotation: PDFDict): string | undefined {
  const action = annotation.lookupMaybe(name('A'), PDFDict)
  const uri = action?.lookup(name('URI'))
  return uri instanceof PDFString || uri instanceof PDFHexString
    ? uri.decodeText()
    : undefined
}

/** Whether a printed link would be dead for its reader: the export's own server, or a file. */
export function isDeadInPrint(uri: string): boolean {
  try {
    const url = new URL(uri)
    return url.protocol === 'file:' || [
      'localhost',
      '127.0.0.1',
      '[::1]',
      '0.0.0.0',
    ].includes(url.hostname) || url.hostname.startsWith('127.')
  }
  catch {
    return true
  }
}

function describeLinks(document: PDFDocument, file: string): void {
  document.getPages().forEach((page, index) => {
    const annotations = page.node.lookupMaybe(name('Annots'), PDFArray)?.asArray() ?? []
    for (const entry of annotations) {
      const annotation = document.context.lookup(entry)
      if (!(annotation instanceof PDFDict) || annotation.get(name('Subtype')) !== name('Link'))
        continue
      const uri = uriOf(document, annotation)
      if (uri !== undefined && isDeadInPrint(uri))
        throw new Error(`${file}, page ${index + 1}: a link to ${uri} would be dead for every reader of the PDF; link to a public address, or leave the link out of print`)
      if (!annotation.has(name('Contents'))) {
        annotation.set(name('Contents'), PDFHexString.fromText(uri
          ? `Link to ${uri}`
          : 'Link within this document'))
      }
    }
    if (annotations.length)
      page.node.set(name('Tabs'), name('S'))
  })
}

/** Everything this module adds, applied to `document` in place; `file` names it in errors. */
export function tagForPdfUa(document: PDFDocument, file: string): void {
  describeLinks(document, file)
  markPagesUnmarkedAsArtifact(document)
  tidyStructure(document)
}
