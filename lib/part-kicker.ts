import type { HeadedPlan, LessonPart } from '../data/lesson'

/** The part of a lesson plan that lists a slide, with the number the slides and print give it. */
export interface SlidePart {
  readonly prefix: string
  /** From 1, within its plan. */
  readonly number: number
  readonly part: LessonPart
}

/** The part that lists the slide `alias` in the first plan that has it; null for a slide no plan times. */
export function partOfSlide(alias: string | undefined, plans: readonly HeadedPlan[]): SlidePart | null {
  if (alias === undefined)
    return null
  for (const { plan, prefix } of plans) {
    const index = plan.parts.findIndex(part => part.slides.includes(alias))
    if (index >= 0)
      return { prefix, number: index + 1, part: plan.parts[index]! }
  }
  return null
}

/** "Part 5 · Security": the kicker of the slide `alias`, from its part's number and label; null outside the plans. */
export function partKicker(alias: string | undefined, plans: readonly HeadedPlan[]): string | null {
  const found = partOfSlide(alias, plans)
  return found && `${found.prefix} ${found.number} · ${found.part.kicker}`
}
