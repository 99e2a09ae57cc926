import { expect, test } from '@playwright/test'
import { coreLesson } from '../../data/lesson'
import { gotoSlide } from './support'

/**
 * Projected slides must be legible from the back of a room: every line of HTML text on a core-lesson
 * slide at least 24 px on a 1920×1080 screen, every step shown. (Chart text inside SVG scales with the
 * chart and is left to the charts' own tests.)
 */
const minimumPixels = 24

test.use({
  viewport: { width: 1920, height: 1080 },
})

test(`every core-lesson slide has body text of at least ${minimumPixels} px at 1080p`, async ({ page }) => {
  test.setTimeout(120_000)
  const tooSmall: string[] = []
  for (const alias of coreLesson.parts.flatMap(part => part.slides)) {
    const slide = await gotoSlide(page, alias, 99)
    await page.evaluate(() => document.fonts.ready)
    const found = await slide.evaluate((root, minimum) => {
      const scale = root.getBoundingClientRect().width / (root as HTMLElement).offsetWidth
      const found: string[] = []
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      while (walker.nextNode()) {
        const node = walker.currentNode
        const element = node.parentElement
        if (!element || !node.textContent?.trim() || element.closest('svg, .visually-hidden'))
          continue
        const pixels = Number.parseFloat(getComputedStyle(element).fontSize) * scale
        if (pixels < minimum)
          found.push(`${pixels.toFixed(1)} px: ${node.textContent.trim().slice(0, 40)}`)
      }
      return found
    }, minimumPixels)
    tooSmall.push(...found.map(line => `${alias}: ${line}`))
  }
  expect(tooSmall).toEqual([])
})
