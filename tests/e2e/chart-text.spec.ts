import type { Page } from '@playwright/test'
import { chartSelector, checkChartText } from '../support/chart-text'
import { slidevDom } from '../support/slidev-dom'
import { expect, test } from './support'

/** Every slide with a chart or the map, shown with all its clicks (the stepped map at its last step). */
const chartSlides = [
  'blacklist',
  'later-figures',
  'extraditions',
  'member-map',
  'since-2011',
]

/** Issue 24: projected, a chart's labels, legend and names are at least 18 px on the 980 px canvas (in print and in a column too). */
const projectedMinimum = 18

/** The reading view's column on a 390 px phone: the screen less 1 rem each side, the slide's own padding gone. */
const phoneColumn = 358

async function expectChartTextApart(page: Page, where: string, charts: number, onSlide = true): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  // The map's drawing (and its names) loads after the slide: every map on the page has it first.
  await expect.poll(() => page.evaluate(() => [
    ...document.querySelectorAll('figure.member-map'),
  ].every(map => map.querySelector('.member-map-chart .names li'))), {
    message: `${where}: the map's names are set`,
  }).toBe(true)
  // The charts lay their marks out for their column once it is measured: the check waits for that.
  await expect.poll(async () => {
    const found = await page.evaluate(checkChartText, {
      selector: chartSelector,
      slidePage: onSlide ? slidevDom.page : null,
      minimumSize: projectedMinimum,
    })
    return found.problems.length === 0 && found.charts >= charts && found.pieces > 0
      ? 'apart'
      : found
  }, { message: `${where}: chart text that overlaps, leaves its chart or is set under ${projectedMinimum} px`, timeout: 10_000 }).toBe('apart')
}

test.describe('chart text as the browser sets it', () => {
  test.use({
    viewport: { width: 1920, height: 1080 },
  })

  test('no two pieces of chart text overlap or leave their chart, and none is under 18 px, projected at 1920 × 1080 and in a phone\'s 390 px reading column', async ({ page, deckPage }) => {
    for (const alias of chartSlides) {
      const slide = await deckPage.gotoSlide(alias, 99)
      await expectChartTextApart(page, `#/${alias} at 1920 × 1080`, 1)
      // The same slide in the reading view's column: the slide's container narrowed to it.
      await slide.evaluate((element, width) => {
        element.style.setProperty('width', `${width}px`, 'important')
        element.style.setProperty('height', 'auto', 'important')
        element.querySelector<HTMLElement>('.slidev-layout')?.style.setProperty('padding', '0', 'important')
      }, phoneColumn)
      await expectChartTextApart(page, `#/${alias} in a ${phoneColumn} px column`, 1, false)
    }
  })

  test('no two pieces of chart text overlap or leave their chart in print', async ({ page }) => {
    await page.emulateMedia({ media: 'print' })
    await page.goto('./?print#/print')
    await expect(page.locator(slidevDom.printSlide).last().locator(slidevDom.layout)).toBeVisible({ timeout: 30_000 })
    await expectChartTextApart(page, 'the print view', chartSlides.length)
  })
})
