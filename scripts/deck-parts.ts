import type { LessonPlan } from '../data/lesson.ts'
import { resolve } from 'node:path'
import { load } from '@slidev/parser/fs'
import { coreLesson, extensionLesson } from '../data/lesson.ts'

/** How a plan's parts are headed in print: "Part 3 · …" in the core lesson, "Extension 2 · …" after it. */
export interface HeadedPlan {
  readonly plan: LessonPlan
  readonly prefix: string
}

/** The deck's two plans, as the outline, the handouts and the reading view head them. */
export const deckPlans: readonly HeadedPlan[] = [
  { plan: coreLesson, prefix: 'Part' },
  { plan: extensionLesson, prefix: 'Extension' },
]

/**
 * The heading each slide's part of the lesson gets in the printed outline and handouts, by slide
 * (index 0 is slide 1), from the plans' lists of route aliases: "Part 3 · Growth beyond expectations";
 * "Reference" for a slide no plan times; null for the cover, which carries the deck's own title.
 */
export function partHeadings(slideAliases: readonly (string | undefined)[], plans: readonly HeadedPlan[], cover = 'start'): (string | null)[] {
  return slideAliases.map((alias) => {
    if (alias === cover)
      return null
    for (const { plan, prefix } of plans) {
      const index = plan.parts.findIndex(part => alias !== undefined && part.slides.includes(alias))
      if (index >= 0)
        return `${prefix} ${index + 1} · ${plan.parts[index]!.title}`
    }
    return 'Reference'
  })
}

/** The routeAlias of every slide of the deck at `root`, in deck order. */
export async function slideAliases(root: string): Promise<(string | undefined)[]> {
  const data = await load({
    userRoot: root,
    roots: [root],
  }, resolve(root, 'slides.md'))
  return data.slides.map(slide => typeof slide.frontmatter.routeAlias === 'string'
    ? slide.frontmatter.routeAlias
    : undefined)
}
