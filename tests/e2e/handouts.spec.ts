import type { Page } from '@playwright/test'
import { materials } from '../../data/materials'
import { loadDeck } from '../support/deck'
import { expect, seriousA11yViolations, test } from './support'

const deckLength = (await loadDeck()).length

for (const material of materials) {
  test(`the ${material.slug} handout opens at #/handout/${material.slug} with its title, accessibly`, async ({ page }) => {
    await page.goto(`./#/handout/${material.slug}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(material.title)
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
    await expect(page.getByRole('main')).toBeVisible()
    await expect(page).toHaveTitle(`${material.title} · Reading the SCO essay`)
    const violations = await seriousA11yViolations(page, '.handout-view')
    expect(violations).toEqual([])
  })
}

test('a handout scrolls as a document, and on paper shows neither its controls nor the offline notice', async ({ page }) => {
  await page.goto('./#/handout/claims')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The claims checked')
  const scrolls = await page.evaluate(() => document.scrollingElement!.scrollHeight > window.innerHeight)
  expect(scrolls).toBe(true)
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible()
  // Whatever else the app shows beside the handout, such as the offline notice: a stand-in here.
  await page.evaluate(() => {
    const notice = document.createElement('div')
    notice.textContent = 'Shown beside the handout'
    document.querySelector('#app')!.append(notice)
  })
  await expect(page.getByText('Shown beside the handout')).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden()
  await expect(page.getByRole('link', { name: 'Back to the lesson' })).toBeHidden()
  await expect(page.getByText('Shown beside the handout')).toBeHidden()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
})

test('a handout\'s column of minutes is right-aligned, as on the slides', async ({ page }) => {
  await page.goto('./#/handout/debate')
  const order = page.getByRole('region', { name: 'Running order' })
  await expect(order.getByRole('columnheader', { name: 'Minutes' })).toHaveCSS('text-align', 'right')
  await expect(order.getByRole('cell', { name: '25' })).toHaveCSS('text-align', 'right')
  await expect(order.getByRole('rowheader', { name: 'Total' })).toHaveCSS('text-align', 'left')
})

test('the answer key sets its table of traced figures at 9pt, smaller than a handout\'s usual 10pt', async ({ page }) => {
  await page.goto('./#/handout/answer-key')
  await expect(page.getByRole('region', { name: 'The figures traced' }).getByRole('table')).toHaveCSS('font-size', '12px')
  await page.goto('./#/handout/debate')
  await expect(page.getByRole('region', { name: 'Roles' }).getByRole('table')).toHaveCSS('font-size', '13.3333px')
})

test('an unknown handout says so and lists the ones there are', async ({ page }) => {
  await page.goto('./#/handout/no-such-sheet')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No handout called “no-such-sheet”')
  await expect(page.getByRole('main').getByRole('link')).toHaveCount(materials.length)
  await page.getByRole('link', { name: 'Exit ticket' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exit ticket')
})

test('the built site describes itself as a schema.org LearningResource: two lessons and the self-study', async ({ request }) => {
  const html = await (await request.get('./')).text()
  const block = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)
  expect(block, 'no JSON-LD in the built index.html').not.toBeNull()
  const resource = JSON.parse(block![1]!)
  expect(resource['@context']).toBe('https://schema.org')
  expect(resource['@type']).toBe('LearningResource')
  expect(resource.name).toBe('Reading “The Dubious Agenda of the SCO”')
  expect(resource.description).toMatch(/^Two 50-minute lessons on the essay "The Dubious Agenda of the SCO"/)
  expect(resource.teaches).toHaveLength(5)
  expect(resource.teaches[0]).toBe('Summarize the essay’s thesis and recommendation in two sentences')
  expect(resource.educationalLevel).toBe('Upper secondary (ages 16-18) or first-year university')
  expect(resource.timeRequired).toBe('PT2H31M')
  expect(resource.isBasedOn.datePublished).toBe('2011-06')
  expect(resource.license).toBe('https://creativecommons.org/licenses/by/4.0/')
  expect(resource.inLanguage).toBe('en')
  expect(resource.learningResourceType).toContain('lesson plan')
})

test.describe('on a 390 × 844 phone', () => {
  test.use({
    viewport: { width: 390, height: 844 },
  })

  /** Whatever is wider than the screen: the page itself, any element that scrolls sideways, any table cell out of sight. */
  async function sidewaysProblems(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const width = document.documentElement.clientWidth
      const problems: string[] = []
      if (document.scrollingElement!.scrollWidth > width)
        problems.push(`the page is ${document.scrollingElement!.scrollWidth} px wide`)
      const named = (element: Element): string => `${element.tagName.toLowerCase()} "${element.textContent!.trim().slice(0, 40)}"`
      for (const element of Array.from(document.querySelectorAll('.handout-view *, .handout-page *, .handout-nav *'))) {
        const style = getComputedStyle(element)
        if (['auto', 'scroll'].includes(style.overflowX) && element.scrollWidth > element.clientWidth + 1)
          problems.push(`${named(element)} scrolls sideways`)
      }
      for (const cell of Array.from(document.querySelectorAll('td, th'))) {
        const box = cell.getBoundingClientRect()
        if (box.width <= 1 || !cell.checkVisibility({ visibilityProperty: true }) || cell.closest('.slide-picture'))
          continue
        if (box.left < 0 || box.right > width)
          problems.push(`${named(cell)} spans ${Math.round(box.left)}–${Math.round(box.right)} px`)
      }
      return problems
    })
  }

  for (const material of materials) {
    test(`the ${material.slug} handout fits the screen: nothing scrolls sideways, every table cell in sight`, async ({ page }) => {
      await page.goto(`./#/handout/${material.slug}`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(material.title)
      await expect(page.getByRole('link', { name: 'Back to the lesson' })).toBeVisible()
      expect(await sidewaysProblems(page)).toEqual([])
    })
  }

  // Every slide of the deck (as slides.md has them), and the 31 slides of the two lessons.
  for (const [slug, title, slides] of [
    ['notes', 'Notes handout', deckLength],
    ['note-taking', 'Note-taking handout', 31],
  ] as const) {
    test(`the ${slug} handout stacks each slide's picture over its notes or lines, with the Back/Print bar`, async ({ page }) => {
      await page.goto(`./#/handout/${slug}`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
      await expect(page.getByRole('link', { name: 'Back to the lesson' })).toBeVisible()
      await expect(page.getByRole('button', { name: 'Print' })).toBeVisible()
      const pictures = page.locator('.slide-picture')
      await expect(pictures).toHaveCount(slides)
      await expect(pictures.last().locator('.slidev-layout')).toBeAttached()
      const layout = await page.evaluate(() => Array.from(document.querySelectorAll('[data-slide]')).map((slide) => {
        const picture = slide.querySelector('.slide-picture')!.getBoundingClientRect()
        const below = slide.querySelector(':scope > .note, :scope > .lines')!.getBoundingClientRect()
        return {
          slide: slide.getAttribute('data-slide'),
          left: Math.round(picture.left),
          right: Math.round(picture.right),
          stacked: below.top >= picture.bottom - 1 && below.width > 300,
        }
      }))
      expect(layout.filter(each => each.left < 0 || each.right > 390 || !each.stacked)).toEqual([])
      expect(await sidewaysProblems(page)).toEqual([])
    })
  }
})
