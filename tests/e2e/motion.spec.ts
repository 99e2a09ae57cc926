import type { Page } from '@playwright/test'
import { loadDeck, typographic } from '../support/deck'
import { slideSelector, slidevDom } from '../support/slidev-dom'
import { expect, test } from './support'

// With motion, as a class sees the deck (the other specs check what slides show at rest).
test.use({ reducedMotion: 'no-preference' })

const deck = await loadDeck()

function announcer(page: Page) {
  return page.locator('.slide-announcer[role="status"][aria-live="polite"]')
}

test('a polite live region outside the slide follows the keyboard through the deck', async ({ page, deckPage }) => {
  await deckPage.gotoSlide(1)
  await expect(announcer(page)).toHaveCount(1)
  await expect(page.locator(`${slidevDom.page} .slide-announcer`)).toHaveCount(0)
  await expect(announcer(page)).toHaveText(`Slide 1 of ${deck.length}: ${typographic(deck[0]!.title)}`)
  for (const no of [2, 3]) {
    await page.keyboard.press('ArrowDown')
    await expect(announcer(page)).toHaveText(`Slide ${no} of ${deck.length}: ${typographic(deck[no - 1]!.title)}`)
  }
  await page.keyboard.press('ArrowUp')
  await expect(announcer(page)).toHaveText(`Slide 2 of ${deck.length}: ${typographic(deck[1]!.title)}`)
})

/** Runs in the page: changes slide with the key, then counts the animations that ran in the next frames. */
async function animationsAfterSlideChange(page: Page): Promise<number> {
  await page.keyboard.press('ArrowDown')
  return page.evaluate(() => new Promise<number>((resolve) => {
    const seen = new Set<Animation>()
    let frames = 0
    const look = (): void => {
      for (const animation of document.getAnimations()) {
        if (animation.playState === 'running')
          seen.add(animation)
      }
      if (++frames < 20)
        requestAnimationFrame(look)
      else
        resolve(seen.size)
    }
    look()
  }))
}

test('with "reduce motion", nothing animates after a slide change (and without it the fade runs)', async ({ page, deckPage }) => {
  await deckPage.gotoSlide(2)
  const withMotion = await animationsAfterSlideChange(page)
  expect(withMotion, 'the fade transition no longer runs, so this test proves nothing').toBeGreaterThan(0)

  await page.emulateMedia({ reducedMotion: 'reduce' })
  await deckPage.gotoSlide(2)
  const reduced = await animationsAfterSlideChange(page)
  expect(reduced).toBe(0)
  await expect(page.locator(slideSelector(3))).toBeVisible()
})

test.describe('on a first visit', () => {
  test.use({ serviceWorkers: 'allow' })

  test('the offline notice sits in the navigation bar, covers no control, and goes away by itself', async ({ page }) => {
    test.slow()
    // Time runs as usual until the notice is checked; then the clock jumps over the seconds it stays.
    await page.clock.install()
    await page.goto('./#/1')
    const notice = page.locator('nav .offline-notice')
    await expect(notice).toHaveText('Ready offline', { timeout: 30_000 })
    await expect(page.locator(slidevDom.pwaIndicator)).toBeHidden()
    const box = (await notice.boundingBox())!
    const controls = await page.locator('nav button, nav a').evaluateAll(elements => elements.map(element => element.getBoundingClientRect().toJSON() as DOMRect))
    for (const control of controls) {
      const overlaps = box.x < control.right && control.left < box.x + box.width && box.y < control.bottom && control.top < box.y + box.height
      expect(overlaps, 'the notice overlaps a control').toBe(false)
    }
    await expect(notice).toHaveText('Ready offline')
    await page.clock.fastForward(5_000)
    await expect(notice).toHaveText('')
  })
})
