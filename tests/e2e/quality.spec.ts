import type { Page } from '@playwright/test'
import type { AxeResults } from 'axe-core'
import type { FirstSlideLoad } from '../../scripts/first-slide'
import { expect, test } from '@playwright/test'
import axe from 'axe-core'
import { firstSlideScriptAndFontBytes } from '../../scripts/budget'
import { bytesByKind, firstSlideGlobal, recordFirstSlideLoad, requestedBeforeVisible } from '../../scripts/first-slide'
import { loadDeck } from '../support/deck'
import { hideDrawingLayer, watchProblems } from './support'

const deck = await loadDeck()

// The walk takes hundreds of actions on a page holding every slide; a trace would double its
// time, and each failure already names its slide and element.
test.use({ trace: 'off' })

const wcag21 = {
  type: 'tag',
  values: [
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
  ],
} as const
const contrastOnly = {
  type: 'rule',
  values: ['color-contrast'],
} as const

/**
 * Prepares the page for axe, once: injects it (AxeBuilder injects it and opens a helper page on
 * every call, which makes a walk of the deck three times slower) and hides the drawing layer.
 */
async function prepareAxe(page: Page): Promise<void> {
  if (await page.evaluate(() => 'axe' in window))
    return
  await page.evaluate(axe.source)
  await hideDrawingLayer(page)
}

interface AxeFindings {
  /** Serious and critical violations, one line each (as support.ts's seriousA11yViolations). */
  violations: string[]
  /** Whether axe could check the contrast of any text here: every slide has at least its title. */
  checkedContrast: boolean
}

async function axeFindingsIn(page: Page, selector: string, runOnly: typeof wcag21 | typeof contrastOnly): Promise<AxeFindings> {
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

/** Switches the system colour scheme the deck sees, and lets it repaint. */
async function useColorScheme(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme })
  await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))))
}

/** Text as a reader sees it: typographic quotes (Slidev's markdown makes ' into ’) count as plain ones. */
function plainText(text: string): string {
  return text.replace(/[‘’]/g, '\'').replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim()
}

/** The number of slides, as the deck's own navigation bar states it ("3 / 42"). */
async function slideTotal(page: Page): Promise<number> {
  const total = await page.locator('nav').getByText(/^\s*\/\s*\d+\s*$/).first().textContent()
  return Number(total?.replace(/\D/g, ''))
}

/** Opens slide `no` with every click shown, and waits until it has settled: loaded, no transition running, fonts in. */
async function showWithAllClicks(page: Page, no: number): Promise<void> {
  await page.goto(`./#/${no}?clicks=999`)
  const slide = page.locator(`#slide-content [data-slidev-no="${no}"]`)
  await expect(slide).toBeVisible()
  await expect(slide.locator('.slidev-slide-loading')).toHaveCount(0)
  await page.waitForFunction(() => {
    const shown = [
      ...document.querySelectorAll('#slide-content [data-slidev-no]'),
    ].filter(element => element.checkVisibility())
    const moving = document.getAnimations().filter(animation =>
      animation.playState === 'running' && animation.effect?.getComputedTiming().iterations !== Infinity)
    return shown.length === 1 && moving.length === 0
  })
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
}

interface SlideLayout {
  /** Level and text of each visible heading, in document order. */
  headings: { level: number, text: string }[]
  /** Visible elements reaching beyond the slide canvas. */
  outside: string[]
  /** Visible boxes that cut off part of their own content. */
  clipping: string[]
}

/**
 * Runs in the page. Every visible element of slide `no` must lie inside the canvas (#slide-content),
 * where what an inner box clips away does not count; a box that clips its own text is reported too.
 * Visually hidden elements (1 px and clipped, for screen readers) are left out.
 */
