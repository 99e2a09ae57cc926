import { readFile } from 'node:fs/promises'
import { posix } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'

/** The XML parts of an Office file (a zip), by path. */
export async function xmlParts(path: string): Promise<Map<string, string>> {
  const files = unzipSync(new Uint8Array(await readFile(path)))
  return new Map(Object.entries(files)
    .filter(([name]) => /\.(?:xml|rels)$/.test(name))
    .map(([name, bytes]) => [
      name,
      strFromU8(bytes),
    ]))
}

function unescape(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, '\'')
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&amp;/g, '&')
}

/** The text of a fragment of DrawingML or WordprocessingML: its runs' text, paragraphs apart. */
function textOf(xml: string, paragraph: string, text: string): string {
  return xml.split(`</${paragraph}>`)
    .map(part => [
      ...part.matchAll(new RegExp(`<${text}(?: [^>]*)?>([^<]*)</${text}>`, 'g')),
    ].map(match => unescape(match[1]!)).join(''))
    .filter(Boolean)
    .join('\n')
}

function relsOf(parts: Map<string, string>, part: string): Map<string, { target: string, type: string }> {
  const rels = parts.get(posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`)) ?? ''
  return new Map([
    ...rels.matchAll(/<Relationship ([^>]*)\/>/g),
  ].map(([, attributes]) => {
    const attribute = (name: string): string => attributes!.match(new RegExp(`${name}="([^"]*)"`))?.[1] ?? ''
    return [
      attribute('Id'),
      {
        target: posix.normalize(posix.join(posix.dirname(part), attribute('Target'))),
        type: attribute('Type'),
      },
    ]
  }))
}

export interface PptxSlide {
  /** The text of the shape in the title placeholder (type title or ctrTitle); '' when there is none. */
  title: string
  /** Every text on the slide, shape by shape, tables included. */
  text: string
  /** The alternative text (`descr`) of each picture; undefined when a picture has none. */
  pictures: (string | undefined)[]
  tables: number
  /** Text boxes and placeholders with text. */
  textShapes: number
  /** The notes pane's text. */
  notes: string
}

/** The slides of a PPTX in presentation order. */
export async function pptxSlides(path: string): Promise<PptxSlide[]> {
  const parts = await xmlParts(path)
  const presentation = parts.get('ppt/presentation.xml')!
  const rels = relsOf(parts, 'ppt/presentation.xml')
  return [
    ...presentation.matchAll(/<p:sldId [^>]*r:id="([^"]+)"/g),
  ].map(([, id]) => {
    const part = rels.get(id!)!.target
    const xml = parts.get(part)!
    const shapes = [
      ...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g),
    ].map(match => match[1]!)
    const titleShape = shapes.find(shape => /<p:ph\s[^>]*type="(?:title|ctrTitle)"/.test(shape))
    const notesPart = [
      ...relsOf(parts, part).values(),
    ].find(rel => rel.type.endsWith('/notesSlide'))?.target
    const notesXml = notesPart
      ? parts.get(notesPart) ?? ''
      : ''
    // The notes placeholder (type body), not the slide image or the slide number.
    const notesBody = [
      ...notesXml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g),
    ].map(match => match[1]!).filter(shape => /<p:ph\s[^>]*type="body"/.test(shape))
    return {
      title: titleShape
        ? textOf(titleShape, 'a:p', 'a:t')
        : '',
      text: textOf(xml, 'a:p', 'a:t'),
      pictures: [
        ...xml.matchAll(/<p:pic>[\s\S]*?<p:cNvPr ([^>]*?)\/?>/g),
      ].map(([, attributes]) => {
        const descr = attributes!.match(/descr="([^"]*)"/)?.[1]
        return descr === undefined
          ? undefined
          : unescape(descr)
      }),
      tables: (xml.match(/<a:tbl>/g) ?? []).length,
      textShapes: shapes.filter(shape => /<a:t>[^<]/.test(shape)).length,
      notes: notesBody.map(shape => textOf(shape, 'a:p', 'a:t')).join('\n'),
    }
  })
}

export interface DocxTable {
  /** Rows marked as the table's header (repeated on each page). */
  headerRows: number
  rows: string[][]
}

export interface DocxContent {
  /** Each heading's level and text, in order. */
  headings: { level: number, text: string }[]
  tables: DocxTable[]
  /** The whole text, paragraph by paragraph. */
  text: string
  /** Paragraphs in lists (numbered or bulleted). */
  listItems: number
  /** Paragraphs with no words whose tab runs a leader: lines to write on. */
  ruledLines: number
  /** The core properties: title, creator, description. */
  properties: Record<string, string>
}

/** What a DOCX says, read from its XML. */
export async function docxContent(path: string): Promise<DocxContent> {
  const parts = await xmlParts(path)
  const document = parts.get('word/document.xml')!
  const paragraphs = [
    ...document.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g),
  ].map(match => match[1] ?? match[2]!)
  const core = parts.get('docProps/core.xml') ?? ''
  return {
    headings: paragraphs.flatMap((paragraph) => {
      const level = paragraph.match(/<w:pStyle w:val="Heading(\d)"\/>/)?.[1]
      return level
        ? [
            {
              level: Number(level),
              text: textOf(paragraph, 'w:p', 'w:t'),
            },
          ]
        : []
    }),
    tables: [
      ...document.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g),
    ].map(([, table]) => {
      const rows = [
        ...table!.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>|<w:tr [^>]*>([\s\S]*?)<\/w:tr>/g),
      ].map(match => match[1] ?? match[2]!)
      return {
        headerRows: rows.filter(row => /<w:tblHeader\/>|<w:tblHeader w:val="(?:true|1|on)"\/>/.test(row)).length,
        rows: rows.map(row => [
          ...row.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g),
        ].map(([, cell]) => textOf(cell!, 'w:p', 'w:t'))),
      }
    }),
    text: paragraphs.map(paragraph => textOf(paragraph, 'w:p', 'w:t')).join('\n'),
    listItems: paragraphs.filter(paragraph => paragraph.includes('<w:numPr>')).length,
    ruledLines: paragraphs.filter(paragraph => /w:leader="underscore"/.test(paragraph) && /<w:tab\/>/.test(paragraph) && !textOf(paragraph, 'w:p', 'w:t').trim()).length,
    properties: Object.fromEntries([
      ...core.matchAll(/<(?:dc|cp):(title|creator|description|subject)>([^<]*)</g),
    ].map(([, name, value]) => [
      name!,
      unescape(value!),
    ])),
  }
}
