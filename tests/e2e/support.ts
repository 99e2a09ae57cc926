import type { Locator, Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { expect } from '@playwright/test'
import { loadDeck, slideNumberOf } from '../support/deck'

let deck: ReturnType<typeof loadDeck> | undefined

/** The slide on screen (Slidev keeps its neighbours mounted but hidden). */
export function currentSlide(page: Page): Locator {
  return page.locator('.slidev-page:visible')
}

/**
 * Opens a slide by its number or `routeAlias` (hash routing), optionally at a click, in a fresh load
 * (a hash change alone would start a slide transition), and waits until it alone is on screen.
 */
export async function gotoSlide(page: Page, slide: number | string, clicks?: number): Promise<Locator> {
  const query = clicks === undefined
    ? ''
    : `?clicks=${clicks}`
  await page.goto('about:blank')
  await page.goto(`./#/${slide}${query}`)
  await expect(currentSlide(page)).toHaveCount(1)
  const no = typeof slide === 'number'
    ? slide
    : slideNumberOf(await (deck ??= loadDeck()), slide)
  const shown = page.locator(`.slidev-page[data-slidev-no="${no}"]`)
  await expect(shown).toBeVisible()
  return shown
}

/** Everything that went wrong on a page: page errors, console errors, failed or off-machine requests. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = []
  page.on('pageerror', error => problems.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error')
      problems.push(`console error: ${message.text()}`)
  })
  page.on('requestfailed', request => problems.push(`failed request: ${request.url()} (${request.failure()?.errorText})`))
  page.on('request', (request) => {
    const url = new URL(request.url())
    const local = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)
    if (!local && !['data:', 'blob:'].includes(url.protocol))
      problems.push(`request off this machine: ${request.url()}`)
  })
  return problems
}

/**
 * Takes Slidev's drawing layer off while nothing is drawn. It is a transparent SVG over the whole
 * slide, and axe takes anything on top of text as hiding its background: it then reports every
 * text's contrast as "could not be determined" instead of checking it (dequelabs/axe-core#3464).
 */
export async function hideDrawingLayer(page: Page): Promise<void> {
  await page.addStyleTag({ content: '#slide-content > svg.pointer-events-none { display: none !important; }' })
}

/** Serious and critical WCAG 2.1 A/AA violations inside `selector`, one line each. */
export async function seriousA11yViolations(page: Page, selector = '#slide-content'): Promise<string[]> {
  await hideDrawingLayer(page)
  const results = await new AxeBuilder({ page })
    .include(selector)
    .withTags([
      'wcag2a',
      'wcag2aa',
      'wcag21a',
      'wcag21aa',
    ])
    .analyze()
  return results.violations
    .filter(violation => violation.impact === 'serious' || violation.impact === 'critical')
    .map(violation => `${violation.id}: ${violation.help} (${violation.nodes.map(node => node.target.join(' ')).join(', ')})`)
}
