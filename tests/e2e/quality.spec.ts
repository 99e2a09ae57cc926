import type { FirstSlideLoad } from '../../scripts/first-slide'
import { firstSlideScriptAndFontBytes } from '../../scripts/budget'
import { bytesByKind, firstSlideGlobal, recordFirstSlideLoad, requestedBeforeVisible } from '../../scripts/first-slide'
import { slideSelector } from '../support/slidev-dom'
import { expect, test } from './support'

// The walk of every slide (accessibility, titles, layout, legibility) is in deck-walk.spec.ts.

test('the first slide requests no more JavaScript and fonts than the budget in scripts/budget.ts', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' })
  try {
    const page = await context.newPage()
    await page.addInitScript(recordFirstSlideLoad, {
      slideSelector: `${slideSelector(1)} :is(h1, h2)`,
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
