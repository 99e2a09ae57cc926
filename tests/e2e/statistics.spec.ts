import { existsSync } from 'node:fs'
import { loadDeck, slideNumberOf } from '../support/deck'
import { pdfPageTexts } from '../support/pdf'
import { slidevDom } from '../support/slidev-dom'
import { expect, seriousA11yViolations, test } from './support'

// `npm run build` exports the slides PDF beside the site.
const slidesPdf = 'dist/sco-dubious-agenda.pdf'
const deck = await loadDeck()

test('the blacklist chart builds click by click to both figures and the caveat, and passes axe', async ({ page, deckPage }) => {
  const chart = (await deckPage.gotoSlide('blacklist', 0)).getByRole('img', { name: /at least 42 organizations.*over 1,100 individuals/ })
  await expect(chart).toBeVisible()

  const parts = [
    chart.locator('[data-series="organizations"]'),
    chart.locator('[data-series="individuals"]'),
    chart.locator('.caveat'),
  ]
  for (const part of parts)
    await expect(part).toContainClass(slidevDom.clickHidden)
  for (const [index, part] of parts.entries()) {
    await page.keyboard.press('ArrowRight')
    await expect(part, `part ${index + 1} after ${index + 1} clicks`).not.toContainClass(slidevDom.clickHidden)
  }
  await expect(chart.locator(`.${slidevDom.clickHidden}`)).toHaveCount(0)
  await expect(chart.getByText('at least 42', { exact: true })).toBeVisible()
  await expect(chart.getByText('over 1,100', { exact: true })).toBeVisible()
  await expect(chart.getByText('HRIC’s figure, not independently verified')).toBeVisible()
  const table = page.getByRole('table', { name: 'The SCO’s shared blacklist: counts by source' })
  await expect(table.getByRole('row', { name: /June 2011/ }).getByRole('cell')).toHaveText(['at least 42', 'over 1,100', 'HRIC’s figure, not independently verified'])

  const violations = await seriousA11yViolations(page)
  expect(violations).toEqual([])
})

test('the later-figures chart shows RATS\' 2019 count beside the essay\'s, marked as later, and passes axe', async ({ page, deckPage }) => {
  const chart = (await deckPage.gotoSlide('later-figures', 99)).getByRole('img', { name: /October 2019/ })
  await expect(chart).toBeVisible()
  await expect(chart.locator(`.${slidevDom.clickHidden}`)).toHaveCount(0)
  const later = chart.locator('[data-panel="later"]')
  await expect(later.getByText('a later figure from another source')).toBeVisible()
  await expect(later.locator('[data-series="organizations"] .count')).toHaveText('115')
  await expect(later.getByText('more than 6,600', { exact: true })).toBeVisible()
  await expect(chart.locator('[data-panel="essay"]').getByText('at least 42', { exact: true })).toBeVisible()
  const table = page.getByRole('table', { name: 'The SCO’s shared blacklist: counts by source' })
  await expect(table.getByRole('row', { name: /June 2011/ }).getByRole('cell')).toHaveText(['at least 42', 'over 1,100', 'HRIC’s figure, not independently verified'])
  await expect(table.getByRole('row', { name: /October 2019/ }).getByRole('cell')).toHaveText(['115', 'more than 6,600', 'RATS’ own count, not independently verified'])

  const violations = await seriousA11yViolations(page)
  expect(violations).toEqual([])
})

test('the extradition timeline shows every return and the total with all clicks, and passes axe', async ({ page, deckPage }) => {
  const chart = (await deckPage.gotoSlide('extraditions', 99)).getByRole('img', { name: /at least 29/ })
  await expect(chart).toBeVisible()
  await expect(chart.locator(`.${slidevDom.clickHidden}`)).toHaveCount(0)
  await expect(chart.getByText('1 to China', { exact: true })).toBeVisible()
  await expect(chart.getByText('at least 28 to Uzbekistan', { exact: true })).toBeVisible()
  await expect(chart.getByText('at least 29', { exact: true })).toBeVisible()
  const table = page.getByRole('table', { name: /^Returns of asylum seekers by Kazakhstan/ })
  await expect(table.getByRole('row', { name: /^30 May 2011/ }).getByRole('cell')).toHaveText([
    'Ershidin Israil, an ethnic Uighur',
    '1',
    'Kazakhstan',
    'China',
  ])
  await expect(table.getByRole('row', { name: /^9 June 2011/ }).getByRole('cell')).toHaveText([
    'ethnic Uzbeks',
    'at least 28',
    'Kazakhstan',
    'Uzbekistan',
  ])
  await expect(table.getByRole('row', { name: /^In all/ }).getByRole('cell')).toHaveText(['at least 29 asylum seekers returned by Kazakhstan'])

  const violations = await seriousA11yViolations(page)
  expect(violations).toEqual([])
})

test('the exported PDF pages state the figures with their qualifiers', async () => {
  expect(existsSync(slidesPdf), `${slidesPdf} is missing: run npm run build`).toBe(true)
  const texts = await pdfPageTexts(slidesPdf)
  const onPage = (alias: string) => texts[slideNumberOf(deck, alias) - 1] ?? ''

  const said: Record<string, string[]> = {
    'blacklist': ['at least 42', 'over 1,100', 'not independently verified'],
    'later-figures': ['more than 6,600', 'a later figure from another source'],
    'extraditions': ['at least 29', '1 to China', 'at least 28 to Uzbekistan'],
  }
  for (const [alias, figures] of Object.entries(said)) {
    for (const figure of figures)
      expect(onPage(alias), `#/${alias}`).toContain(figure)
  }
})
