import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { readFile } from 'node:fs/promises'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** Opens a PDF with pdf.js, runs `read` on it, closes it. */
async function withPdf<T>(path: string, read: (pdf: PDFDocumentProxy) => Promise<T>): Promise<T> {
  const task = getDocument({
    data: new Uint8Array(await readFile(path)),
    useSystemFonts: false,
  })
  try {
    return await read(await task.promise)
  }
  finally {
    await task.destroy()
  }
}

/** Text as pdfPageTexts gives it: each apostrophe a plain ', without the spaces a PDF's text runs put around it. */
export function plainApostrophes(text: string): string {
  return text.replace(/\s*[’ʼ]\s*/g, '\'')
}

/**
 * The text of each page of a PDF, in page order, with every apostrophe as a plain ' (glyph maps vary)
 * unless `asPrinted` asks for the marks as the page has them.
 */
export async function pdfPageTexts(path: string, asPrinted = false): Promise<string[]> {
  return withPdf(path, async (pdf) => {
    const texts: string[] = []
    for (let number = 1; number <= pdf.numPages; number++) {
      const content = await (await pdf.getPage(number)).getTextContent()
      const text = content.items.map(item => ('str' in item
        ? item.str
        : '')).join(' ')
      texts.push((asPrinted
        ? text
        : plainApostrophes(text)).replace(/\s+/g, ' ').trim())
    }
    return texts
  })
}

/** A node of a page's structure tree as pdf.js reads it: a role ("H1", "Figure"…) or marked content. */
export interface StructNode {
  role?: string
  /** A content node's marked content (type "content"). */
  id?: string
  alt?: string
  lang?: string
  type?: string
  children?: StructNode[]
}

/** Every structure element of the tree, depth first. */
export function structElements(node: StructNode): StructNode[] {
  return [
    ...node.role
      ? [node]
      : [],
    ...(node.children ?? []).flatMap(structElements),
  ]
}

export interface OutlineEntry { title: string, items: OutlineEntry[] }

/** What a screen reader and a PDF viewer get from a PDF besides its text. */
export interface PdfAccessibility {
  pages: number
  /** The catalog says the content is marked (tagged). */
  marked: boolean
  /** Each page's structure tree (null: the page has none). */
  structure: (StructNode | null)[]
  outline: OutlineEntry[]
  /** The catalog's /Lang. */
  language: string | undefined
  /** The document information's title, and whether viewers are told to show it instead of the file name. */
  title: string | undefined
  displayDocTitle: boolean
  /** The XMP packet's properties pdf.js reads, e.g. `dc:title`, `dc:creator`, `dc:rights`, `pdfuaid:part`. */
  xmp: Record<string, unknown> | null
  /** Each page's size in points. */
  pageSizes: { width: number, height: number }[]
}

function outlineOf(items: { title: string, items: unknown[] }[] | null): OutlineEntry[] {
  return (items ?? []).map(item => ({
    title: item.title,
    items: outlineOf(item.items as { title: string, items: unknown[] }[]),
  }))
}

export async function pdfAccessibility(path: string): Promise<PdfAccessibility> {
  return withPdf(path, async (pdf) => {
    const structure: (StructNode | null)[] = []
    const pageSizes: { width: number, height: number }[] = []
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number)
      structure.push(await page.getStructTree() as StructNode | null)
      const [x0, y0, x1, y1] = page.view as [number, number, number, number]
      pageSizes.push({
        width: Math.round(x1 - x0),
        height: Math.round(y1 - y0),
      })
    }
    const { info, metadata } = await pdf.getMetadata() as { info: Record<string, unknown>, metadata: Iterable<[string, unknown]> | null }
    const viewer = await pdf.getViewerPreferences() as Map<string, unknown> | null
    const markInfo = await pdf.getMarkInfo() as Map<string, unknown> | null
    return {
      pages: pdf.numPages,
      marked: markInfo?.get('Marked') === true,
      structure,
      outline: outlineOf(await pdf.getOutline()),
      language: info.Language as string | undefined,
      title: info.Title as string | undefined,
      displayDocTitle: viewer?.get('DisplayDocTitle') === true,
      xmp: metadata
        ? Object.fromEntries(metadata)
        : null,
      pageSizes,
    }
  })
}

export interface PdfFont { name: string, subtype: string, embedded: boolean }

/** Every font dictionary in a PDF: its base name, its type, and whether a font program is embedded. */
export async function pdfFonts(path: string): Promise<PdfFont[]> {
  const pdf = await PDFDocument.load(await readFile(path), { updateMetadata: false })
  const fonts: PdfFont[] = []
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('Font'))
      continue
    const subtype = String(object.get(PDFName.of('Subtype')) ?? '')
    if (subtype === '/Type0')
      continue // a composite font: its descendant CID font is listed on its own
    const descriptor = object.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict)
    const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some(key => descriptor?.has(PDFName.of(key)))
    fonts.push({
      name: String(object.get(PDFName.of('BaseFont')) ?? '(unnamed)'),
      subtype,
      embedded,
    })
  }
  return fonts
}

