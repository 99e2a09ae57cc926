import type { DeckSlide } from '../support/deck'
import { beforeAll, describe, expect, it } from 'vitest'
import { agenda, lessonMinutes } from '../../data/lesson'
import { loadDeck } from '../support/deck'

/** The minutes a slide's notes give it: "**Time:** 2 min". */
function minutesOf(slide: DeckSlide): number | undefined {
  const match = slide.note.match(/\*\*Time:\*\*\s*(\d+)\s*min/)
  return match
    ? Number(match[1])
    : undefined
}

/** The cover lives in slides.md and belongs to the opening part. */
function pageOf(slide: DeckSlide): string {
  return slide.file === 'slides.md'
    ? agenda[0]!.page
    : slide.file
}

let deck: DeckSlide[]
beforeAll(async () => {
  deck = await loadDeck()
})

describe('the lesson plan', () => {
  it('fills the class exactly: the agenda\'s parts add up to the lesson length', () => {
    expect(agenda.reduce((sum, part) => sum + part.minutes, 0)).toBe(lessonMinutes)
  })

  it('has speaker notes on every slide, each saying what to say and how many minutes', () => {
    const missing = deck.filter(slide => !slide.note.includes('**Say:**') || minutesOf(slide) === undefined)
    expect(missing.map(slide => `${slide.no} ${slide.title} (${slide.file})`)).toEqual([])
  })

  it('gives each part of the agenda as many minutes in the notes as the agenda promises', () => {
    for (const part of agenda) {
      const slides = deck.filter(slide => pageOf(slide) === part.page)
      expect(slides.length, `no slides from pages/${part.page}`).toBeGreaterThan(0)
      const minutes = slides.reduce((sum, slide) => sum + (minutesOf(slide) ?? 0), 0)
      expect(minutes, `minutes in the notes of pages/${part.page}`).toBe(part.minutes)
    }
  })

  it('gives every slide a title, so the PDF outline and the overview can name it', () => {
    expect(deck.filter(slide => !slide.title.trim()).map(slide => slide.no)).toEqual([])
  })

  it('gives every slide a unique route alias, so links and tests can name slides', () => {
    const aliases = deck.map(slide => slide.alias)
    expect(aliases.filter(alias => !alias)).toEqual([])
    expect(new Set(aliases).size).toBe(aliases.length)
  })
})
