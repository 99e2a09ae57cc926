/**
 * The deck's overview (`#/overview`: every slide with every click shown, and its notes) opened in a
 * browser until every slide has mounted, the charts laid out for a phone's column; read by the editable
 * copies (scripts/editable-copies.ts, editable-read.ts).
 */
import type { Page } from 'playwright-core'

/** The charts that lay themselves out for their width (the map by its frame's), and the width of a phone's reading column. */
const chartSelectors = ['.blacklist-stats', '.extradition-timeline', '.member-map .map-frame']
const phoneChartWidth = 350

export async function openOverview(page: Page, url: string, expected: number): Promise<void> {
  await page.goto(`${url}#/overview`)
  // Every slide's page and, inside it, its layout: a page can be there before its slide has mounted.
  await page.waitForFunction(count => document.querySelectorAll('.overview-slide-block .slidev-page[data-slidev-no] > .slidev-layout').length === count
    && document.querySelectorAll('.slidev-slide-loading').length === 0, expected, { timeout: 60_000 })
  // The map's drawing loads after its slide: every map has its names set before the pictures are taken.
  await page.waitForFunction(() => [
    ...document.querySelectorAll('figure.member-map'),
  ].every(map => map.querySelector('.member-map-chart .names li')), undefined, { timeout: 30_000 })
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await layChartsOutForAPhone(page)
}

/**
 * The charts lay themselves out for the width of their column (lib/chart-width.ts): given a phone's
 * column here, they are captured in their narrow form, labels at full size, rather than shrunk.
 */
async function layChartsOutForAPhone(page: Page): Promise<void> {
  await page.addStyleTag({ content: `${chartSelectors.join(', ')} { width: ${phoneChartWidth}px !important; }` })
  await page.waitForFunction(({ selectors, width }) => [
    ...document.querySelectorAll<SVGSVGElement>(selectors.map(selector => `${selector} svg[viewBox]`).join(', ')),
  ]
    .every(svg => svg.viewBox.baseVal.width <= width), { selectors: chartSelectors, width: phoneChartWidth }, { timeout: 30_000 })
}
