import type { DeckSlide } from '../../scripts/deck-source'
import { readDeck } from '../../scripts/deck-source'

export type { DeckSlide }

/** The slides as Slidev shows them, in deck order (scripts/deck-source.ts, the one reader of slides.md). */
export async function loadDeck(): Promise<DeckSlide[]> {
  return (await readDeck()).slides
}

/** The slides as Slidev's client gives them to components (`useNav().slides`): number, title, frontmatter. */
export async function slideRoutes(): Promise<{ no: number, meta: { slide: { title: string, frontmatter: Record<string, unknown> } } }[]> {
  return (await loadDeck()).map(slide => ({
    no: slide.no,
    meta: {
      slide: { title: slide.title, frontmatter: slide.frontmatter },
    },
  }))
}

/** A title as the deck shows it: Slidev's Markdown turns straight apostrophes into typographic ones. */
export function typographic(text: string): string {
  return text.replace(/(\w)'/g, '$1’')
}

/** Text as a reader sees it: typographic quotes (Slidev's markdown makes ' into ’) count as plain ones. */
export function plainText(text: string): string {
  return text.replace(/[‘’]/g, '\'').replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim()
}

/** The number of the slide with this `routeAlias`; throws when there is none. */
export function slideNumberOf(deck: readonly DeckSlide[], alias: string): number {
  const found = deck.find(slide => slide.alias === alias)
  if (!found)
    throw new Error(`No slide has routeAlias "${alias}"`)
  return found.no
}

/** The first words a slide's notes say after "**Say:**", as the rendered notes show them. */
export function noteOpening(slide: DeckSlide, words = 6): string {
  return slide.note.replace(/\*\*Say:\*\*\s*/, '').split(/\s+/).slice(0, words).join(' ').replace(/\*/g, '')
}
