import { PDFBool, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFString } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { withMetadata, xmpPacket } from '../../scripts/export-metadata'

const metadata = {
  title: 'The Dubious Agenda of the SCO: notes handout',
  author: 'SCO essay teaching module',
  subject: 'Every slide beside its notes.',
  keywords: 'SCO,human rights',
  language: 'en',
}

/** A one-page PDF whose catalog points at a structure tree and an outline, as Chromium's tagged PDFs do. */
async function taggedLikePdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.addPage([400, 225])
  pdf.catalog.set(PDFName.of('StructTreeRoot'), pdf.context.register(pdf.context.obj({ Type: 'StructTreeRoot', K: [] })))
  pdf.catalog.set(PDFName.of('Outlines'), pdf.context.register(pdf.context.obj({ Type: 'Outlines', Count: 0 })))
  pdf.catalog.set(PDFName.of('MarkInfo'), pdf.context.obj({ Marked: true }))
  return pdf.save()
}

describe('withMetadata', () => {
  it('keeps the structure tree, the outline and the marked-content flag', async () => {
    const pdf = await PDFDocument.load(await withMetadata(await taggedLikePdf(), metadata))
    expect(pdf.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).get(PDFName.of('Type'))).toBe(PDFName.of('StructTreeRoot'))
    expect(pdf.catalog.lookup(PDFName.of('Outlines'), PDFDict).get(PDFName.of('Type'))).toBe(PDFName.of('Outlines'))
    expect(pdf.catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))).toBe(PDFBool.True)
    expect(pdf.getPageCount()).toBe(1)
  })

  it('sets the title (shown in the title bar), the language and the document information', async () => {
    const pdf = await PDFDocument.load(await withMetadata(await taggedLikePdf(), metadata), { updateMetadata: false })
    expect(pdf.getTitle()).toBe('The Dubious Agenda of the SCO: notes handout')
    expect(pdf.getAuthor()).toBe('SCO essay teaching module')
    expect(pdf.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('en')
    const viewer = pdf.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict)
    expect(viewer.get(PDFName.of('DisplayDocTitle'))).toBe(PDFBool.True)
  })

  it('adds an uncompressed XMP packet in UTF-8', async () => {
    const pdf = await PDFDocument.load(await withMetadata(await taggedLikePdf(), { ...metadata, title: 'Notes · handout' }))
    const stream = pdf.catalog.lookup(PDFName.of('Metadata'))
    if (!(stream instanceof PDFRawStream))
      throw new TypeError('no XMP stream')
    expect(stream.dict.get(PDFName.of('Subtype'))).toBe(PDFName.of('XML'))
    expect(stream.dict.has(PDFName.of('Filter'))).toBe(false)
    expect(new TextDecoder().decode(stream.contents)).toContain('<rdf:li xml:lang="x-default">Notes · handout</rdf:li>')
  })
})

describe('xmpPacket', () => {
  const packet = xmpPacket({ ...metadata, title: 'Fish & <chips>' }, new Date('2026-12-01T10:00:00Z'))

  it.each([
    ['the title, its markup escaped', '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Fish &amp; &lt;chips&gt;</rdf:li></rdf:Alt></dc:title>'],
    ['the creator', '<dc:creator><rdf:Seq><rdf:li>SCO essay teaching module</rdf:li></rdf:Seq></dc:creator>'],
    ['the licence', 'Licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)'],
    ['PDF/UA', '<pdfuaid:part>1</pdfuaid:part>'],
    ['the date it was made', '<xmp:CreateDate>2026-12-01T10:00:00Z</xmp:CreateDate>'],
  ])('names %s', (_, element) => {
    expect(packet).toContain(element)
  })
})
