import type { SlideInfo } from '@slidev/types'
import type { HeadedPlan } from '../data/lesson.ts'
import { resolve } from 'node:path'
import { load } from '@slidev/parser/fs'
import { deckPlans } from '../data/lesson.ts'
import { partOfSlide } from '../lib/part-kicker.ts'

export { deckPlans }

/**
 * The heading each slide's part of the lesson gets in the printed outline and handouts, by slide
 * (index 0 is slide 1), from the plans' lists of route aliases: "Part 3 · Growth beyond expectations";
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

/** The slides of the deck at `root` as Slidev parses them, those its slides import with `src:` included. */
export async function deckSlides(root: string): Promise<SlideInfo[]> {
  const data = await load({
    userRoot: root,
    roots: [root],
  }, resolve(root, 'slides.md'))
  return data.slides
}

/** The routeAlias of every slide, in deck order. */
export function slideAliases(slides: readonly SlideInfo[]): (string | undefined)[] {
  return slides.map(slide => typeof slide.frontmatter.routeAlias === 'string'
    ? slide.frontmatter.routeAlias
    : undefined)
}
