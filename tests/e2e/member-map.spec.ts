import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { PDFDocument } from 'pdf-lib'
import { snapshots, stateName, statesWith, timeline } from '../../data/membership'
import { loadDeck } from '../support/deck'
import { pdfPageTexts } from '../support/pdf'
import { slideSelector } from '../support/slidev-dom'
import { expect, seriousA11yViolations, test } from './support'

// `npm run build` exports the slides PDF beside the site.
const slidesPdf = 'dist/sco-dubious-agenda.pdf'
/** A map page bigger than this would make the handout heavy: the shapes are simplified to stay well under it. */
const mapPageBudget = 300 * 1024

const deck = await loadDeck()
const mapSlide = deck.find(slide => slide.alias === 'member-map')!
const sinceSlide = deck.find(slide => slide.alias === 'since-2011')!

test.beforeAll(() => {
  expect(mapSlide, 'no slide has routeAlias member-map').toBeDefined()
  expect(sinceSlide, 'no slide has routeAlias since-2011').toBeDefined()
})

test('on the June 2011 map a keyboard or mouse user learns each state\'s name, status and start; the slide passes axe', async ({ page, deckPage }) => {
  await deckPage.gotoSlide('member-map')
  const map = page.locator(slideSelector(mapSlide.no)).getByRole('figure', { name: /^SCO member map, June 2011\./ })
  const june2011 = snapshots['2011']
  await expect(map.locator('.state')).toHaveCount(june2011.states.length)
  const details = map.getByTestId('map-details')

  // What the map says of each state, as its table (for screen readers) lists it.
  const table = map.getByRole('table', { name: /^SCO status by state and organization, June 2011/ })
  await expect(table.getByRole('row', { name: /^China/ }).getByRole('cell')).toHaveText(['Member states', 'member state since 15 June 2001'])
  await expect(table.getByRole('row', { name: /^Afghanistan/ }).getByRole('cell')).toHaveText(['Guests the essay names (not an official SCO category)', 'guest at the summit of June 2011; its president attended, invited by the host'])

  await map.getByRole('img', { name: 'China: member state since 15 June 2001' }).focus()
  await expect(details).toContainText('China: member state since 15 June 2001')
  await expect(map.locator('.focus-ring')).toBeVisible()

  await page.keyboard.press('Tab')
  await expect(details).toContainText('Russia: member state since 15 June 2001')

  await map.getByRole('img', { name: /^Afghanistan: / }).hover()
  await expect(details).toContainText('Afghanistan: guest at the summit of June 2011; its president attended, invited by the host')
  await expect(map).toContainText('Guests the essay names (not an official SCO category)')

  const violations = await seriousA11yViolations(page)
  expect(violations).toEqual([])
})

test('the since-2011 map steps 2001 → 2011 → 2017 → 2025 with the presenter\'s clicks, and passes axe at each step', async ({ page, deckPage }) => {
  await deckPage.gotoSlide('since-2011')
  const map = page.locator(slideSelector(sinceSlide.no)).getByRole('figure', { name: /^SCO member map, / })
  for (const [index, id] of timeline.entries()) {
    if (index > 0)
      await page.keyboard.press('ArrowRight')
    await expect(map).toHaveAttribute('data-snapshot', id)
    await expect(map.locator('.state')).toHaveCount(snapshots[id].states.length)
    await expect(map.locator('[aria-current="step"]')).toHaveText(id)
    const violations = await seriousA11yViolations(page)
    expect(violations, `at ${id}`).toEqual([])
  }
})

test('the first slide loads none of the map\'s code or shapes; the map slide does', async ({ page, deckPage }) => {
  const mapRequests: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('MemberMapChart'))
      mapRequests.push(request.url())
  })
  await deckPage.gotoSlide(1)
  await deckPage.settle()
  expect(mapRequests).toEqual([])
  await deckPage.gotoSlide('member-map')
  await expect(page.locator(slideSelector(mapSlide.no)).getByRole('group', { name: /^Map of SCO status by state, June 2011/ })).toBeVisible()
  expect(mapRequests.length, 'the map\'s chunk is no longer named after MemberMapChart: fix this test').toBeGreaterThan(0)
})

test.describe('the exported PDF', () => {
  test.beforeAll(() => {
    expect(existsSync(slidesPdf), `${slidesPdf} is missing: run npm run build`).toBe(true)
  })

  test('the June 2011 map page names the six members and says guests are no official category', async () => {
    const page = (await pdfPageTexts(slidesPdf))[mapSlide.no - 1]!
    expect(page).toContain(mapSlide.title)
    for (const entry of statesWith(snapshots['2011'], 'member'))
      expect(page).toContain(stateName(entry.code))
    expect(page).toContain('not an official SCO category')
  })

  test('the since-2011 page shows the last step, complete', async () => {
    const page = (await pdfPageTexts(slidesPdf))[sinceSlide.no - 1]!
    const last = snapshots[timeline.at(-1)!]
    expect(page).toContain(sinceSlide.title)
    expect(page).toContain(last.occasion)
    for (const entry of last.states)
      expect(page).toContain(stateName(entry.code))
  })

  test(`each map page stays under ${mapPageBudget / 1024} kB`, async () => {
    const pdf = await PDFDocument.load(await readFile(slidesPdf))
    for (const slide of [mapSlide, sinceSlide]) {
      const single = await PDFDocument.create()
      const [copied] = await single.copyPages(pdf, [slide.no - 1])
      single.addPage(copied!)
      const bytes = (await single.save()).length
      expect(bytes, `page ${slide.no} ("${slide.title}")`).toBeLessThan(mapPageBudget)
    }
  })
})
