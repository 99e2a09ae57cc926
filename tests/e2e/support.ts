import type { Locator, Page, Request } from '@playwright/test'
import type { AxeResults } from 'axe-core'
import { expect } from '@playwright/test'
import axe from 'axe-core'
import { loadDeck, slideNumberOf } from '../support/deck'
import { slideSelector, slidevDom } from '../support/slidev-dom'

let deck: ReturnType<typeof loadDeck> | undefined

/** The slide on screen (Slidev keeps its neighbours mounted but hidden). */
export function currentSlide(page: Page): Locator {
  return page.locator(`${slidevDom.page}:visible`)
}

const loadingByPage = new WeakMap<Page, Set<Request>>()

/** The page's requests still loading, tracked from the first call on. */
function loadingOn(page: Page): Set<Request> {
  const known = loadingByPage.get(page)
  if (known)
    return known
  const loading = new Set<Request>()
  page.on('request', request => loading.add(request))
  page.on('requestfinished', request => loading.delete(request))
  page.on('requestfailed', request => loading.delete(request))
  loadingByPage.set(page, loading)
  return loading
}

/**
 * Starts tracking the page's requests; the returned function waits until none is loading, so that
 * leaving the page aborts no download (Slidev fetches the slides beside the one on screen, the
 * browser its icon), which `watchProblems` would report as a failed request.
 */
export function requestsSettle(page: Page): () => Promise<void> {
  const loading = loadingOn(page)
  return () => expect.poll(() => loading.size, { message: 'requests still loading before leaving the page' }).toBe(0)
}

/** Pages being navigated away from by `leavePage`, now. */
const leaving = new WeakSet<Page>()

/**
 * Leaves what the page shows for a blank page once its requests have settled. A download the page
 * starts in the moment between (a slide mounted by Slidev's preloading fetching its chart) is cut off
 * by this navigation: `watchProblems` does not count it as failed. Chromium reports such aborts before
 * the navigation ends.
 */
export async function leavePage(page: Page, settled: () => Promise<void>): Promise<void> {
  await settled()
  leaving.add(page)
  try {
    await page.goto('about:blank')
  }
  finally {
    leaving.delete(page)
  }
}

/**
 * A learner's first visit: opens `path` and waits until the site's service worker is active (it has
 * stored what it keeps offline). It controls the page only from the next load on.
 */
export async function visitOnce(page: Page, path: string): Promise<void> {
  await page.goto(path)
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
}

/**
 * Opens a slide by its number or `routeAlias` (hash routing), optionally at a click, in a fresh load
 * (a hash change alone would start a slide transition), and waits until it alone is on screen.
 */
export async function gotoSlide(page: Page, slide: number | string, clicks?: number): Promise<Locator> {
  const query = clicks === undefined
    ? ''
    : `?clicks=${clicks}`
  const settled = requestsSettle(page)
  if (page.url() !== 'about:blank')
    await leavePage(page, settled)
  await page.goto(`./#/${slide}${query}`)
  await expect(currentSlide(page)).toHaveCount(1)
  const no = typeof slide === 'number'
    ? slide
    : slideNumberOf(await (deck ??= loadDeck()), slide)
  const shown = page.locator(slideSelector(no))
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
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText
    if (!(leaving.has(page) && error === 'net::ERR_ABORTED'))
      problems.push(`failed request: ${request.url()} (${error})`)
  })
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
  await page.addStyleTag({ content: `${slidevDom.drawingLayer} { display: none !important; }` })
}

/** The WCAG 2.1 A and AA rules. */
export const wcag21 = {
  type: 'tag',
  values: [
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
  ],
} as const
/** Text contrast alone. */
export const contrastOnly = {
  type: 'rule',
  values: ['color-contrast'],
} as const

/**
 * Prepares the page for axe, once: injects it and hides the drawing layer. (@axe-core/playwright's
 * AxeBuilder injects it and opens a helper page on every call: three times slower on a walk of the
 * deck, twice on the reading view.)
 */
async function prepareAxe(page: Page): Promise<void> {
  if (await page.evaluate(() => 'axe' in window))
    return
  await page.evaluate(axe.source)
  await hideDrawingLayer(page)
}

export interface AxeFindings {
  /** Serious and critical violations, one line each. */
  violations: string[]
  /** Whether axe could check the contrast of any text here: every slide has at least its title. */
  checkedContrast: boolean
}

/** What axe finds inside `selector` on the page as it is now. */
export async function axeFindingsIn(page: Page, selector: string, runOnly: typeof wcag21 | typeof contrastOnly): Promise<AxeFindings> {
  await prepareAxe(page)
  type WithAxe = Window & { axe: typeof axe }
  const results = await page.evaluate(([selector, runOnly]) => (window as unknown as WithAxe).axe.run(selector, {
    runOnly: {
      type: runOnly.type,
      values: [...runOnly.values],
    },
    resultTypes: ['violations'],
  }).then((results: AxeResults) => ({
    violations: results.violations.map(violation => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map(node => [
        node.target.join(' '),
        node.any[0]?.message,
      ].filter(Boolean).join(': ')),
    })),
    checkedContrast: [
      ...results.passes,
      ...results.violations,
    ].some(result => result.id === 'color-contrast'),
  })), [selector, runOnly] as const)
  return {
    violations: results.violations
      .filter(violation => violation.impact === 'serious' || violation.impact === 'critical')
      .map(violation => `${violation.id}: ${violation.help} (${violation.targets.join('; ')})`),
    checkedContrast: results.checkedContrast,
  }
}

/** Serious and critical WCAG 2.1 A/AA violations inside `selector`, one line each. */
export async function seriousA11yViolations(page: Page, selector: string = slidevDom.canvas): Promise<string[]> {
  return (await axeFindingsIn(page, selector, wcag21)).violations
}
