/**
 * The one walk of the deck: every slide, opened by its route alias with all its clicks shown, gets
 * every per-slide check in one visit. Each failure names its slide (number and title) and its check.
 * The walk goes in three parts, run side by side when Playwright has workers to spare.
 */
import type { Page } from '@playwright/test'
import type { DeckSlide } from '../support/deck'
import type { DeckPage } from './support'
import { loadDeck, plainText, typographic } from '../support/deck'
import { measureProjectedType, titlePosition } from '../support/projected-type'
import { inspectLayout } from '../support/slide-layout'
import { canvasSlideSelector, slideSelector, slidevDom } from '../support/slidev-dom'
import { axeFindingsIn, contrastOnly, expect, test, wcag21 } from './support'

const deck = await loadDeck()

/**
 * Projected slides must read from the back of a room of 28, every step shown, on a 1920×1080 screen as in
 * class: body text at least 24 px on the 980 px canvas (about 47 px on that screen), the small print
 * (kickers, source lines, citations, captions, table headings) at least 18 px. Text inside SVG (the
 * charts' and the map's labels) is measured by the charts' own tests. And a slide's content is balanced in
 * the frame: one whose content ends above 60% of its height says why in its frontmatter (`endsHigh:`).
 */
const projectedType = {
  body: 24,
  small: 18,
  smallPrint: '.kicker, .slide-source, .small-print, .reading, cite, caption, figcaption, thead th, figure',
}
const contentEndsAtLeast = 0.6

/**
 * One header for every slide type: the title starts at the same place (canvas px from the slide's top left),
 * under the kicker's line whether or not the slide has a kicker. The cover and the dividers set their title
 * lower, large, but from the same left edge.
 */
const titleAt = { top: 59, left: 52 }
const ownTitlePlace = /\b(?:cover|divider)\b/
const projector = { width: 1920, height: 1080 }

// The walk runs in a Playwright project of its own, without a trace and first (playwright.config.ts).
test.use({ viewport: projector })

/**
 * Slidev keeps every slide it has shown mounted (hidden), and 3 s after it starts it mounts all 54.
 * axe's work grows with the whole page, not with the slide it checks: past this many mounted slides
 * the walk starts the deck afresh, which costs less than checking on the full page.
 */
const mountedBeforeRestart = 8

/** Lets the page lay out and paint what just changed. */
async function twoFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))))
}

/** Switches the system colour scheme the deck sees, and lets it repaint. */
async function useColorScheme(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme })
  await twoFrames(page)
}

/** The number of slides, as the deck's own navigation bar states it ("3 / 42"). */
function slideTotal(page: Page) {
  return page.locator('nav').getByText(/^\s*\/\s*\d+\s*$/).first()
}

/**
 * Opens slide `no` by its alias with every click shown (in a fresh start of the deck when it holds
 * many slides), and waits until it has settled: loaded, no transition running, fonts in.
 */
async function showWithAllClicks(page: Page, deckPage: DeckPage, no: number, alias: string): Promise<void> {
  if (await page.locator(slidevDom.page).count() > mountedBeforeRestart)
    await deckPage.leave()
  await page.goto(`./#/${alias}?clicks=999`)
  const slide = page.locator(canvasSlideSelector(no))
  await expect(slide).toBeVisible()
  await expect(slide.locator(slidevDom.slideLoading)).toHaveCount(0)
  await page.waitForFunction((dom) => {
    const shown = [
      ...document.querySelectorAll(`${dom.canvas} [${dom.slideNoAttribute}]`),
    ].filter(element => element.checkVisibility())
    const moving = document.getAnimations().filter(animation =>
      animation.playState === 'running' && animation.effect?.getComputedTiming().iterations !== Infinity)
    return shown.length === 1 && moving.length === 0
  }, slidevDom)
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
}

const parts = 3
const perPart = Math.ceil(deck.length / parts)
test.describe.configure({ mode: 'parallel' })

