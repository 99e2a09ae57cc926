import type { CountFigure, Qualifier } from '../data/types'

/** What each qualifier claims; "over 1,100" is a strict lower bound: 1,101 or more. */
export const qualifierKinds: Record<Qualifier, 'exact' | 'lower bound' | 'strict lower bound' | 'estimate'> = {
  'exactly': 'exact',
  'at least': 'lower bound',
  'over': 'strict lower bound',
  'more than': 'strict lower bound',
  'about': 'estimate',
}

/** A lower bound: the true count may be higher. */
export function isLowerBound(qualifier: Qualifier): boolean {
  return qualifierKinds[qualifier] === 'lower bound' || qualifierKinds[qualifier] === 'strict lower bound'
}

/** How a count is drawn as marks of `perMark` each: whole marks, then the share of one more. */
export interface MarkCount {
  readonly whole: number
  /** 0 when the count divides evenly; else the fraction of a mark left over (0 < partial < 1). */
  readonly partial: number
  /** A lower bound is drawn with an open end. */
  readonly openEnded: boolean
}

export function markCount(figure: Pick<CountFigure, 'value' | 'qualifier'>, perMark = 1): MarkCount {
  if (!(perMark > 0))
    throw new RangeError(`A mark must stand for a positive number, got ${perMark}`)
  const whole = Math.floor(figure.value / perMark)
  return {
    whole,
    partial: figure.value / perMark - whole,
    openEnded: isLowerBound(figure.qualifier),
  }
}

/**
 * The sum of counts with what can honestly be said of it: exact counts add up exactly; once a lower
 * bound is in, the total is a lower bound ("over" if any part excludes its number); once an
 * estimate is in, the total is an estimate.
 */
export function sumCounts(figures: readonly Pick<CountFigure, 'value' | 'qualifier'>[]): Pick<CountFigure, 'value' | 'qualifier'> {
  const value = figures.reduce((total, figure) => total + figure.value, 0)
  const kinds = figures.map(figure => qualifierKinds[figure.qualifier])
  if (kinds.includes('estimate'))
    return { value, qualifier: 'about' }
  if (kinds.includes('strict lower bound'))
    return { value, qualifier: 'over' }
  if (kinds.includes('lower bound'))
    return { value, qualifier: 'at least' }
  return { value, qualifier: 'exactly' }
}
