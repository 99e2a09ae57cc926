import { existsSync } from 'node:fs'
import { blacklist, blacklist2019, laterFigureNote } from '../../data/blacklist'
import { extraditions } from '../../data/extraditions'
import { formatCount } from '../../lib/format'
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
  await expect(chart.getByText(formatCount(blacklist.organizations))).toBeVisible()
  await expect(chart.getByText(formatCount(blacklist.individuals))).toBeVisible()
  await expect(chart.getByText('not independently verified')).toBeVisible()

  const violations = await seriousA11yViolations(page)
  expect(violations).toEqual([])
})

test('the later-figures chart shows RATS\' 2019 count beside the essay\'s, marked as later, and passes axe', async ({ page, deckPage }) => {
  const chart = (await deckPage.gotoSlide('later-figures', 99)).getByRole('img', { name: /October 2019/ })
  await expect(chart).toBeVisible()
  await expect(chart.locator(`.${slidevDom.clickHidden}`)).toHaveCount(0)
  const later = chart.locator('[data-panel="later"]')
  await expect(later.getByText(laterFigureNote)).toBeVisible()
  await expect(later.locator('[data-series="organizations"] .count')).toContainText(formatCount(blacklist2019.organizations))
  await expect(later.getByText(formatCount(blacklist2019.individuals))).toBeVisible()
  await expect(chart.locator('[data-panel="essay"]').getByText(formatCount(blacklist.organizations))).toBeVisible()

  const violations = await seriousA11yViolations(page)
  expect(violations).toEqual([])
})

test('the extradition timeline shows every return and the total with all clicks, and passes axe', async ({ page, deckPage }) => {
  const chart = (await deckPage.gotoSlide('extraditions', 99)).getByRole('img', { name: /at least 29/ })
  await expect(chart).toBeVisible()
  await expect(chart.locator(`.${slidevDom.clickHidden}`)).toHaveCount(0)
  for (const item of extraditions.returns)
    await expect(chart.getByText(`${formatCount(item.count)} to ${item.to}`)).toBeVisible()
  await expect(chart.getByText(formatCount(extraditions.total), { exact: true })).toBeVisible()

  const violations = await seriousA11yViolations(page)
  expect(violations).toEqual([])
})

test('the exported PDF pages state the figures with their qualifiers', async () => {
  expect(existsSync(slidesPdf), `${slidesPdf} is missing: run npm run build`).toBe(true)
  const texts = await pdfPageTexts(slidesPdf)
  const onPage = (alias: string) => texts[slideNumberOf(deck, alias) - 1] ?? ''

  expect(onPage('blacklist')).toContain('at least 42')
  expect(onPage('blacklist')).toContain('over 1,100')
  expect(onPage('blacklist')).toContain('not independently verified')

  expect(onPage('later-figures')).toContain(formatCount(blacklist2019.individuals))
  expect(onPage('later-figures')).toContain(laterFigureNote)

  expect(onPage('extraditions')).toContain('at least 29')
  for (const item of extraditions.returns)
    expect(onPage('extraditions')).toContain(`${formatCount(item.count)} to ${item.to}`)
})
