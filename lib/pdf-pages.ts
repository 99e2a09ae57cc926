import { PDFDict, PDFDocument, PDFName } from 'pdf-lib'

/** Page numbers (1-based) of the pages that use no font. Every slide has text, so such a page is blank. */
export async function pagesWithoutText(pdfBytes: Uint8Array): Promise<number[]> {
  const pdf = await PDFDocument.load(pdfBytes, { updateMetadata: false })
  return pdf.getPages()
    .map((page, index) => ({
      number: index + 1,
      fonts: page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict),
    }))
    .filter(page => !page.fonts || page.fonts.keys().length === 0)
    .map(page => page.number)
}