function inspectLayout(no: number): SlideLayout {
  const canvasElement = document.querySelector<HTMLElement>('#slide-content')!
  const slide = canvasElement.querySelector<HTMLElement>(`[data-slidev-no="${no}"]`)!
  const canvas = canvasElement.getBoundingClientRect()
  const scale = canvas.width / canvasElement.offsetWidth
  const tolerance = 1

  const describe = (element: Element): string => {
    const classes = [...element.classList].filter(name => !name.startsWith('slidev-vclick')).slice(0, 3)
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50)
    return `<${element.tagName.toLowerCase()}${element.id
      ? `#${element.id}`
      : ''}${classes.map(name => `.${name}`).join('')}>${text
      ? ` "${text}"`
      : ''}`
  }
  const isVisuallyHidden = (element: Element): boolean => {
    for (let node: Element | null = element; node && node !== slide; node = node.parentElement) {
      const style = getComputedStyle(node)
      const box = node.getBoundingClientRect()
      if (style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)')
        return true
      if (box.width <= 1 && box.height <= 1 && style.overflow !== 'visible')
        return true
    }
    return false
  }
  const clips = (style: CSSStyleDeclaration): boolean => style.overflowX !== 'visible' || style.overflowY !== 'visible'
  const coversCanvas = (box: DOMRect): boolean =>
    box.left <= canvas.left + tolerance && box.top <= canvas.top + tolerance
    && box.right >= canvas.right - tolerance && box.bottom >= canvas.bottom - tolerance

  const headings: SlideLayout['headings'] = []
  const outside: string[] = []
  const clipping: string[] = []
  for (const element of slide.querySelectorAll('*')) {
    if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) || isVisuallyHidden(element))
      continue
    const heading = /^h([1-6])$/i.exec(element.tagName)?.[1] ?? element.getAttribute('aria-level')
    if (heading && (/^h[1-6]$/i.test(element.tagName) || element.getAttribute('role') === 'heading')) {
      headings.push({
        level: Number(heading),
        text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
      })
    }

    let { left, top, right, bottom } = element.getBoundingClientRect()
    if (right - left <= 0 || bottom - top <= 0)
      continue
    // What a box smaller than the canvas clips away is not drawn: keep only the part it shows.
    for (let ancestor = element.parentElement; ancestor && ancestor !== canvasElement; ancestor = ancestor.parentElement) {
      const box = ancestor.getBoundingClientRect()
      if (!clips(getComputedStyle(ancestor)) || coversCanvas(box))
        continue
      left = Math.max(left, box.left)
      top = Math.max(top, box.top)
      right = Math.min(right, box.right)
      bottom = Math.min(bottom, box.bottom)
    }
    if (right - left <= 0 || bottom - top <= 0)
      continue
    const beyond = {
      left: canvas.left - left,
      top: canvas.top - top,
      right: right - canvas.right,
      bottom: bottom - canvas.bottom,
    }
    const sides = Object.entries(beyond)
      .filter(([, amount]) => amount > tolerance)
      .map(([side, amount]) => `${Math.round(amount / scale)} px past the ${side} edge`)
    if (sides.length > 0)
      outside.push(`${describe(element)}: ${sides.join(', ')}`)

    const style = getComputedStyle(element)
    if (element instanceof HTMLElement && clips(style) && (element.textContent ?? '').trim()) {
      const hiddenWidth = element.scrollWidth - element.clientWidth
      const hiddenHeight = element.scrollHeight - element.clientHeight
      const cut = [
        hiddenWidth > tolerance
          ? `${hiddenWidth} px of its content's width`
          : '',
        hiddenHeight > tolerance
          ? `${hiddenHeight} px of its content's height`
          : '',
      ].filter(Boolean)
      if (cut.length > 0)
        clipping.push(`${describe(element)}: cuts off ${cut.join(' and ')} (overflow: ${style.overflow})`)
    }
  }
  return { headings, outside, clipping }
}