export async function pdfPageCount(path: string): Promise<number> {
  return withPdf(path, async pdf => pdf.numPages)
}

export interface PdfLink { page: number, uri: string | undefined, contents: string | undefined }

/** Every link annotation of a PDF: its page, where it goes and its description (/Contents). */
export async function pdfLinks(path: string): Promise<PdfLink[]> {
  const pdf = await PDFDocument.load(await readFile(path), { updateMetadata: false })
  const text = (value: unknown): string | undefined => value instanceof PDFString || value instanceof PDFHexString
    ? value.decodeText()
    : undefined
  return pdf.getPages().flatMap((page, index) => (page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? [])
    .map(ref => pdf.context.lookup(ref))
    .filter((annotation): annotation is PDFDict => annotation instanceof PDFDict && annotation.get(PDFName.of('Subtype')) === PDFName.of('Link'))
    .map(annotation => ({
      page: index + 1,
      uri: text(annotation.lookupMaybe(PDFName.of('A'), PDFDict)?.lookup(PDFName.of('URI'))),
      contents: text(annotation.lookup(PDFName.of('Contents'))),
    })))
}

/** A run of text drawn on a page: its size in points, where its baseline is (points from the page's top), and whether it is tagged. */
export interface PdfTextRun {
  text: string
  size: number
  baseline: number
  tagged: boolean
  /** The marked content it is drawn in (pdf.js's id, as the structure tree's content nodes name it). */
  content?: string
}

/** Every run of text on each page, in drawing order, with the page's height in points. */
export async function pdfTextRuns(path: string): Promise<{ height: number, runs: PdfTextRun[] }[]> {
  return withPdf(path, async (pdf) => {
    const pages: { height: number, runs: PdfTextRun[] }[] = []
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number)
      const [, y0, , y1] = page.view as [number, number, number, number]
      const content = await page.getTextContent({ includeMarkedContent: true })
      const runs: PdfTextRun[] = []
      const open: (string | undefined)[] = []
      for (const item of content.items) {
        if ('type' in item) {
          if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent')
            open.push(item.id ?? undefined)
          else if (item.type === 'endMarkedContent')
            open.pop()
          continue
        }
        if (!item.str.trim())
          continue
        // The text space's vertical scale: the font size as drawn, in points (pdf.js folds Tf into the matrix).
        const [, , c, d, , f] = item.transform as number[]
        runs.push({
          text: item.str.trim(),
          size: Math.hypot(c!, d!),
          baseline: y1 - f!,
          tagged: open.some(Boolean),
          content: open.findLast(Boolean),
        })
      }
      pages.push({ height: y1 - y0, runs })
    }
    return pages
  })
}

/**
 * The role of the structure element holding the first tagged text on each page ("H2", "P", "TH"…: the
 * nearest that is not a mere grouping, NonStruct, Div or Span), undefined on a page without any.
 */
export async function pdfPageOpenings(path: string): Promise<(string | undefined)[]> {
  const roles = new Map<string, string>()
  const collect = (node: StructNode, meaningful: string | undefined): void => {
    const role = node.role && !['NonStruct', 'Div', 'Span'].includes(node.role)
      ? node.role
      : meaningful
    for (const child of node.children ?? []) {
      if (child.type === 'content' && child.id && role)
        roles.set(child.id, role)
      collect(child, role)
    }
  }
  for (const tree of (await pdfAccessibility(path)).structure) {
    if (tree)
      collect(tree, undefined)
  }
  return (await pdfTextRuns(path)).map(page => page.runs.filter(run => run.content && roles.has(run.content)).map(run => roles.get(run.content!))[0])
}

/**
 * The text each page draws inside its figures (tagged under a Figure, `figure` its alternative text's
 * first words) or untagged (what a page hides from assistive technology, such as a map's labels, and its
 * running header and footer): the text of a handout's slide pictures, without the handout's own.
 */
export async function pdfFigureRuns(path: string): Promise<(PdfTextRun & { figure?: string })[][]> {
  const figures = new Map<string, string>()
  const collect = (node: StructNode, figure: string | undefined): void => {
    const inside = node.role === 'Figure'
      ? (node.alt ?? '').split(':')[0]
      : figure
    for (const child of node.children ?? []) {
      if (child.type === 'content' && child.id && inside !== undefined)
        figures.set(child.id, inside)
      collect(child, inside)
    }
  }
  for (const tree of (await pdfAccessibility(path)).structure) {
    if (tree)
      collect(tree, undefined)
  }
  return (await pdfTextRuns(path)).map(page => page.runs
    .filter(run => !run.tagged || (run.content && figures.has(run.content)))
    .map(run => ({
      ...run,
      figure: run.content
        ? figures.get(run.content)
        : undefined,
    })))
}
