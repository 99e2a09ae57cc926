/**
 * The schema of the figure records (data/blacklist.ts, data/extraditions.ts): what makes a figure
 * sound, checked when a group of figures is defined. (What a sum of figures can honestly claim is
 * arithmetic: lib/figures.ts.)
 */
import type { FigureRecord } from './types'
import { essayParagraphs } from './essay'
import { sources } from './sources'
import { qualifiers, verifications } from './types'

/** Whether `value` is one of `list`: a record read at run time may hold anything its type forbids. */
function isOneOf(list: readonly string[], value: unknown): boolean {
  return list.includes(value as string)
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
  if (!isOneOf(qualifiers, figure.qualifier))
    problems.push(`Figure "${id}": unknown qualifier "${figure.qualifier}"`)
  if (!Object.hasOwn(sources, figure.source))
    problems.push(`Figure "${id}": unknown source "${figure.source}"`)
  if (figure.citing !== undefined && !Object.hasOwn(sources, figure.citing))
    problems.push(`Figure "${id}": cites unknown source "${figure.citing}"`)
  if (!isOneOf(verifications, figure.verification))
    problems.push(`Figure "${id}": unknown verification "${figure.verification}"`)
  if ('paragraph' in figure && !essayParagraphs.some(paragraph => paragraph.number === figure.paragraph))
    problems.push(`Figure "${id}": the essay has no paragraph ${String(figure.paragraph)}`)
  if ('claim' in figure && !(Number.isInteger(figure.claim) && Number(figure.claim) >= 1))
    problems.push(`Figure "${id}": no claim is numbered ${String(figure.claim)}`)
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