test('every slide, with all its clicks shown, is accessible (in light and dark), titled, inside the canvas, and offline', async ({ page }) => {
  test.slow()
  const problems = watchProblems(page)
  await useColorScheme(page, 'light')
  await page.goto('./#/1')
  const total = await slideTotal(page)
  expect(total, 'the navigation bar and slides.md disagree on the number of slides').toBe(deck.length)

  const failures = {
    a11y: [] as string[],
    dark: [] as string[],
    unchecked: [] as string[],
    title: [] as string[],
    layout: [] as string[],
    network: [] as string[],
  }
  for (let no = 1; no <= total; no++) {
    const seen = problems.length
    await showWithAllClicks(page, no)
    const title = plainText(deck[no - 1]?.title ?? '')
    const name = `slide ${no} "${title}"`

    const selector = `#slide-content [data-slidev-no="${no}"]`
    const light = await axeFindingsIn(page, selector, wcag21)
    failures.a11y.push(...light.violations.map(violation => `${name}: ${violation}`))
    if (!light.checkedContrast)
      failures.unchecked.push(`${name}: axe could not check the contrast of any text (something covers the slide?)`)

    const layout = await page.evaluate(inspectLayout, no)
    const [first] = layout.headings
    const firstHeading = first
      ? `h${first.level} "${first.text}"`
      : 'missing'
    if (!title)
      failures.title.push(`${name}: Slidev finds no title (no "# " heading and no title in its frontmatter)`)
    else if (!first || first.level > 2 || plainText(first.text) !== title)
      failures.title.push(`${name}: the first heading is ${firstHeading}, not an h1 or h2 with the title`)
    for (const element of layout.outside.concat(layout.clipping))
      failures.layout.push(`${name}: ${element}`)

    // What `slidev export --dark` prints, and what a learner with a dark system sees.
    await useColorScheme(page, 'dark')
    const dark = await axeFindingsIn(page, selector, contrastOnly)
    failures.dark.push(...dark.violations.map(violation => `${name}: ${violation}`))
    if (!dark.checkedContrast)
      failures.unchecked.push(`${name}, dark: axe could not check the contrast of any text (something covers the slide?)`)
    await useColorScheme(page, 'light')

    for (const problem of problems.slice(seen))
      failures.network.push(`while on ${name}: ${problem.split('\n')[0]}`)
  }

  expect.soft(failures.a11y, 'serious or critical WCAG 2.1 A/AA violations (axe)').toEqual([])
  expect.soft(failures.dark, 'text below WCAG AA contrast in dark mode').toEqual([])
  expect.soft(failures.unchecked, 'slides where axe could not check text contrast at all').toEqual([])
  expect.soft(failures.title, 'slides whose title is not a heading').toEqual([])
  expect.soft(failures.layout, 'elements beyond the slide canvas, or cut off inside it').toEqual([])
  expect(failures.network, 'page errors, console errors, failed requests or requests off this machine').toEqual([])
})

test('the first slide requests no more JavaScript and fonts than the budget in scripts/budget.ts', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' })
  try {
    const page = await context.newPage()
    await page.addInitScript(recordFirstSlideLoad, {
      slideSelector: '[data-slidev-no="1"] :is(h1, h2)',
      globalName: firstSlideGlobal,
      settleMs: 500,
    })
    await page.goto('./#/1')
    const load = await page.evaluate(name => (window as unknown as Record<string, () => Promise<FirstSlideLoad>>)[name]!(), firstSlideGlobal)
    const requested = requestedBeforeVisible(load)
    const bytes = bytesByKind(requested, page.url())
    const heaviest = [...requested]
      .sort((a, b) => b.encodedBodySize - a.encodedBodySize)
      .slice(0, 8)
      .map(resource => `${new URL(resource.url).pathname.split('/').pop()} ${resource.encodedBodySize}`)
    expect(bytes.script + bytes.font, `JavaScript ${bytes.script} + fonts ${bytes.font} bytes; heaviest: ${heaviest.join(', ')}`)
      .toBeLessThanOrEqual(firstSlideScriptAndFontBytes)
  }
  finally {
    await context.close()
  }
})
