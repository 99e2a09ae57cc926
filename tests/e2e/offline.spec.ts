import { loadDeck, noteOpening, typographic } from '../support/deck'
import { slideSelector } from '../support/slidev-dom'
import { expect, test } from './support'

const deck = await loadDeck()

test.use({
  serviceWorkers: 'allow',
  // Offline, pages fail to fetch on purpose: the learner's test asserts the page's problems itself,
  // while the service worker stores the site.
  checkProblemsAfterTest: false,
})

test('the built site is an installable PWA: its manifest and service worker are served', async ({ page, request }) => {
  await page.goto('./#/1')
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href')
  expect(manifestHref, 'index.html links no web app manifest').toBeTruthy()
  const manifest = await (await request.get(new URL(manifestHref!, page.url()).href)).json()
  expect(manifest.name).toBe(deck[0]!.title)
  expect(manifest.start_url).toBe('./')
  const serviceWorker = await request.get('sw.js')
  await expect(serviceWorker).toBeOK()
})

test('a learner who visited the deck once can study offline: the deck, a later slide, its notes, and the reading view', async ({ page, context, deckPage, problems }) => {
  test.slow()
  await deckPage.visitOnce('./#/1')
  // The next visit is the first the service worker controls.
  await deckPage.leave()
  await page.goto('./#/1')
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true)
  // Offline, Chromium reports that it could not check for a newer service worker: not a problem.
  expect(problems, 'while the service worker stored the site').toEqual([])

  await context.setOffline(true)
  const slide = deck.find(s => s.alias === 'blacklist')!
  await page.goto(`./#/${slide.alias}`)
  await page.reload()
  await expect(page.locator(slideSelector(slide.no)).locator('h1')).toHaveText(typographic(slide.title))
  await page.getByRole('button', { name: 'Notes' }).click()
  const firstWords = noteOpening(slide)
  await expect(page.getByText(firstWords)).toBeVisible()

  // The deck's service worker stores read.html too, for a learner who never opened it online.
  await page.goto('./read.html')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(deck[0]!.title)
  await expect(page.locator('main section.rv-slide')).toHaveCount(deck.length)
})
