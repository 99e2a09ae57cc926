import { loadDeck, slideNumberOf } from '../support/deck'
import { spokenTableRows, spokenText } from '../support/screen-reader'
import { canvasSlideSelector, slideSelector } from '../support/slidev-dom'
import { expect, test } from './support'

// What a screen reader speaks, from Chromium's accessibility tree (tests/support/screen-reader.ts).
const deck = await loadDeck()
const announcer = '.slide-announcer[role="status"]'

test('a slide change is spoken as "Slide N of M: title"; a click step is not spoken before its click, and is spoken at it', async ({ page, deckPage }) => {
  // Two exercises: what the essay says of each is on the slide, what other sources found comes a click at a time.
  const no = slideNumberOf(deck, 'exercise-details-2005-2007')
  const slide = canvasSlideSelector(no)
  await deckPage.gotoSlide(no - 1, 99)
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => spokenText(page, announcer)).toBe(`Slide ${no} of ${deck.length}: The exercises, claim by claim (end)`)
  await expect.poll(() => spokenText(page, slide)).toContain('The exercises, claim by claim (end)')
  expect(await spokenText(page, slide)).toContain('A bilateral Sino-Russian exercise')
  expect(await spokenText(page, slide)).not.toContain('Vladivostok')

  await page.keyboard.press('ArrowRight')
  await expect.poll(() => spokenText(page, announcer)).toMatch(/^Other sources found 18–25 August 2005, Vladivostok and Shandong\. confirmed · china\.org\.cn$/i)
  expect(await spokenText(page, slide)).toContain('Vladivostok')
  expect(await spokenText(page, slide), 'the next step stays unspoken').not.toContain('Chebarkul')
})

test('the blacklist chart and the extradition timeline are read as tables, with their figures\' qualifiers', async ({ page, deckPage }) => {
  await deckPage.gotoSlide('blacklist', 99)
  // Polled: the accessibility tree settles a moment after the slide shows.
  await expect.poll(() => spokenTableRows(page, canvasSlideSelector(slideNumberOf(deck, 'blacklist')))).toEqual([
    [
      'Count',
      'Organizations',
      'Individuals',
      'Status',
    ],
    [
      'June 2011 · HRIC’s white paper, via the essay (¶6)',
      'at least 42',
      'over 1,100',
      'HRIC’s figure, not independently verified',
    ],
  ])

  await deckPage.gotoSlide('extraditions', 99)
  await expect.poll(() => spokenTableRows(page, canvasSlideSelector(slideNumberOf(deck, 'extraditions')))).toEqual([
    ['Date', 'Who', 'People', 'From', 'To'],
    [
      '30 May 2011',
      'Ershidin Israil, an ethnic Uighur',
      '1',
      'Kazakhstan',
      'China',
    ],
    [
      '9 June 2011',
      'ethnic Uzbeks',
      'at least 28',
      'Kazakhstan',
      'Uzbekistan',
    ],
    ['In all', 'at least 29 asylum seekers returned by Kazakhstan'],
  ])
})

test('a self-check\'s feedback is spoken after Check', async ({ page, deckPage }) => {
  const slide = await deckPage.gotoSlide('check-origins')
  await slide.getByRole('radio', { name: 'Central Asian states would curb Uighur activism; China would help them against their own movements.' }).check()
  await slide.getByRole('button', { name: 'Check' }).click()
  const feedback = `${canvasSlideSelector(slideNumberOf(deck, 'check-origins'))} .self-check [role="status"]`
  await expect.poll(() => spokenText(page, feedback)).toMatch(/^Right\. Yes: in the essay’s account \(¶2\), a bargain about order at home/)
})

test('the overview gives a screen reader every step of a slide', async ({ page }) => {
  // Print shows every step too: Slidev prints every slide at its last click (export.spec.ts reads the PDFs' text).
  const slide = slideSelector(slideNumberOf(deck, 'exercise-details'))
  await page.goto('./#/overview')
  // The overview mounts all the deck's slides at once: on a busy 2-core machine that can take over 5 s.
  await expect(page.locator(slide).getByText('China–Kyrgyzstan exercise')).toBeVisible({ timeout: 20_000 })
  const spoken = await spokenText(page, slide)
  expect(spoken).toContain('China–Kyrgyzstan exercise')
  expect(spoken, 'the step after the click: what other sources found').toContain('near the Irkeshtam crossing')
})
