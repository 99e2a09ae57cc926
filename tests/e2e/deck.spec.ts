import { loadDeck, typographic } from '../support/deck'
import { slideSelector, slidevDom } from '../support/slidev-dom'
import { expect, test } from './support'

// With motion, as a class sees the deck (the other specs check what slides show at rest).
test.use({ reducedMotion: 'no-preference' })

const deck = await loadDeck()

const numberByAlias = new Map(deck.map(slide => [slide.alias, slide.no]))

/** The slide a URL shows: `#/7` or, for a slide with a route alias, `#/member-map`. */
function slideNoIn(url: string): number {
  const route = new URL(url).hash.match(/^#\/([^?]+)/)?.[1] ?? ''
  return numberByAlias.get(route) ?? Number(route)
}

test('a presenter can walk the whole deck with the keyboard, every click, without an error or a request off this machine', async ({ page }) => {
  test.slow()
  await page.goto('./#/1')
  await expect(page.locator(slideSelector(1)).getByRole('heading', { level: 1 })).toBeVisible()
  const next = page.getByRole('button', { name: slidevDom.nextButton })
  const nothingFollows = async () => (await next.getAttribute('class'))?.split(/\s+/).includes(slidevDom.disabledButton)

  const visited = new Set<number>([1])
  let steps = 0
  let previous = page.url()
  const maxSteps = deck.length * 12
  while (steps < maxSteps) {
    await page.keyboard.press('ArrowRight')
    steps++
    // Each key moves on one click or one slide, and so changes the address, until nothing follows.
    await expect.poll(async () => page.url() !== previous || await nothingFollows(), {
      intervals: [10],
    }).toBe(true)
    const current = page.url()
    const slideNo = slideNoIn(current)
    if (current === previous && slideNo === deck.length)
      break
    previous = current
    visited.add(slideNo)
  }

  expect(steps, 'the walk never reached the end of the deck').toBeLessThan(maxSteps)
  expect([...visited].sort((a, b) => a - b)).toEqual(deck.map(slide => slide.no))
  await expect(page.locator(slideSelector(deck.length)).getByRole('heading', { level: 1 })).toHaveText(typographic(deck.at(-1)!.title))
})

// The presenter view and the overview, at a teacher's 1920 × 1080: tests/e2e/presenter.spec.ts.
