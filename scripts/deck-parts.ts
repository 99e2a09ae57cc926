import type { HeadedPlan } from '../data/lesson.ts'
import type { DeckSlide } from './deck-source.ts'
import { deckPlans } from '../data/lesson.ts'
import { partOfSlide } from '../lib/part-kicker.ts'
import { readDeck } from './deck-source.ts'

export { deckPlans }

/**
 * The heading each slide's part of the lesson gets in the printed outline and handouts, by slide
 * (index 0 is slide 1), from the plans' lists of route aliases: "Part 4 · Growth beyond expectations";
 * "Reference" for a slide no plan times; null for the cover, which carries the deck's own title.
 */
export function partHeadings(slideAliases: readonly (string | undefined)[], plans: readonly HeadedPlan[], cover = 'start'): (string | null)[] {
  return slideAliases.map((alias) => {
    if (alias === cover)
      return null
    const found = partOfSlide(alias, plans)
    return found
      ? `${found.prefix} ${found.number} · ${found.part.title}`
      : 'Reference'
  })
}

/** The slides the deck at `root` shows (scripts/deck-source.ts: hidden slides are not in it). */
export async function deckSlides(root: string): Promise<DeckSlide[]> {
  return (await readDeck(root)).slides
}

/** The routeAlias of every slide, in deck order. */
export function slideAliases(slides: readonly DeckSlide[]): (string | undefined)[] {
  return slides.map(slide => slide.alias)
}
