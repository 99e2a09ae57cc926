import type { Locator, Page } from '@playwright/test'
import type { Question } from '../../data/questions'
import { glossary } from '../../data/glossary'
import { correctOption, questions, sectionIds } from '../../data/questions'
import { slidevDom } from '../support/slidev-dom'
import { currentSlide, expect, seriousA11yViolations, test } from './support'

/** The built chunk that holds every slide's speaker notes (setup/notes.ts). */
const notesChunk = /\/assets\/_virtual_deck-notes-[\w-]+\.js$/

/** The number of the slide on screen, once any slide transition has ended. */
async function slideNumber(page: Page): Promise<string | null> {
  await expect(currentSlide(page)).toHaveCount(1)
  return currentSlide(page).getAttribute(slidevDom.slideNoAttribute)
}

/** The question a self-check shows, looked up in the data by its stem. */
async function questionOn(selfCheck: Locator): Promise<Question> {
  const stem = (await selfCheck.locator('legend').textContent() ?? '').trim()
  const question = questions.find(candidate => candidate.stem === stem)
  expect(question, `no question in data/questions.ts has the stem "${stem}"`).toBeDefined()
  return question!
}

/** Tabs from the page into the self-check's radio group, as a keyboard user would. */
async function tabIntoQuestion(page: Page, selfCheck: Locator): Promise<void> {
  for (let presses = 0; presses < 15; presses++) {
    await page.keyboard.press('Tab')
    if (await selfCheck.locator('input[type="radio"]:focus').count() > 0)
      return
  }
  throw new Error('Tab never reached the self-check\'s options')
}

/** Moves the selection to option `index` with the arrow keys; the group holds option `from` now. */
async function arrowTo(page: Page, from: number, index: number): Promise<void> {
  const key = index > from
    ? 'ArrowDown'
    : 'ArrowUp'
  for (let step = 0; step < Math.abs(index - from); step++)
    await page.keyboard.press(key)
}

test('a learner answers one self-check per section with the keyboard, reads the glossary and a slide\'s notes', async ({ page, deckPage }) => {
  for (const [n, section] of sectionIds.entries()) {
    await test.step(`self-check: ${section}`, async () => {
      await deckPage.gotoSlide(`check-${section}`)
      const slideNo = await slideNumber(page)
      const selfCheck = currentSlide(page).locator('.self-check')
      await expect(selfCheck).toBeVisible()
      const question = await questionOn(selfCheck)
      expect(question.section).toBe(section)
      const live = selfCheck.locator('[role="status"][aria-live="polite"]')
      const right = question.options.indexOf(correctOption(question)!)
      const wrong = right === 0
        ? 1
        : 0

      await tabIntoQuestion(page, selfCheck)
      await page.keyboard.press('Space')
      await expect(selfCheck.locator('input[type="radio"]').first()).toBeChecked()
      let at = 0

      // Once, answer wrong first: the feedback must say why, then vanish when the answer changes.
      if (n === 0) {
        await arrowTo(page, at, wrong)
        at = wrong
        await page.keyboard.press('Enter')
        await expect(live).toContainText('Not quite.')
        await expect(live).toContainText(question.options[wrong]!.feedback)
      }
      await arrowTo(page, at, right)
      if (n === 0)
        await expect(live).toHaveText('')
      await page.keyboard.press('Enter')
      await expect(live).toContainText('Right.')
      await expect(live).toContainText(correctOption(question)!.feedback)
      await expect(live).not.toContainText('Not quite.')

      // Arrows, Space and Enter went to the question, not to Slidev's navigation.
      await expect.poll(() => slideNumber(page)).toBe(slideNo)
      await expect(page).toHaveURL(new RegExp(`#/check-${section}$`))

      if (n === 0) {
        const violations = await seriousA11yViolations(page)
        expect(violations).toEqual([])
        // Escape hands the keys back: → now leaves the slide; coming back finds a fresh question.
        await page.keyboard.press('Escape')
        await page.keyboard.press('ArrowRight')
        await expect.poll(() => slideNumber(page)).not.toBe(slideNo)
        await page.keyboard.press('ArrowLeft')
        await expect.poll(() => slideNumber(page)).toBe(slideNo)
        await expect(live).toHaveText('')
        await expect(selfCheck.locator('input[type="radio"]:checked')).toHaveCount(0)
      }
    })
  }

  await test.step('the glossary, in the reading view the last slide points to', async () => {
    await deckPage.gotoSlide('look-up')
    await expect(currentSlide(page).getByRole('heading', { level: 1 })).toHaveText('To look up')
    await deckPage.follow(currentSlide(page).getByRole('link', { name: 'reading view' }))
    await expect(page).toHaveURL(/read\.html#reference$/)
    await expect(page.locator('#reference')).toBeInViewport()
    const section = page.getByRole('region', { name: 'Glossary', exact: true })
    // The glossary opens on the first term in its order, definition included.
    await expect(section).toContainText(glossary[0]!.term)
    await expect(section).toContainText(glossary[0]!.definition)
    await page.goBack()
  })

  await test.step('a slide\'s notes, without the presenter view', async () => {
    await deckPage.gotoSlide('check-origins')
    const slideNo = Number(await slideNumber(page))
    // The notes come in a chunk of their own, on first use: on a slow line the panel must wait for
    // them, not open saying the slide has none.
    await page.route(notesChunk, async (route) => {
      await new Promise(resolve => setTimeout(resolve, 1_000))
      await route.continue()
    })
    const notesButton = page.getByRole('button', { name: 'Notes', exact: true })
    await notesButton.focus()
    await page.keyboard.press('Enter')
    const panel = page.getByRole('complementary', { name: `Notes · slide ${slideNo} of` })
    await expect(panel).toBeVisible()
    await expect(panel).toBeFocused()
    const learnerNotes = (await panel.locator('.body').textContent() ?? '').replace(/\s+/g, ' ').trim()
    expect(learnerNotes.length).toBeGreaterThan(0)
    expect(learnerNotes).not.toBe('This slide has no notes.')

    // The notes follow the slides: → changes slide with the panel open.
    await page.keyboard.press('ArrowRight')
    await expect(page.getByRole('complementary', { name: `Notes · slide ${slideNo + 1} of` })).toBeVisible()

    await page.keyboard.press('Escape')
    await expect(page.getByRole('complementary')).toHaveCount(0)
    await expect(notesButton).toBeFocused()

    // What the learner read is what the presenter view shows for that slide.
    await page.goto(`./#/presenter/${slideNo}`)
    const presenterNotes = page.locator(slidevDom.presenterNote).first()
    await expect(presenterNotes).toBeVisible()
    await expect(presenterNotes).toHaveText(learnerNotes)
    await expect(page.getByRole('button', { name: 'Notes', exact: true })).toHaveCount(0)
  })
})
