/**
 * The schema of the figure records (data/blacklist.ts, data/extraditions.ts): what makes a figure
 * sound, checked when a group of figures is defined, and what a sum of figures can honestly claim.
 */
import type { CountFigure, FigureRecord, Verification } from './types'
import { qualifierKinds } from '../lib/figures'
import { sources } from './sources'

const verifications: Record<Verification, true> = {
  'confirmed': true,
  'partly contradicted': true,
  'unverified': true,
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
  const kinds = figures.map(figure => qualifierKinds[figure.qualifier])
  if (kinds.includes('estimate'))
    return { value, qualifier: 'about' }
  if (kinds.includes('strict lower bound'))
    return { value, qualifier: 'over' }
  if (kinds.includes('lower bound'))
    return { value, qualifier: 'at least' }
  return { value, qualifier: 'exactly' }
}
