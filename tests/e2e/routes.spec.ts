import type { Page } from '@playwright/test'
import { loadDeck } from '../support/deck'
import { slideSelector, slidevDom } from '../support/slidev-dom'
import { expect, test } from './support'

const deck = await loadDeck()
const last = deck.length

function slide(page: Page, no: number) {
  return page.locator(slideSelector(no)).first()
}

/** The slide number the navigation bar shows ("7 / 42" shows 7). */
function shownSlideNumber(page: Page) {
  return page.locator('nav').getByText(/^\s*\/\s*\d+\s*$/).locator('xpath=preceding-sibling::span[1]')
}

function clicksInUrl(page: Page): number {
  return Number(new URL(page.url().replace('#', '')).searchParams.get('clicks') ?? 0)
}

test('a slide number past the end, or below the first, opens the nearest slide under its own address', async ({ page }) => {
  await page.goto('./#/999')
  await expect(slide(page, last)).toBeVisible()
  await expect(page).not.toHaveURL(/999/)
  await expect(shownSlideNumber(page)).toHaveText(String(last))

  await page.goto('./#/0')
  await expect(slide(page, 1)).toBeVisible()
  await expect(page).not.toHaveURL(/#\/0/)
  await expect(shownSlideNumber(page)).toHaveText('1')

  // typed into the address bar of an open deck, not only on a first load
  await page.goto('./#/2')
  await expect(slide(page, 2)).toBeVisible()
  await page.evaluate(() => {
    location.hash = '#/999'
  })
  await expect(slide(page, last)).toBeVisible()
  await expect(shownSlideNumber(page)).toHaveText(String(last))
})

test('a slide name that does not exist shows "not found" with a way back to the first slide', async ({ page }) => {
  for (const path of ['abc', 'presenter/abc', '2abc']) {
    await page.goto(`./#/${path}`)
    await expect(page.getByText(/not found/i), path).toBeVisible()
    await expect(page.getByText(`/${path}`), 'the page names the address it could not find').toBeVisible()
  }
  await page.getByRole('link', { name: /home/i }).click()
  await expect(slide(page, 1)).toBeVisible()
})

test('the presenter view past the last slide opens on the last slide', async ({ page }) => {
  await page.goto('./#/presenter/999')
  await expect(page).toHaveURL(/#\/presenter\/[^/?]+$/)
  await expect(page).not.toHaveURL(/999/)
  await expect(slide(page, last)).toBeVisible()
})

test('a deep link with too many clicks shows the slide complete, and one step back really goes back', async ({ page }) => {
  await page.goto('./#/3?clicks=99')
  await expect(slide(page, 3)).toBeVisible()
  await expect(page).not.toHaveURL(/clicks=99/)
  const clicks = clicksInUrl(page)
  const hiddenSteps = slide(page, 3).locator(`.${slidevDom.clickHidden}`)
  const hiddenBefore = await hiddenSteps.count()

  await page.keyboard.press('ArrowLeft')
  if (clicks > 0) {
    await expect.poll(() => clicksInUrl(page)).toBe(clicks - 1)
    await expect.poll(() => hiddenSteps.count(), 'going back one click hides a step again').toBeGreaterThan(hiddenBefore)
  }
  else {
    await expect(slide(page, 2)).toBeVisible()
  }

  await page.goto('./#/3?clicks=99')
  await expect(slide(page, 3)).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await expect(slide(page, 4), 'with every click shown, the next step is the next slide').toBeVisible()
})

test('a click count that is not a whole number is dropped', async ({ page }) => {
  for (const clicks of ['x', '-2', '1.5']) {
    await page.goto(`./#/3?clicks=${clicks}`)
    await expect(slide(page, 3)).toBeVisible()
    await expect(page, clicks).not.toHaveURL(/clicks=/)
  }
})
