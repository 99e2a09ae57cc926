/**
 * The teacher's tools on a 1920×1080 screen: the presenter view, whose notes are the teacher's script, and
 * the overview, where the teacher reads every slide's notes before the lesson.
 */
import { contrastRatio } from '../support/contrast'
import { loadDeck, noteOpening, plainText, typographic } from '../support/deck'
import { slidevDom } from '../support/slidev-dom'
import { expect, test } from './support'

test.use({
  viewport: { width: 1920, height: 1080 },
})

const deck = await loadDeck()

test('the presenter view shows every slide\'s notes, whole, without scrolling, beside the next slide and a timer', async ({ page }) => {
  test.slow()
  const first = deck[0]!
  await page.goto('./#/presenter/1')
  const note = page.locator(slidevDom.presenterNote).first()
  await expect(note).toContainText(noteOpening(first))
  await expect(page.getByText(/\d+:\d\d/).first(), 'the timer').toBeVisible()
  await expect(page.getByRole('heading', {
    level: 1,
    name: typographic(deck[1]!.title),
  }), 'the next slide').toBeVisible()
  const cut: string[] = []
  for (const slide of deck) {
    if (slide.no > 1) {
      await page.keyboard.press('ArrowDown')
      await expect(page, `the presenter view moved on to slide ${slide.no}`).toHaveURL(new RegExp(`#/presenter/(${slide.no}|${slide.alias ?? slide.no})(\\?|$)`))
    }
    if (!slide.note.trim())
      continue
    // Wait until the pane shows this slide's notes (quotation marks as the page sets them count as plain).
    const opening = plainText(noteOpening(slide, 5))
    await expect.poll(async () => plainText(await note.textContent() ?? ''), `slide ${slide.no}'s notes`).toContain(opening)
    const overflow = await note.evaluate((element) => {
      let box: HTMLElement | null = element as HTMLElement
      let hidden = 0
      for (; box; box = box.parentElement)
        hidden = Math.max(hidden, box.scrollHeight - box.clientHeight)
      return hidden
    })
    if (overflow > 1)
      cut.push(`slide ${slide.no} (${slide.alias}): ${overflow} px of its notes below the pane`)
  }
  expect(cut).toEqual([])
})

/** An sRGB colour as #rrggbb. */
function hex(rgb: readonly number[]): string {
  return `#${rgb.map(channel => Math.round(channel).toString(16).padStart(2, '0')).join('')}`
}

test('the overview shows every slide, its notes at 4.5:1 or better and their word count', async ({ page }) => {
  await page.goto('./#/overview')
  for (const slide of [
    deck[0]!,
    deck.at(-1)!,
  ])
    await expect(page.getByText(typographic(slide.title)).first()).toBeVisible()
  const notes = page.locator(slidevDom.presenterNote)
  await expect(notes.first()).toContainText('Welcome. Today we read one short essay closely')
  // The notes' ink as drawn: its colour, faded by every translucent box it sits in, over the page.
  const inks = await notes.evaluateAll(elements => elements.slice(0, 12).map((element) => {
    const text = element.querySelector('p') ?? element
    const rgb = (colour: string) => colour.match(/[\d.]+/g)!.map(Number)
    let opacity = 1
    let page = [255, 255, 255]
    for (let box: Element | null = text; box; box = box.parentElement) {
      const style = getComputedStyle(box)
      opacity *= Number(style.opacity)
      const background = rgb(style.backgroundColor)
      if (box !== text && (background[3] ?? 1) === 1 && style.backgroundColor !== 'rgba(0, 0, 0, 0)') {
        page = background.slice(0, 3)
        break
      }
    }
    const ink = rgb(getComputedStyle(text).color).slice(0, 3)
    return {
      ink: ink.map((channel, i) => channel * opacity + page[i]! * (1 - opacity)),
      page,
    }
  }))
  expect(inks).toHaveLength(12)
  for (const { ink, page: background } of inks)
    expect(contrastRatio(hex(ink), hex(background))).toBeGreaterThanOrEqual(4.5)

  // The first slide's notes: "Say: Welcome. …", "Keys: …" and "Time: 0 min (shown while students settle)".
  await expect(page.getByText(/^\s*76 words\s*$/).first()).toBeVisible()
  await expect(page.getByText(/\d+ slides · \d+ clicks · \d+ words/)).not.toContainText(/·\s*0 words/)
})
