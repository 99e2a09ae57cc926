import type { Page } from '@playwright/test'
import { correctOption, questions } from '../../data/questions'
import { readingViewFirstVisitBytes } from '../../scripts/budget'
import { loadDeck, typographic } from '../support/deck'
import { slideSelector } from '../support/slidev-dom'
import { axeFindingsIn, expect, test, wcag21 } from './support'

const deck = await loadDeck()
const phone = {
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
  deviceScaleFactor: 2,
}

interface PhoneLayout {
  pageWidth: number
  /** Visible text set below 16 px (12 px in a chart or the map), as rendered. */
  smallText: string[]
  /** Figures (and charts, tables) reaching past the screen's edges. */
  wideFigures: string[]
  /** Controls a finger cannot hit: less than 44 px high or wide (links inside a sentence excepted). */
  smallTargets: string[]
}

/** Runs in the page: measures what a phone user meets. */
function inspectPhoneLayout(): PhoneLayout {
  const width = document.documentElement.clientWidth
  const describe = (element: Element): string => `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}"> "${(element.textContent ?? '').trim().slice(0, 40)}" in #${element.closest('section[id]')?.id}`
  const hiddenForScreenReaders = (element: Element): boolean => !!element.closest('.visually-hidden, [hidden], details:not([open]) > :not(summary)')
  const smallText: string[] = []
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  while (walker.nextNode()) {
    const element: Element = walker.currentNode.parentElement!
    if (!walker.currentNode.textContent?.trim() || hiddenForScreenReaders(element) || !element.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
      continue
    const inSvg = element instanceof SVGElement
    const scale = inSvg
      ? (element as SVGGraphicsElement).getScreenCTM()?.a ?? 1
      : (element as HTMLElement).currentCSSZoom
    const rendered = Number.parseFloat(getComputedStyle(element).fontSize) * scale
    const floor = inSvg
      ? 12
      : 16
    if (rendered < floor - 0.05)
      smallText.push(`${rendered.toFixed(1)} px: ${describe(element)}`)
  }
  const wideFigures: string[] = []
  for (const figure of document.querySelectorAll('main figure, main table, main img, main svg:not(figure svg, .rv-shapes)')) {
    if (hiddenForScreenReaders(figure))
      continue
    const box = figure.getBoundingClientRect()
    if (box.width > 0 && (box.left < -0.5 || box.right > width + 0.5))
      wideFigures.push(`${Math.round(box.left)}–${Math.round(box.right)} px: ${describe(figure)}`)
  }
  const smallTargets: string[] = []
  for (const target of document.querySelectorAll('a[href], button, summary, label:has(input), input:not(label input)')) {
    if (!target.checkVisibility())
      continue
    const box = target.getBoundingClientRect()
    const inSentence = target.tagName === 'A' && (target.parentElement?.textContent ?? '').trim().length > (target.textContent ?? '').trim().length + 2
    if (!inSentence && (box.height < 44 || box.width < 44))
      smallTargets.push(`${Math.round(box.width)}×${Math.round(box.height)}: ${describe(target)}`)
  }
  return {
    pageWidth: document.documentElement.scrollWidth,
    smallText,
    wideFigures,
    smallTargets,
  }
}

/** Bytes the first visit fetched uncompressed: what a static host that does not compress sends. */
async function bytesUncompressed(page: Page): Promise<number> {
  return page.evaluate(() => [
    ...performance.getEntriesByType('navigation'),
    ...performance.getEntriesByType('resource'),
  ].reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).decodedBodySize, 0))
}

