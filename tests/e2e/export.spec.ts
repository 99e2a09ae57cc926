import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { PDFDocument, PDFName } from 'pdf-lib'
import { blacklist, extraditions } from '../../data/blacklist'
import { formatCount } from '../../lib/format'
import { loadDeck, noteOpening } from '../support/deck'
import { pdfFonts, pdfPageCount, pdfPageTexts } from '../support/pdf'

// `npm run build` exports both PDFs beside the site with the same code as `npm run export`.
const slidesPdf = 'dist/sco-dubious-agenda.pdf'
const notesPdf = 'dist/sco-dubious-agenda-notes.pdf'
const deck = await loadDeck()

test.beforeAll(() => {
  expect(existsSync(slidesPdf), `${slidesPdf} is missing: run npm run build`).toBe(true)
})

test('the slides PDF has one page per slide, in order, with an outline', async () => {
  expect(await pdfPageCount(slidesPdf)).toBe(deck.length)
  const texts = await pdfPageTexts(slidesPdf)
  deck.forEach((slide, index) => {
    expect(texts[index], `page ${index + 1} should be "${slide.title}"`).toContain(slide.title)
  })
  const pdf = await PDFDocument.load(await readFile(slidesPdf))
  expect(pdf.catalog.has(PDFName.of('Outlines')), 'the PDF has no outline (bookmarks)').toBe(true)
})

for (const [name, path] of [
  ['slides PDF', slidesPdf],
  ['notes handout', notesPdf],
] as const) {
  test(`the ${name} embeds every font it uses, all of them the deck's own`, async () => {
    const fonts = await pdfFonts(path)
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.filter(font => !font.embedded).map(font => font.name)).toEqual([])
    expect(fonts.filter(font => font.subtype === '/Type3').map(font => font.name)).toEqual([])
    expect(fonts.filter(font => !/SourceSans3|SourceSerif4|SourceCodePro/.test(font.name)).map(font => font.name), 'a system fallback font slipped into the PDF').toEqual([])
  })
}

test('the slides PDF states the key figures with their qualifiers', async () => {
  const text = (await pdfPageTexts(slidesPdf)).join(' ')
  for (const figure of [blacklist.organizations, blacklist.individuals, extraditions.total])
    expect(text).toContain(formatCount(figure))
  expect(text).not.toMatch(/Caching for offline/i)
})

test('the notes handout has the notes of every slide', async () => {
  const text = (await pdfPageTexts(notesPdf)).join(' ')
  for (const slide of deck) {
    const firstWords = noteOpening(slide)
    expect(text, `notes of slide ${slide.no} (${slide.title})`).toContain(firstWords)
  }
})
