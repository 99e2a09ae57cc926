/** The part of a slide's route meta the handouts read (Slidev types it in a shim of its client). */
export interface HandoutSlideMeta {
  readonly title?: string
  /** The speaker notes, rendered from Markdown at build ('' when none). */
  readonly noteHTML?: string
}

/** What a handout prints about one slide. */
export interface HandoutSlide {
  readonly no: number
  readonly title: string
  /** The part of the lesson it belongs to (null: the cover), as in the printed outline. */
  readonly part: string | null
}

/** A slide's route as the handouts read it: its number and its meta (Slidev's `SlideRoute`). */
export interface HandoutRoute {
  readonly no: number
  readonly meta: { readonly slide?: unknown }
}

/**
 * What a handout prints about the slide of `route`: its number, its title (or "Slide N"), its part
 * (from `parts`, one per slide in order: the build's `__DECK_PARTS__`) and its notes.
 */
export function handoutSlide<Route extends HandoutRoute>(route: Route, parts: readonly (string | null)[]): HandoutSlide & { notes: string, route: Route } {
  const meta = (route.meta.slide ?? {}) as HandoutSlideMeta
  return {
    no: route.no,
    title: meta.title ?? `Slide ${route.no}`,
    part: parts[route.no - 1] ?? null,
    notes: meta.noteHTML ?? '',
    route,
  }
}

/** Runs of consecutive slides of the same part, in order: the sections of a handout. */
export function byPart<T extends HandoutSlide>(slides: readonly T[]): { part: string | null, slides: T[] }[] {
  const sections: { part: string | null, slides: T[] }[] = []
  for (const slide of slides) {
    const last = sections.at(-1)
    if (last && last.part === slide.part) {
      last.slides.push(slide)
    }
    else {
      sections.push({
        part: slide.part,
        slides: [slide],
      })
    }
  }
  return sections
}

/** `items` in pages of `size` (the last may be shorter), the first page holding `first` of them (a page under a title). */
export function inPagesOf<T>(items: readonly T[], size: number, first = size): T[][] {
  for (const count of [size, first]) {
    if (!Number.isInteger(count) || count < 1)
      throw new RangeError(`a page's size must be a whole number of at least 1, got ${count}`)
  }
  const pages: T[][] = items.length
    ? [
        items.slice(0, first),
      ]
    : []
  for (let start = first; start < items.length; start += size)
    pages.push(items.slice(start, start + size))
  return pages
}

/**
 * How wide a handout draws a slide, in CSS pixels (96 a inch, so 0.75 pt each): 672 px, 178 mm, the
 * width of an A4 page less its margins. The smallest text a projected slide may set is 18 px on the
 * 980 px canvas (the deck's readability walk), which prints at 18 × 672 / 980 × 0.75 ≈ 9.3 pt.
 */
export const handoutPictureWidth = 672