test.describe('the reading view on a 390 × 844 phone', () => {
  test.use(phone)

  test('fits the screen: no sideways scrolling, text at 16 px (chart labels 12), figures within the width, 44 px targets; a first visit fetches at most 450 kB, even uncompressed', async ({ page, deckPage }) => {
    await page.goto('./read.html')
    await deckPage.settle()
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    await deckPage.settle()
    const layout = await page.evaluate(inspectPhoneLayout)
    expect(layout.pageWidth, 'the page scrolls sideways').toBeLessThanOrEqual(390)
    expect(layout.smallText).toEqual([])
    expect(layout.wideFigures).toEqual([])
    expect(layout.smallTargets).toEqual([])
    // The whole page: notes, answers and the answer slides behind their disclosures too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => {
      details.open = true
    }))
    expect((await page.evaluate(inspectPhoneLayout)).smallText, 'text under 16 px with every disclosure open').toEqual([])
    // What a static host that does not compress sends; compressed, the visit is smaller still.
    expect(await bytesUncompressed(page)).toBeLessThanOrEqual(readingViewFirstVisitBytes)
  })

  test('every slide is a section under its title, in order, with one h1, a main landmark and skip links', async ({ page }) => {
    await page.goto('./read.html')
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
    await expect(page.getByRole('main')).toHaveCount(1)
    const sections = page.locator('main section.rv-slide')
    await expect(sections).toHaveCount(deck.length)
    const titles = await sections.locator('.rv-slide-title').allTextContents()
    expect(titles.map(title => title.replace(/\s+/g, ' ').trim())).toEqual(deck.map(slide => typographic(slide.title)))
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: 'Skip to the lesson' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('main')).toBeFocused()
    const contents = page.getByRole('navigation', { name: 'Contents' })
    await expect(contents.getByRole('link', { name: 'Glossary', exact: true })).toBeVisible()
    await contents.getByRole('link', { name: 'Sources', exact: true }).click()
    await expect(page.getByRole('region', { name: 'Sources', exact: true })).toBeInViewport()
  })

  test('a self-check answered by touch says whether the answer is right, and why, with no script', async ({ browser }) => {
    const page = await browser.newPage({ ...phone, javaScriptEnabled: false })
    await page.goto('./read.html')
    const check = page.locator('.self-check fieldset').first()
    const stem = (await check.locator('legend').textContent())!.trim()
    const question = questions.find(candidate => stem.endsWith(candidate.stem))!
    const right = correctOption(question)!
    const wrong = question.options.find(option => option !== right)!
    const feedback = check.getByRole('status')
    await expect(feedback.getByText(wrong.feedback)).toBeHidden()
    await check.getByRole('radio', { name: wrong.text }).tap()
    await expect(feedback.getByText(`Not quite. ${wrong.feedback} Try another answer.`)).toBeVisible()
    await expect(feedback.getByText(right.feedback)).toBeHidden()
    await check.getByRole('radio', { name: right.text }).tap()
    await expect(feedback.getByText(`Right. ${right.feedback}`)).toBeVisible()
    await expect(feedback.getByText(wrong.feedback)).toBeHidden()
    await page.close()
  })

  test('states the figures the deck\'s charts state, with their qualifiers', async ({ page }) => {
    await page.goto('./read.html')
    const main = page.getByRole('main')
    for (const figure of [
      'over 1,100',
      'at least 42',
      'at least 29',
      'at least 28',
    ])
      await expect.soft(main, figure).toContainText(figure)
  })

  test('axe finds no serious or critical violation', async ({ page }) => {
    await page.goto('./read.html')
    // The whole page: its title and language are checked too.
    const { violations } = await axeFindingsIn(page, 'html', wcag21)
    expect(violations).toEqual([])
  })
})

interface MapLayout {
  viewportWidth: number
  /** Elements of the map's section reaching past the screen's edges. */
  wide: string[]
  /** The map's frame, and anything in it, that scrolls sideways inside its box. */
  scrollers: string[]
  /** The names on the map, at their rendered size. */
  labels: { text: string, px: number }[]
  legendItems: number
  tableRows: number
}

/** Runs in the page: the member map of slide `sectionId` as a phone shows it. */
function inspectMap(sectionId: string): MapLayout {
  const width = document.documentElement.clientWidth
  const section = document.getElementById(sectionId)!
  const map = section.querySelector('.member-map')!
  const describe = (element: Element): string => `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}">`
  const wide: string[] = []
  for (const element of [
    section,
    ...section.querySelectorAll('*'),
  ]) {
    if (element.closest('.visually-hidden') || !element.checkVisibility())
      continue
    const box = element.getBoundingClientRect()
    if (box.width > 0 && (box.left < -0.5 || box.right > width + 0.5))
      wide.push(`${Math.round(box.left)}–${Math.round(box.right)} px: ${describe(element)}`)
  }
  const scrollers = [
    map,
    ...map.querySelectorAll('*'),
  ]
    .filter(element => !element.closest('.visually-hidden') && element.scrollWidth > element.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(element).overflowX))
    .map(describe)
  // The members' names, set as HTML over the map's drawing.
  const labels = [
    ...map.querySelectorAll<HTMLElement>('.member-map-chart .names li'),
  ].map(name => ({
    text: name.textContent!.trim(),
    px: Number.parseFloat(getComputedStyle(name).fontSize),
  }))
  return {
    viewportWidth: width,
    wide,
    scrollers,
    labels,
    legendItems: map.querySelectorAll('.map-legend li').length,
    tableRows: map.querySelectorAll('table.visually-hidden tbody tr').length,
  }
}

test.describe('the reading view\'s maps on a 390 × 844 phone', () => {
  test.use(phone)

  test('both maps fit the column: nothing wider than the screen, no scrolling in their box, names at 12 px or more, their legend and table kept', async ({ page }) => {
    await page.goto('./read.html')
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    for (const alias of ['member-map', 'since-2011']) {
      const slide = deck.find(candidate => candidate.alias === alias)!
      const map = await page.evaluate(inspectMap, `slide-${slide.no}`)
      expect.soft(map.viewportWidth, alias).toBe(390)
      expect.soft(map.wide, alias).toEqual([])
      expect.soft(map.scrollers, alias).toEqual([])
      expect.soft(map.labels.map(label => label.text), alias).toContain('China')
      expect.soft(map.labels.filter(label => label.px < 12), alias).toEqual([])
      expect.soft(map.legendItems, alias).toBeGreaterThanOrEqual(2)
      expect.soft(map.tableRows, alias).toBeGreaterThanOrEqual(10)
    }
  })
})