for (let part = 0; part < parts; part++) {
  const slides = deck.slice(part * perPart, (part + 1) * perPart)
  test(`slides ${slides[0]!.no}–${slides.at(-1)!.no}, each opened by its alias with all its clicks shown, are titled, accessible (in light and dark), inside the canvas, legible when projected, and offline`, async ({ page, deckPage, problems }) => {
    await walk(page, deckPage, problems, slides)
  })
}

async function walk(page: Page, deckPage: DeckPage, problems: readonly string[], slides: readonly DeckSlide[]): Promise<void> {
  test.setTimeout(300_000)
  await useColorScheme(page, 'light')
  await page.goto('./#/1')
  await expect(slideTotal(page), 'the navigation bar and slides.md disagree on the number of slides').toHaveText(new RegExp(`^\\s*/\\s*${deck.length}\\s*$`))

  const failures = {
    alias: [] as string[],
    a11y: [] as string[],
    dark: [] as string[],
    unchecked: [] as string[],
    title: [] as string[],
    layout: [] as string[],
    legible: [] as string[],
    balance: [] as string[],
    header: [] as string[],
    network: [] as string[],
  }
  for (const { no, alias, title: sourceTitle, frontmatter } of slides) {
    const seen = problems.length
    const title = plainText(sourceTitle)
    const name = `slide ${no} "${title}"`
    if (!alias) {
      failures.alias.push(`${name}: has no routeAlias`)
      continue
    }
    await showWithAllClicks(page, deckPage, no, alias)

    await expect.soft(page.locator(slideSelector(no)).locator('h1').first(), `${name}: #/${alias} shows its title as the h1`).toHaveText(typographic(sourceTitle))

    const selector = canvasSlideSelector(no)
    const light = await axeFindingsIn(page, selector, wcag21)
    failures.a11y.push(...light.violations.map(violation => `${name}: ${violation}`))
    if (!light.checkedContrast)
      failures.unchecked.push(`${name}: axe could not check the contrast of any text (something covers the slide?)`)

    const layout = await page.evaluate(inspectLayout, { no, dom: slidevDom })
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

    const projected = await page.locator(slideSelector(no)).evaluate(measureProjectedType, projectedType)
    failures.legible.push(...projected.tooSmall.map(line => `${name} (${alias}): ${line}`))
    const reason = frontmatter.endsHigh
    if (projected.contentEnd < contentEndsAtLeast && (typeof reason !== 'string' || reason.trim().length < 10))
      failures.balance.push(`${name} (${alias}): its content ends at ${Math.round(projected.contentEnd * 100)}% of the frame, and its frontmatter gives no reason (endsHigh:)`)

    const place = await page.locator(slideSelector(no)).evaluate(titlePosition)
    if (place && (place.left !== titleAt.left || (!ownTitlePlace.test(place.layout) && place.top !== titleAt.top)))
      failures.header.push(`${name}: its title starts at ${place.left}, ${place.top} px, not at ${titleAt.left}, ${titleAt.top} px like every slide's`)

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

  expect.soft(failures.alias, 'slides without a route alias').toEqual([])
  expect.soft(failures.a11y, 'serious or critical WCAG 2.1 A/AA violations (axe)').toEqual([])
  expect.soft(failures.dark, 'text below WCAG AA contrast in dark mode').toEqual([])
  expect.soft(failures.unchecked, 'slides where axe could not check text contrast at all').toEqual([])
  expect.soft(failures.title, 'slides whose title is not a heading').toEqual([])
  expect.soft(failures.layout, 'elements beyond the slide canvas, or cut off inside it').toEqual([])
  expect.soft(failures.legible, `projected text below ${projectedType.body} px (body) or ${projectedType.small} px (small print) on the canvas, at 1920×1080`).toEqual([])
  expect.soft(failures.header, 'slides whose title is not where every slide\'s is').toEqual([])
  expect.soft(failures.balance, `projected slides whose content ends above ${contentEndsAtLeast * 100}% of the frame without a reason`).toEqual([])
  expect(failures.network, 'page errors, console errors, failed requests or requests off this machine').toEqual([])
}
