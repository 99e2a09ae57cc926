/**
 * The teacher's kit (issue 28): its two single files opened straight from disk (`file://`) in a browser
 * whose every request outside the file is aborted, as on a classroom computer with no network and no
 * server; and its zip, which must hold every file START-HERE.html links to.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { unzipSync } from 'fflate'
import { correctOption, questions } from '../../data/questions'
import { kitFiles, kitFolderName } from '../../scripts/kit-files'
import { loadDeck, typographic } from '../support/deck'
import { slideSelector, slidevDom } from '../support/slidev-dom'
import { expect, seriousA11yViolations, test } from './support'

const deck = await loadDeck()
const kitDir = resolve(import.meta.dirname, '../../dist/kit')
const kitZip = resolve(import.meta.dirname, '../../dist/sco-dubious-agenda-kit.zip')

/** A file of the kit as the browser addresses it. */
function kitUrl(name: string): string {
  return pathToFileURL(resolve(kitDir, name)).href
}

/**
 * A browser context where only `file` itself loads: any other request (a file beside it, the network)
 * is aborted and reported. Each problem a page meets is pushed onto `problems`.
 */
async function offlineFileContext(browser: Browser, file: string, problems: string[], options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ ...options, serviceWorkers: 'block' })
  await context.route('**/*', async (route) => {
    const url = route.request().url()
    if (url.replace(/[?#].*$/, '') === file)
      return route.continue()
    problems.push(`request outside the file: ${url.slice(0, 120)}`)
    return route.abort()
  })
  return context
}

function watch(page: Page, problems: string[]): Page {
  page.on('pageerror', error => problems.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error')
      problems.push(`console error: ${message.text()}`)
  })
  page.on('requestfailed', request => problems.push(`failed request: ${request.url().slice(0, 120)} (${request.failure()?.errorText})`))
  return page
}

const numberByAlias = new Map(deck.map(slide => [slide.alias, slide.no]))

/** The slide a URL shows: `#/7` or, for a slide with a route alias, `#/member-map`. */
function slideNoIn(url: string): number {
  const route = new URL(url).hash.match(/^#\/([^?]+)/)?.[1] ?? ''
  return numberByAlias.get(route) ?? Number(route)
}

const deckFile = kitUrl('sco-dubious-agenda.html')

/**
 * The single-file deck's context: a projector-shaped window, motion reduced, where only the deck's file
 * loads. The problems its pages meet (the test watches each page it opens) are asserted after each test.
 */
const deckTest = test.extend<{ offlineDeck: { context: BrowserContext, problems: string[] } }>({
  offlineDeck: async ({ browser }, use) => {
    const problems: string[] = []
    const context = await offlineFileContext(browser, deckFile, problems, {
      viewport: { width: 1280, height: 720 },
      reducedMotion: 'reduce',
    })
    await use({ context, problems })
    expect(problems).toEqual([])
    await context.close()
  },
})

test.describe('the single-file deck, opened from a file with no network', () => {
  deckTest('walks slide by slide through every click, each slide with its heading, without an error or a request', async ({ offlineDeck: { context, problems } }) => {
    test.slow()
    const page = watch(await context.newPage(), problems)
    await page.goto(`${deckFile}#/1`)
    const next = page.getByRole('button', { name: slidevDom.nextButton })
    const nothingFollows = async () => (await next.getAttribute('class'))?.split(/\s+/).includes(slidevDom.disabledButton)
    const headed = async (no: number) => expect(
      page.locator(slideSelector(no)).getByRole('heading', {
        name: typographic(deck[no - 1]!.title),
      }).first(),
      `slide ${no} shows its heading`,
    ).toBeVisible()
    await headed(1)
    const visited = new Set<number>([1])
    let previous = page.url()
    for (let steps = 0; steps < deck.length * 12; steps++) {
      await page.keyboard.press('ArrowRight')
      await expect.poll(async () => page.url() !== previous || await nothingFollows(), {
        intervals: [10],
      }).toBe(true)
      const current = page.url()
      if (current === previous)
        break
      previous = current
      const slideNo = slideNoIn(current)
      if (!visited.has(slideNo)) {
        visited.add(slideNo)
        await headed(slideNo)
      }
    }
    expect([...visited].sort((a, b) => a - b)).toEqual(deck.map(slide => slide.no))
  })

  deckTest('answers a self-check with feedback, draws the map and both charts with their text alternatives, opens the notes, the presenter view, a handout to print, the overview, go-to and dark mode', async ({ offlineDeck: { context, problems } }) => {
    const page = watch(await context.newPage(), problems)
    const show = async (alias: string) => {
      await page.goto(`${deckFile}#/${alias}?clicks=99`)
      const slide = page.locator(slideSelector(numberByAlias.get(alias)!))
      await expect(slide).toBeVisible()
      return slide
    }

    await test.step('a self-check', async () => {
      const selfCheck = (await show('check-origins')).locator('.self-check')
      const stem = (await selfCheck.locator('legend').first().textContent() ?? '').trim()
      const question = questions.find(candidate => candidate.stem === stem)!
      const right = correctOption(question)!
      await selfCheck.getByRole('radio', { name: right.text }).check()
      await page.keyboard.press('Enter')
      const live = selfCheck.locator('[role="status"][aria-live="polite"]')
      await expect(live).toContainText('Right.')
      await expect(live).toContainText(right.feedback)
    })

    await test.step('the map', async () => {
      const map = (await show('member-map')).getByRole('figure', { name: /^SCO member map, June 2011\./ })
      await expect(map).toBeVisible()
      await expect(map.locator('svg path').first()).toBeVisible()
    })

    await test.step('the blacklist chart', async () => {
      const chart = (await show('blacklist')).getByRole('img', { name: /at least 42 organizations.*over 1,100 individuals/ })
      await expect(chart).toBeVisible()
      await expect(chart.locator('rect').first()).toBeVisible()
    })

    await test.step('the extradition chart', async () => {
      const chart = (await show('extraditions')).getByRole('img', { name: /at least 29/ })
      await expect(chart).toBeVisible()
      await expect(chart.locator('circle, rect, path').first()).toBeVisible()
    })

    await test.step('the notes panel', async () => {
      const slideNo = numberByAlias.get('thesis')!
      await show('thesis')
      await page.getByRole('button', { name: 'Notes', exact: true }).click()
      const panel = page.getByRole('complementary', { name: `Notes · slide ${slideNo} of` })
      await expect(panel).toBeVisible()
      await expect(panel.locator('.body')).not.toHaveText('This slide has no notes.')
      await expect(panel.locator('.body')).toContainText('Say:')
    })

    await test.step('the presenter view', async () => {
      await page.goto(`${deckFile}#/presenter/3`)
      await expect(page.locator(slidevDom.presenterNote).first()).toBeVisible()
      await expect(page.getByText(/\d+:\d\d/).first()).toBeVisible()
    })

    await test.step('a handout, printed by the browser', async () => {
      await page.goto(`${deckFile}#/handout/worksheet`)
      await expect(page.getByRole('heading', { level: 1, name: /Worksheet/ })).toBeVisible()
      const pdf = await page.pdf({ format: 'A4' })
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThan(0)
    })

    await test.step('the overview, go-to and dark mode', async () => {
      await page.goto(`${deckFile}#/overview`)
      await expect(page.getByText(typographic(deck.at(-1)!.title)).first()).toBeVisible()
      await page.goto(`${deckFile}#/1`)
      await expect(page.locator(slideSelector(1))).toBeVisible()
      await page.keyboard.press('g')
      await page.locator('#slidev-goto-input').fill('5')
      await page.keyboard.press('Enter')
      await expect(page.locator(slideSelector(5))).toBeVisible()
      const dark = () => page.evaluate(() => document.documentElement.classList.contains('dark'))
      const before = await dark()
      await page.keyboard.press('d')
      await expect.poll(dark).toBe(!before)
    })
  })

  deckTest('the presenter view, in a second window from the same file, moves the slides in the first', async ({ offlineDeck: { context, problems } }) => {
    const audience = watch(await context.newPage(), problems)
    await audience.goto(`${deckFile}#/1`)
    await expect(audience.locator(slideSelector(1))).toBeVisible()
    const presenter = watch(await context.newPage(), problems)
    await presenter.goto(`${deckFile}#/presenter/1`)
    await expect(presenter.locator(slidevDom.presenterNote).first()).toBeVisible()
    await presenter.keyboard.press('ArrowDown')
    await presenter.keyboard.press('ArrowDown')
    await expect(presenter).toHaveURL(/#\/presenter\/about-essay/)
    await expect(audience).toHaveURL(/#\/about-essay/)
    await expect(audience.locator(slideSelector(3))).toBeVisible()
  })
})

test('the single-file read.html, opened from a file with no network on a phone, shows every section and answers a self-check by touch', async ({ browser }) => {
  const problems: string[] = []
  const readFile = kitUrl('read.html')
  const context = await offlineFileContext(browser, readFile, problems, {
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  })
  const page = watch(await context.newPage(), problems)
  await page.goto(readFile)
  const sections = page.locator('main section.rv-slide')
  await expect(sections).toHaveCount(deck.length)
  const titles = await sections.locator('.rv-slide-title').allTextContents()
  expect(titles.map(title => title.replace(/\s+/g, ' ').trim())).toEqual(deck.map(slide => typographic(slide.title)))
  // Its own fonts, from inside the file.
  expect(await page.evaluate(async () => {
    await document.fonts.ready
    return document.fonts.check('16px "Source Sans 3"')
  })).toBe(true)

  const check = page.locator('.self-check fieldset').first()
  const stem = (await check.locator('legend').textContent())!.trim()
  const question = questions.find(candidate => stem.endsWith(candidate.stem))!
  const right = correctOption(question)!
  await check.getByRole('radio', { name: right.text }).tap()
  await expect(check.getByRole('status').getByText(`Right. ${right.feedback}`)).toBeVisible()
  // Its links to the slides lead to the single-file deck beside it.
  await expect(page.getByRole('link', { name: 'Open the slides' }).first()).toHaveAttribute('href', 'sco-dubious-agenda.html')
  expect(problems).toEqual([])
  await context.close()
})

test.describe('the kit\'s zip', () => {
  const entries = unzipSync(readFileSync(kitZip))
  const names = Object.keys(entries).map(name => name.replace(`${kitFolderName}/`, ''))
  const startHere = new TextDecoder().decode(entries[`${kitFolderName}/START-HERE.html`])

  test('holds START-HERE.html and the kit\'s files, all in one folder', () => {
    expect(Object.keys(entries).every(name => name.startsWith(`${kitFolderName}/`))).toBe(true)
    expect(names).toContain('START-HERE.html')
    expect(names).toContain('sco-dubious-agenda.html')
    expect(names).toContain('read.html')
    expect(names).toContain('sco-dubious-agenda-scorm12.zip')
    expect(names).toContain('sco-dubious-agenda-notes.pdf')
    expect(names).toContain('LICENSE.txt')
    expect(names).toContain('LICENSE-CONTENT.txt')
    expect(names.filter(name => name.endsWith('.pdf'))).toHaveLength(17)
  })

  test('its single-file deck has its scripts and styles inside, and no service worker nor web app manifest', () => {
    const deckHtml = new TextDecoder().decode(entries[`${kitFolderName}/sco-dubious-agenda.html`])
    expect(deckHtml).not.toMatch(/<script[^>]+\ssrc=/)
    expect(deckHtml).not.toMatch(/<link[^>]+rel="(?:stylesheet|manifest|modulepreload)"/)
    expect(deckHtml).toContain('<style')
    for (const serviceWorker of [
      'manifest.webmanifest',
      'sw.js',
      'workbox',
      'serviceWorker.register',
    ])
      expect(deckHtml).not.toContain(serviceWorker)
  })

  test('holds every file START-HERE.html links to, START-HERE links to every file in it, and axe finds no serious violation on it', async ({ browser }) => {
    const links = [
      ...startHere.matchAll(/href="([^"]+)"/g),
    ].map(match => match[1]!)
    const local = links.filter(link => !/^https?:/.test(link))
    const linkedFiles = new Set(local.map(link => decodeURIComponent(link.replace(/[?#].*$/, ''))))
    for (const file of linkedFiles)
      expect(names, `START-HERE links to ${file}`).toContain(file)
    expect([...linkedFiles].sort()).toEqual(names.filter(name => name !== 'START-HERE.html').sort())

    // Each link, followed from the page opened from its folder, finds its file.
    const problems: string[] = []
    const context = await browser.newContext({ serviceWorkers: 'block' })
    const page = watch(await context.newPage(), problems)
    await page.goto(kitUrl('START-HERE.html'))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Dubious Agenda of the SCO')
    const resolved = await page.locator('a[href]').evaluateAll(anchors => anchors.map(anchor => (anchor as HTMLAnchorElement).href))
    // Read by teachers with any screen and any reader: axe finds nothing serious, light or dark.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      expect(await seriousA11yViolations(page, 'body'), `START-HERE, ${colorScheme}`).toEqual([])
    }
    expect(resolved.length).toBeGreaterThan(linkedFiles.size)
    for (const address of resolved.filter(href => href.startsWith('file:')))
      expect(existsSync(fileURLToPath(address.replace(/[?#].*$/, ''))), `${address} resolves`).toBe(true)
    expect(problems).toEqual([])
    await context.close()
  })

  test('matches the kit\'s one list, which the build, START-HERE and these tests read', async () => {
    const { deckFacts } = await import('../../scripts/export-pdfs')
    expect(names.filter(name => name !== 'START-HERE.html').sort()).toEqual(kitFiles(await deckFacts()).map(file => file.file).sort())
  })
})
