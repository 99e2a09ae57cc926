/**
 * A printed PDF's metadata, set after Chromium wrote it: the document information, the catalog's
 * language, "show the title, not the file name" and an XMP packet (title, creator, licence, PDF/UA
 * identification), with what PDF/UA needs beyond Chromium's tags (scripts/export-tagging.ts). pdf-lib loads and saves the whole document (no page copying), so the structure
 * tree, the outline and the marked content stay as Chromium made them.
 */
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib'
import { tagForPdfUa } from './export-tagging.ts'

export interface PdfMetadata {
  readonly title: string
  readonly author: string
  readonly subject: string
  readonly keywords: string
  /** BCP 47, e.g. "en". */
  readonly language: string
}

/** The licence of the lesson's materials (LICENSE). */
export const materialsLicence = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const

export const pdfProducer = 'Chromium (tagged PDF) via scripts/export-pdfs.ts'

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** The XMP packet (ISO 16684-1) for `metadata`; `pdfuaid:part` 1 claims PDF/UA-1. */
export function xmpPacket(metadata: PdfMetadata, created: Date): string {
  const when = created.toISOString().replace(/\.\d{3}Z$/, 'Z')
  const rights = `${metadata.author}. Licensed under ${materialsLicence.name} (${materialsLicence.url}).`
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    '  xmlns:dc="http://purl.org/dc/elements/1.1/"',
    '  xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    '  xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    '  xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/"',
    '  xmlns:cc="http://creativecommons.org/ns#"',
    '  xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    '  <dc:format>application/pdf</dc:format>',
    `  <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(metadata.title)}</rdf:li></rdf:Alt></dc:title>`,
    `  <dc:creator><rdf:Seq><rdf:li>${xml(metadata.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `  <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(metadata.subject)}</rdf:li></rdf:Alt></dc:description>`,
    `  <dc:language><rdf:Bag><rdf:li>${xml(metadata.language)}</rdf:li></rdf:Bag></dc:language>`,
    `  <dc:rights><rdf:Alt><rdf:li xml:lang="x-default">${xml(rights)}</rdf:li></rdf:Alt></dc:rights>`,
    '  <xmpRights:Marked>True</xmpRights:Marked>',
    `  <xmpRights:WebStatement>${materialsLicence.url}</xmpRights:WebStatement>`,
    `  <cc:license rdf:resource="${materialsLicence.url}"/>`,
    `  <pdf:Keywords>${xml(metadata.keywords)}</pdf:Keywords>`,
    `  <pdf:Producer>${xml(pdfProducer)}</pdf:Producer>`,
    `  <xmp:CreatorTool>${xml(pdfProducer)}</xmp:CreatorTool>`,
    `  <xmp:CreateDate>${when}</xmp:CreateDate>`,
    `  <xmp:ModifyDate>${when}</xmp:ModifyDate>`,
    `  <xmp:MetadataDate>${when}</xmp:MetadataDate>`,
    '  <pdfuaid:part>1</pdfuaid:part>',
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n')
}

/** `pdf` (as Chromium printed it) with `metadata` set; everything else kept. */
export async function withMetadata(pdf: Uint8Array, metadata: PdfMetadata, created = new Date()): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false })
  tagForPdfUa(document, metadata.title)
  document.setTitle(metadata.title, { showInWindowTitleBar: true })
  // pdf-lib writes /Type into /ViewerPreferences, a key that dictionary does not have.
  document.catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict)?.delete(PDFName.of('Type'))
  document.setAuthor(metadata.author)
  document.setSubject(metadata.subject)
  document.setKeywords([metadata.keywords])
  document.setCreator(pdfProducer)
  document.setProducer(pdfProducer)
  document.setCreationDate(created)
  document.setModificationDate(created)
  document.setLanguage(metadata.language)
  const stream = document.context.stream(new TextEncoder().encode(xmpPacket(metadata, created)), {
    Type: 'Metadata',
    Subtype: 'XML',
  })
  document.catalog.set(PDFName.of('Metadata'), document.context.register(stream))
  const markInfo = document.catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict)
  if (!markInfo)
    document.catalog.set(PDFName.of('MarkInfo'), document.context.obj({ Marked: true }))
  return document.save({ useObjectStreams: false })
}
