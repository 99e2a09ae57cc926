import { readFile } from 'node:fs/promises'
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** The text of each page of a PDF, in page order, with every apostrophe as a plain ' (glyph maps vary). */
export async function pdfPageTexts(path: string): Promise<string[]> {
  const data = new Uint8Array(await readFile(path))
  const task = getDocument({ data, useSystemFonts: false })
  const pdf = await task.promise
  const texts: string[] = []
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent()
    const text = content.items.map(item => ('str' in item
      ? item.str
      : '')).join(' ')
    texts.push(text.replace(/\s*[’ʼ]\s*/g, '\'').replace(/\s+/g, ' '))
  }
  await task.destroy()
  return texts
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
  return (await PDFDocument.load(await readFile(path), { updateMetadata: false })).getPageCount()
}
