import type { SourceId } from '../data/sources'
import type { CountFigure, Qualifier, Verification } from '../data/types'
import { sources } from '../data/sources'

/** A figure as the registry keeps it: a CountFigure, and the work its source cites for it, if any. */
export interface FigureRecord extends CountFigure {
  /** The essay gives the blacklist figures from HRIC's white paper: `citing: 'hricWhitePaper'`. */
  readonly citing?: SourceId
}

/** What each qualifier claims; "over 1,100" is a strict lower bound: 1,101 or more. */
const qualifierKinds: Record<Qualifier, 'exact' | 'lower bound' | 'strict lower bound' | 'estimate'> = {
  'exactly': 'exact',
  'at least': 'lower bound',
  'over': 'strict lower bound',
  'more than': 'strict lower bound',
  'about': 'estimate',
}

const verifications: Record<Verification, true> = {
  'confirmed': true,
  'partly contradicted': true,
  'unverified': true,
}

/** A lower bound: the true count may be higher. */
export function isLowerBound(qualifier: Qualifier): boolean {
  return qualifierKinds[qualifier] === 'lower bound' || qualifierKinds[qualifier] === 'strict lower bound'
}

/** What is wrong with one figure, one sentence per problem, each naming the figure. */
export function figureProblems(id: string, figure: FigureRecord): string[] {
  const problems: string[] = []
  if (!Number.isInteger(figure.value))
    problems.push(`Figure "${id}": a count must be a whole number, got ${figure.value}`)
  else if (figure.value < 0)
    problems.push(`Figure "${id}": a count cannot be negative, got ${figure.value}`)
  if (typeof figure.what !== 'string' || figure.what.trim() === '')
    problems.push(`Figure "${id}": says nothing about what it counts`)
  if (!Object.hasOwn(qualifierKinds, figure.qualifier))
    problems.push(`Figure "${id}": unknown qualifier "${figure.qualifier}"`)
  if (!Object.hasOwn(sources, figure.source))
    problems.push(`Figure "${id}": unknown source "${figure.source}"`)
  if (figure.citing !== undefined && !Object.hasOwn(sources, figure.citing))
    problems.push(`Figure "${id}": cites unknown source "${figure.citing}"`)
  if (!Object.hasOwn(verifications, figure.verification))
    problems.push(`Figure "${id}": unknown verification "${figure.verification}"`)
  return problems
}

/**
 * Checks a group of figures and returns it unchanged. The type demands a source, a qualifier and a
 * verification for each; at run time a negative or fractional count throws, naming the figure.
 */
export function defineFigures<const T extends Record<string, FigureRecord>>(figures: T): T {
  const problems = Object.entries(figures).flatMap(([id, figure]) => figureProblems(id, figure))
  if (problems.length > 0)
    throw new RangeError(problems.join('\n'))
  return figures
}

/**
 * The sum of counts with what can honestly be said of it: exact counts add up exactly; once a lower
 * bound is in, the total is a lower bound ("over" if any part excludes its number); once an
 * estimate is in, the total is an estimate.
 */
export function sumCounts(figures: readonly Pick<CountFigure, 'value' | 'qualifier'>[]): Pick<CountFigure, 'value' | 'qualifier'> {
  const value = figures.reduce((total, figure) => total + figure.value, 0)
  const qualifiers = figures.map(figure => figure.qualifier)
  if (qualifiers.some(qualifier => qualifierKinds[qualifier] === 'estimate'))
    return { value, qualifier: 'about' }
  if (qualifiers.some(qualifier => qualifierKinds[qualifier] === 'strict lower bound'))
    return { value, qualifier: 'over' }
  if (qualifiers.some(isLowerBound))
    return { value, qualifier: 'at least' }
  return { value, qualifier: 'exactly' }
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
