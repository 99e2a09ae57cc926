import { PDFDocument, StandardFonts } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { pagesWithoutText } from '../../lib/pdf-pages'

async function pdfWith(pages: ('text' | 'blank')[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  for (const kind of pages) {
    const page = pdf.addPage([400, 225])
    if (kind === 'text')
      page.drawText('A slide', { x: 20, y: 100, font })
  }
  return pdf.save()
}

describe('pagesWithoutText', () => {
  it('finds no blank page in a PDF whose every page has text', async () => {
    expect(await pagesWithoutText(await pdfWith(['text', 'text']))).toEqual([])
  })

  it('names each page that has no text, counting from 1', async () => {
    expect(await pagesWithoutText(await pdfWith(['text', 'blank', 'text', 'blank']))).toEqual([2, 4])
  })
})
