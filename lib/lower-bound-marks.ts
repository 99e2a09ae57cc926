/**
 * A count drawn as a run of marks in rows, as both statistics charts draw it: one mark per `perMark`,
 * a smaller last mark for a remainder (its area in proportion), and, for a lower bound, an open end —
 * three fading outlined marks and a "+" — so the run reads "this many, and maybe more".
 */
import type { CountFigure } from '../data/types'
import type { Box } from './box'
import { markCount } from './figures'

/** How the open end of a lower bound fades, one outlined mark per step. */
export const tailOpacities = [0.7, 0.48, 0.26] as const

/** Outlined marks are drawn this much smaller, so their stroke stays within the mark's size. */
const tailInset = 1.5

export interface MarkGrid {
  /** The left edge of the first column ('start'), or the middle of the run ('centre'). */
  readonly x: number
  /** The middle of the first row. */
  readonly y: number
  /** At most this many marks a row. */
  readonly columns: number
  /** From one mark's centre to the next, across and between rows. */
  readonly pitch: number
  /** A whole mark's width and height. */
  readonly size: number
  readonly align: 'start' | 'centre'
  /** Later rows go below the first ('down') or above it ('up'). */
  readonly grow: 'down' | 'up'
}

export interface Mark {
  readonly cx: number
  readonly cy: number
  /** Width and height: a square's side, a circle's diameter. */
  readonly size: number
}

export interface TailMark extends Mark {
  readonly opacity: number
}

export interface MarkRun {
  readonly marks: readonly Mark[]
  /** Empty unless the count is a lower bound. */
  readonly tail: readonly TailMark[]
  /** Where the "+" of a lower bound is centred; null for any other count. */
  readonly plus: { readonly cx: number, readonly cy: number } | null
  /** Marks a row, as laid out: fewer than the grid allows when a centred run is short. */
  readonly columns: number
  readonly rows: number
  /** Every slot the run takes, the "+" included. */
  readonly box: Box
}

/** How many slots a count's run takes: its marks, and for a lower bound the open end and the "+". */
export function markSlots(figure: Pick<CountFigure, 'value' | 'qualifier'>, perMark: number): number {
  const drawn = markCount(figure, perMark)
  return drawn.whole + (drawn.partial > 0
    ? 1
    : 0) + (drawn.openEnded
    ? tailOpacities.length + 1
    : 0)
}

export function lowerBoundMarks(figure: Pick<CountFigure, 'value' | 'qualifier'>, perMark: number, grid: MarkGrid): MarkRun {
  if (!(grid.columns >= 1))
    throw new RangeError(`A row must hold at least one mark, got ${grid.columns} columns`)
  const drawn = markCount(figure, perMark)
  const markSlots = drawn.whole + (drawn.partial > 0
    ? 1
    : 0)
  const slots = markSlots + (drawn.openEnded
    ? tailOpacities.length + 1
    : 0)
  const columns = grid.align === 'centre'
    ? Math.max(1, Math.min(grid.columns, slots))
    : Math.floor(grid.columns)
  const rowStep = grid.grow === 'down'
    ? grid.pitch
    : -grid.pitch
  const slot = (index: number) => {
    const column = index % columns
    const row = Math.floor(index / columns)
    return {
      cx: grid.align === 'start'
        ? grid.x + column * grid.pitch + grid.size / 2
        : grid.x + (column - (columns - 1) / 2) * grid.pitch,
      cy: grid.y + row * rowStep,
    }
  }
  const marks: Mark[] = Array.from({ length: drawn.whole }, (_, index) => ({
    ...slot(index),
    size: grid.size,
  }))
  if (drawn.partial > 0) {
    marks.push({
      ...slot(drawn.whole),
      size: grid.size * Math.sqrt(drawn.partial),
    })
  }
  const tail: TailMark[] = drawn.openEnded
    ? tailOpacities.map((opacity, step) => ({
        ...slot(markSlots + step),
        size: grid.size - tailInset,
        opacity,
      }))
    : []
  const plus = drawn.openEnded
    ? slot(markSlots + tailOpacities.length)
    : null
  const rows = Math.max(1, Math.ceil(slots / columns))
  const centres = Array.from({
    length: Math.max(1, slots),
  }, (_, index) => slot(index))
  const half = grid.size / 2
  return {
    marks,
    tail,
    plus,
    columns,
    rows,
    box: {
      x0: Math.min(...centres.map(centre => centre.cx)) - half,
      y0: Math.min(...centres.map(centre => centre.cy)) - half,
      x1: Math.max(...centres.map(centre => centre.cx)) + half,
      y1: Math.max(...centres.map(centre => centre.cy)) + half,
    },
  }
}