test.describe('the reading view on a phone set to dark', () => {
  test.use({ ...phone, colorScheme: 'dark' })

  test('follows the system\'s dark scheme with the deck\'s dark palette, and axe (colour contrast included) finds no serious or critical violation', async ({ page }) => {
    test.slow()
    await page.goto('./read.html')
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(18, 18, 18)')
    await expect(page.locator('body')).toHaveCSS('color', 'rgb(228, 233, 239)')
    await expect(page.locator('.member-map-chart .sea').first()).toHaveCSS('fill', 'rgb(23, 33, 43)')
    const { violations, checkedContrast } = await axeFindingsIn(page, 'html', wcag21)
    expect(checkedContrast, 'axe could check the contrast of the text').toBe(true)
    expect(violations).toEqual([])
  })
})

test.describe('the reading view without JavaScript', () => {
  test.use({ ...phone, javaScriptEnabled: false })

  test('still holds every slide\'s text, its notes and the self-checks\' answers', async ({ page }) => {
    await page.goto('./read.html')
    await expect(page.locator('main section.rv-slide')).toHaveCount(deck.length)
    await expect(page.getByRole('region', { name: 'Glossary', exact: true })).toContainText('Non-refoulement')
    const check = page.locator('.self-check fieldset').first()
    const stem = (await check.locator('legend').textContent())!.trim()
    const question = questions.find(candidate => stem.endsWith(candidate.stem))!
    await expect(page.getByRole('button')).toHaveCount(0)
    await check.getByText('Show the answer').tap()
    await expect(check.locator('details')).toContainText(`The answer is`)
    await expect(check.locator('details')).toContainText(correctOption(question)!.text)
    const notes = page.locator('.rv-notes').first()
    await notes.getByText('Teacher’s notes for this slide').tap()
    await expect(notes.locator('.rv-notes-body')).toBeVisible()
  })
  test('speaks to a learner alone, and puts each task before its answer', async ({ page }) => {
    await page.goto('./read.html')
    const origins = page.locator(`#slide-${deck.find(slide => slide.alias === 'origins')!.no}`)
    await expect(origins.locator('.rv-own')).toBeVisible()
    await expect(origins.locator('.rv-own')).toContainText('On your own: Read ¶2 and ¶3 of the essay')
    await expect(origins.getByText('Give students')).toBeHidden()
    const map = page.locator(`#slide-${deck.find(slide => slide.alias === 'argument-map')!.no}`)
    await expect(map.locator('.rv-own')).toContainText('Fill the blank map on worksheet A before you open the essay’s map below')
    await expect(map.getByRole('figure')).toBeHidden()
    await map.locator('details.rv-answer > summary').first().tap()
    await expect(map.getByRole('figure')).toBeVisible()
    const discussion = page.locator(`#slide-${deck.find(slide => slide.alias === 'discussion')!.no}`)
    await expect(discussion.getByText('Model answers:')).toBeHidden()
    await discussion.getByText('Show the answer').tap()
    await expect(discussion.getByText('Model answers:')).toBeVisible()
  })
})

test('the deck and the reading view link both ways', async ({ page, deckPage }) => {
  const slide = deck.find(candidate => candidate.alias === 'member-map')!
  await page.goto(`./#/${slide.alias}`)
  await deckPage.follow(page.getByRole('link', { name: 'Read' }))
  await expect(page).toHaveURL(new RegExp(`read\\.html#slide-${slide.no}$`))
  await expect(page.locator(`#slide-${slide.no}`)).toBeInViewport()
  await page.getByRole('link', { name: `Open slide ${slide.no} of ${deck.length} in the deck` }).click()
  await expect(page.locator(slideSelector(slide.no))).toBeVisible()

  await deckPage.leave()
  await page.goto('./#/1')
  // On screen the cover links to the reading view; what print says in its place (where read.html is) stays out.
  await expect(page.getByText('beside the slides on the lesson’s site')).toBeHidden()
  await deckPage.follow(page.getByRole('link', { name: 'Read the whole lesson as one page' }))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(deck[0]!.title)
  await expect(page.getByText('beside the slides on the lesson’s site')).toHaveCount(0)
})

test.describe('the reading view offline', () => {
  // Offline, the page fails to fetch what it does not keep (its icon) on purpose: not checked here.
  test.use({ serviceWorkers: 'allow', checkProblemsAfterTest: false })

  test('the reading view works offline after one visit', async ({ page, context, deckPage }) => {
    test.slow()
    await deckPage.visitOnce('./read.html')
    await page.reload()
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '')).toMatch(/read-sw\.js$/)
    await context.setOffline(true)
    await page.reload()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(deck[0]!.title)
    await expect(page.locator('.self-check').first().getByRole('radio').first()).toBeVisible()
  })
})
