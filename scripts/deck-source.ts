/**
 * The one reader of slides.md and the pages it imports (`src:`): the build (vite.config.ts), the
 * export, the SCORM package, the kit, the reading view and the tests take the deck from here, parsed
 * by Slidev's own parser (@slidev/parser 53.x).
 *
 * Hidden slides are treated one way, as Slidev's client treats them: a slide whose frontmatter says
 * `hide: true` or `disabled: true` is not in the deck. It gets no number, and the slides after it
 * close up, so every slide number, part heading and printed page here matches the deck's own.
 */
import type { SlideInfo } from '@slidev/types'
import { readFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { parseSync } from '@slidev/parser'
import { load } from '@slidev/parser/fs'

const projectRoot = resolve(import.meta.dirname, '..')

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

export interface Deck {
  /** The headmatter of slides.md: title, info, duration, download, canvasWidth, … */
  headmatter: Record<string, unknown>
  /** The slides the deck shows, in order. */
  slides: DeckSlide[]
}

/** Whether Slidev shows the slide: `hide` and `disabled` both take it out of the deck. */
export function isShown(frontmatter: Record<string, unknown>): boolean {
  return !frontmatter.hide && !frontmatter.disabled
}

function deckSlide(slide: SlideInfo, index: number): DeckSlide {
  return {
    no: index + 1,
    title: slide.title ?? '',
    alias: typeof slide.frontmatter.routeAlias === 'string'
      ? slide.frontmatter.routeAlias
      : undefined,
    file: basename(slide.source.filepath),
    note: slide.note ?? '',
    content: slide.content ?? '',
    selfChecks: [
      ...(slide.content ?? '').matchAll(/<SelfCheck\s+id="([^"]+)"/g),
    ].map(match => match[1]!),
    frontmatter: slide.frontmatter,
  }
}

/** The deck at `root` (the project by default). */
export async function readDeck(root = projectRoot): Promise<Deck> {
  const data = await load({
    userRoot: root,
    roots: [root],
  }, resolve(root, 'slides.md'))
  return {
    headmatter: data.headmatter,
    slides: data.slides.filter(slide => isShown(slide.frontmatter)).map(deckSlide),
  }
}

/** The headmatter of slides.md alone, read at once: for code that cannot wait (the SCORM manifest). */
export function readHeadmatter(root = projectRoot): Record<string, unknown> {
  const file = resolve(root, 'slides.md')
  return parseSync(readFileSync(file, 'utf8'), file).slides[0]?.frontmatter ?? {}
}

/** The deck's title and description (`title` and `info` in slides.md's headmatter), for the SCORM package and the site's metadata. */
export function deckDescription(root = projectRoot): { title: string, description: string } {
  const { title, info } = readHeadmatter(root) as { title?: unknown, info?: unknown }
  if (typeof title !== 'string' || typeof info !== 'string')
    throw new TypeError('slides.md: the headmatter needs a `title` and an `info`')
  return {
    title,
    description: info.trim().replace(/\s+/g, ' '),
  }
}
