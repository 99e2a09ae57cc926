import type { SlideInfo } from '@slidev/types'
import { basename, resolve } from 'node:path'
import { load } from '@slidev/parser/fs'

const root = resolve(import.meta.dirname, '../..')

export interface DeckSlide {
  /** 1-based, as in the deck's URLs. */
  no: number
  title: string
  alias?: string
  /** The file the slide is written in: 'slides.md' or a pages/ file name. */
  file: string
  note: string
  /** The slide's Markdown body, without its frontmatter and notes. */
  content: string
  /** The `id` of each `<SelfCheck>` on the slide, in order. */
  selfChecks: string[]
  /** The slide's frontmatter, as written. */
  frontmatter: Record<string, unknown>
}

/** The slides as Slidev sees them (imports resolved, hidden slides left out), in deck order. */
export async function loadDeck(): Promise<DeckSlide[]> {
  const data = await load({
    userRoot: root,
    roots: [root],
  }, resolve(root, 'slides.md'))
  return data.slides
    .filter((slide: SlideInfo) => !slide.frontmatter.hide && !slide.frontmatter.disabled)
    .map((slide: SlideInfo, index: number) => ({
      no: index + 1,
      title: slide.title ?? '',
      alias: slide.frontmatter.routeAlias as string | undefined,
      file: basename(slide.source.filepath),
      note: slide.note ?? '',
      content: slide.content ?? '',
      selfChecks: [
        ...slide.content.matchAll(/<SelfCheck\s+id="([^"]+)"/g),
      ].map(match => match[1]!),
      frontmatter: slide.frontmatter,
    }))
}

/** A title as the deck shows it: Slidev's Markdown turns straight apostrophes into typographic ones. */
export function typographic(text: string): string {
  return text.replace(/(\w)'/g, '$1’')
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
