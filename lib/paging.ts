/**
 * Part `part` (1-based) of `items` cut into `parts` runs of near-equal length, in order: how a long
 * list (the glossary, the sources) is spread over several slides. Throws on a part that does not exist.
 */
export function partOf<T>(items: readonly T[], part: number, parts: number): T[] {
  if (!Number.isInteger(parts) || parts < 1)
    throw new RangeError(`parts must be a whole number of at least 1, got ${parts}`)
  if (!Number.isInteger(part) || part < 1 || part > parts)
    throw new RangeError(`part must be a whole number from 1 to ${parts}, got ${part}`)
  const start = Math.round((part - 1) * items.length / parts)
  const end = Math.round(part * items.length / parts)
  return items.slice(start, end)
}

/** The props of a component that shows one part of a long list spread over several slides. */
export interface ListPartProps {
  /** Which part to show, from 1. */
  part?: number
  /** How many parts (slides) the list is cut into. */
  parts?: number
}
