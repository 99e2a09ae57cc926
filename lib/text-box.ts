/**
 * The room chart text takes, estimated without a DOM so that layouts stay pure arithmetic and print
 * the same as they show: Source Sans 3 averages about 0.42 em per character in the deck's
 * labels; the estimate allows some 12 % more, bold a little more still.
 */

export interface Box {
  readonly x0: number
  readonly y0: number
  readonly x1: number
  readonly y1: number
}

export type Weight = 'regular' | 'bold'

/** Generous averages, so that an estimate errs on the wide side. */
const emPerCharacter: Record<Weight, number> = { regular: 0.47, bold: 0.5 }

export function textWidth(text: string, fontSize: number, weight: Weight = 'regular'): number {
  return text.length * fontSize * emPerCharacter[weight]
}

/**
 * `text` broken between words into lines no wider than `maxWidth` (a single word longer than that
 * keeps its own line). Every line but the last keeps its trailing space, so the lines joined are the text.
 */
export function wrapText(text: string, fontSize: number, maxWidth: number, weight: Weight = 'regular'): string[] {
  const words = text.split(' ')
  const lines: string[] = []
  let line = ''
  for (const word of words) {
    const candidate = line === ''
      ? word
      : `${line} ${word}`
    if (line !== '' && textWidth(candidate, fontSize, weight) > maxWidth) {
      lines.push(`${line} `)
      line = word
    }
    else {
      line = candidate
    }
  }
  lines.push(line)
  return lines
}

/** Where a text `width` wide starts and ends when its anchor (SVG's text-anchor) is at `x`. */
export function anchoredSpan(x: number, width: number, anchor: 'start' | 'middle' | 'end'): { x0: number, x1: number } {
  const x0 = anchor === 'start'
    ? x
    : anchor === 'end'
      ? x - width
      : x - width / 2
  return { x0, x1: x0 + width }
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
}

export function padBox(box: Box, by: number): Box {
  return {
    x0: box.x0 - by,
    y0: box.y0 - by,
    x1: box.x1 + by,
    y1: box.y1 + by,
  }
}

/** The smallest box holding all of `boxes`. */
export function unionBox(boxes: readonly Box[]): Box {
  return {
    x0: Math.min(...boxes.map(box => box.x0)),
    y0: Math.min(...boxes.map(box => box.y0)),
    x1: Math.max(...boxes.map(box => box.x1)),
    y1: Math.max(...boxes.map(box => box.y1)),
  }
}
