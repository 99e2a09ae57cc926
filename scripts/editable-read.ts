/**
 * Reads what the editable copies say from the built site, as the reading view and the PDF export see it:
 * every slide from the deck's overview (every click shown, with its notes), pictures of the map and the
 * charts from the print view (the slides at their own size), and each handout from its page.
 */
import type { Buffer } from 'node:buffer'
import type { Browser, Page } from 'playwright-core'
import type { DeckSlide } from './deck-source.ts'
import type { ReadPage } from './editable-blocks.ts'
import { materials } from '../data/materials.ts'
import { handoutPath } from '../lib/handout-routes.ts'
import { openOverview } from './deck-overview.ts'
import { readBlocks } from './editable-blocks.ts'
import { printWhenReady } from './export-pdfs.ts'

/** The map and the charts: pictures in the copies, each with its text alternative and its table. */
const figureSelector = 'figure.member-map, figure.chart'

export interface ReadSlide extends ReadPage {
  readonly no: number
  readonly alias?: string
}

/** Every slide's blocks and notes, in deck order; a figure's `figure` counts the deck's figures from 0. */
export async function readSlides(page: Page, url: string, slides: readonly DeckSlide[]): Promise<ReadSlide[]> {
  await openOverview(page, url, slides.length)
  const read = await page.evaluate(readBlocks, {
    selector: '.overview-slide-block .slidev-page[data-slidev-no] > .slidev-layout',
    closestSelector: '.overview-slide-block',
    notesSelector: '.slidev-note',
    figureSelector: `.overview-slide-block :is(${figureSelector})`,
  })
  if (read.length !== slides.length)
    throw new Error(`The overview showed ${read.length} slides, slides.md has ${slides.length}`)
  return read.map((slide, index) => ({
    ...slide,
    // Slides without a heading (none now) keep the title slides.md gives them, or their number.
    title: slide.title || slides[index]!.title || `Slide ${slides[index]!.no}`,
    no: slides[index]!.no,
    alias: slides[index]!.alias,
  }))
}

/** A PNG of each of the deck's figures, in deck order, from the print view at twice the slides' size. */
export async function figurePictures(browser: Browser, url: string, canvas: { width: number, height: number }): Promise<Buffer[]> {
  const context = await browser.newContext({
    colorScheme: 'light',
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
    viewport: canvas,
    deviceScaleFactor: 2,
  })
  try {
    const page = await context.newPage()
    await printWhenReady(page, `${url}?print#/print`, 60_000)
    const figures = page.locator(`#print-content :is(${figureSelector})`)
    const pictures: Buffer[] = []
    for (const figure of await figures.all())
      pictures.push(await figure.screenshot({ animations: 'disabled' }))
    return pictures
  }
  finally {
    await context.close()
  }
}

/** Each material of data/materials.ts as its page shows it in print (its on-screen controls hidden). */
export async function readHandouts(browser: Browser, url: string): Promise<Map<string, ReadPage>> {
  const context = await browser.newContext({
    colorScheme: 'light',
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
    viewport: { width: 794, height: 1123 },
  })
  const read = new Map<string, ReadPage>()
  try {
    for (const material of materials) {
      // A page each: on one page, the next handout's address would change only its hash.
      const page = await context.newPage()
      await page.emulateMedia({ media: 'print' })
      await printWhenReady(page, `${url}${handoutPath(material.slug)}`, 60_000)
      const [handout] = await page.evaluate(readBlocks, {
        selector: 'main > .handout, main .handout',
        figureSelector,
      })
      if (!handout?.title)
        throw new Error(`The ${material.slug} handout has no h1`)
      read.set(material.slug, handout)
      await page.close()
    }
  }
  finally {
    await context.close()
  }
  return read
}
