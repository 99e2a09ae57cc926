/**
 * The browser tests' fixtures and helpers. Every spec imports `test` and `expect` from here:
 *
 * - `page` is Playwright's page, watched: page errors, console errors, failed requests and requests
 *   off this machine are collected in `problems`, and asserted to be none after the test (a test that
 *   also looks at them mid-way reads the `problems` fixture).
 * - `deck` is the slides as Slidev sees them (tests/support/deck.ts), read once per worker.
 * - `deckPage` opens slides by number or alias, and leaves a page once its requests have settled.
 *
 * Each test gets its own; nothing here is kept between tests (playwright.dev/docs/test-fixtures).
 */
import type { Locator, Page, Request } from '@playwright/test'
import type { AxeResults } from 'axe-core'
import type { DeckSlide } from '../support/deck'
import { test as base, expect } from '@playwright/test'
import axe from 'axe-core'
import { loadDeck, slideNumberOf } from '../support/deck'
import { slideSelector, slidevDom } from '../support/slidev-dom'

export { expect }

/** The slide on screen (Slidev keeps its neighbours mounted but hidden). */
export function currentSlide(page: Page): Locator {
  return page.locator(`${slidevDom.page}:visible`)
}

/** What the watched page met, and what it is doing now. */
class PageLog {
  /** One line for each page error, console error, failed request or request off this machine. */
  readonly problems: string[] = []
  /** Requests still loading. */
  readonly loading = new Set<Request>()
  /** Set while `leave` navigates away: downloads that navigation cuts off are not problems. */
  leaving = false

  watch(page: Page): void {
    page.on('pageerror', error => this.problems.push(`page error: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error')
        this.problems.push(`console error: ${message.text()}`)
    })
    page.on('request', (request) => {
      this.loading.add(request)
      const url = new URL(request.url())
      const local = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)
      if (!local && !['data:', 'blob:'].includes(url.protocol))
        this.problems.push(`request off this machine: ${request.url()}`)
    })
    page.on('requestfinished', request => this.loading.delete(request))
    page.on('requestfailed', (request) => {
      this.loading.delete(request)
      const error = request.failure()?.errorText
      // Chromium reports the downloads a navigation aborts before the navigation ends.
      if (!(this.leaving && error === 'net::ERR_ABORTED'))
        this.problems.push(`failed request: ${request.url()} (${error})`)
    })
  }
}

/** The deck in the watched page: opening slides, leaving pages without cutting downloads off. */
export class DeckPage {
  constructor(private readonly page: Page, private readonly log: PageLog, private readonly deck: readonly DeckSlide[]) {}

  /** The slide on screen. */
  current(): Locator {
    return currentSlide(this.page)
  }

  /**
   * Waits until no request is loading (what `networkidle` guessed at by waiting out half a second):
   * before leaving the page, so that leaving aborts no download (Slidev fetches
   * the slides beside the one on screen, the browser its icon), which would count as a failed request.
   */
  async settle(): Promise<void> {
    await expect.poll(() => this.log.loading.size, { message: 'requests still loading' }).toBe(0)
  }

  /**
   * Leaves what the page shows for a blank page once its requests have settled. A download the page
   * starts in the moment between (a slide mounted by Slidev's preloading fetching its chart) is cut
   * off by this navigation, and not counted as a problem.
   */
  async leave(): Promise<void> {
    await this.settle()
    this.log.leaving = true
    try {
      await this.page.goto('about:blank')
    }
    finally {
      this.log.leaving = false
    }
  }

  /**
   * Follows a link that leaves the page, once the page's requests have settled. A download started
   * in the moment between (Slidev loading its drawing layer) is cut off by the navigation, as by `leave`.
   */
  async follow(link: Locator): Promise<void> {
    await this.settle()
    const before = this.page.url()
    this.log.leaving = true
    try {
      await link.click()
      await expect(this.page).not.toHaveURL(before)
      await this.page.waitForLoadState()
    }
    finally {
      this.log.leaving = false
    }
  }

  /**
   * A learner's first visit: opens `path` and waits until the site's service worker is active (it has
   * stored what it keeps offline). It controls the page only from the next load on.
   */
  async visitOnce(path: string): Promise<void> {
    await this.page.goto(path)
    await this.page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })
  }

  /**
   * Opens a slide by its number or `routeAlias` (hash routing), optionally at a click, in a fresh load
   * (a hash change alone would start a slide transition), and waits until it alone is on screen.
   */
  async gotoSlide(slide: number | string, clicks?: number): Promise<Locator> {
    const query = clicks === undefined
      ? ''
      : `?clicks=${clicks}`
    if (this.page.url() !== 'about:blank')
      await this.leave()
    await this.page.goto(`./#/${slide}${query}`)
    await expect(this.current()).toHaveCount(1)
    const no = typeof slide === 'number'
      ? slide
      : slideNumberOf(this.deck, slide)
    const shown = this.page.locator(slideSelector(no))
    await expect(shown).toBeVisible()
    return shown
  }
}

interface TestFixtures {
  /**
   * Whether the page's problems are asserted to be none after the test (the default). A test that
   * makes failures on purpose (it takes the browser offline) turns this off and asserts them itself,
   * up to the point where it starts making them.
   */
  checkProblemsAfterTest: boolean
  /** What went wrong on `page` so far; asserted empty after the test. */
  problems: string[]
  deckPage: DeckPage
  pageLog: PageLog
}
interface WorkerFixtures {
  deck: readonly DeckSlide[]
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  // Playwright reads a fixture's dependencies from its first parameter: none here.
  deck: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      await use(await loadDeck())
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern
  pageLog: async ({}, use) => {
    await use(new PageLog())
  },
  checkProblemsAfterTest: [
    true,
    { option: true },
  ],
  page: async ({ page, pageLog, checkProblemsAfterTest }, use) => {
    pageLog.watch(page)
    await use(page)
    if (checkProblemsAfterTest)
      expect(pageLog.problems, 'page errors, console errors, failed requests or requests off this machine').toEqual([])
  },
  problems: async ({ page: _, pageLog }, use) => {
    await use(pageLog.problems)
  },
  deckPage: async ({ page, pageLog, deck }, use) => {
    await use(new DeckPage(page, pageLog, deck))
  },
})

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
