import { describe, expect, it } from 'vitest'
import { lowerBoundMarks, markSlots } from '../../lib/lower-bound-marks'

const startGrid = {
  x: 0,
  y: 10,
  columns: 5,
  pitch: 10,
  size: 8,
  align: 'start',
  grow: 'down',
} as const
const centreGrid = {
  x: 100,
  y: -14,
  columns: 4,
  pitch: 15,
  size: 12,
  align: 'centre',
  grow: 'up',
} as const

describe('lowerBoundMarks', () => {
  it('draws an exact count as that many marks in rows, with no open end', () => {
    const run = lowerBoundMarks({ value: 7, qualifier: 'exactly' }, 1, startGrid)
    expect(run.marks).toHaveLength(7)
    expect(run.tail).toEqual([])
    expect(run.plus).toBeNull()
    expect(run.rows).toBe(2)
    expect(run.marks[0]).toEqual({ cx: 4, cy: 10, size: 8 })
    expect(run.marks[5]).toEqual({ cx: 4, cy: 20, size: 8 })
    expect(run.box).toEqual({ x0: 0, y0: 6, x1: 48, y1: 24 })
  })

  it('gives a lower bound three fading outlined marks and a "+" after its marks', () => {
    const run = lowerBoundMarks({ value: 2, qualifier: 'at least' }, 1, centreGrid)
    expect(run.marks).toHaveLength(2)
    expect(run.tail.map(mark => mark.opacity)).toEqual([0.7, 0.48, 0.26])
    expect(run.tail.every(mark => mark.size < 12)).toBe(true)
    expect(run.columns).toBe(4)
    expect(run.rows).toBe(2)
    // Six slots centred on x = 100 and growing upwards: the "+" is the second of the upper row.
    expect(run.marks[0]).toEqual({ cx: 77.5, cy: -14, size: 12 })
    expect(run.plus).toEqual({ cx: 92.5, cy: -29 })
  })

  it('treats "over" and "more than" as lower bounds too, and "about" as none', () => {
    expect(lowerBoundMarks({ value: 3, qualifier: 'over' }, 1, startGrid).plus).not.toBeNull()
    expect(lowerBoundMarks({ value: 3, qualifier: 'more than' }, 1, startGrid).tail).toHaveLength(3)
    expect(lowerBoundMarks({ value: 3, qualifier: 'about' }, 1, startGrid).plus).toBeNull()
  })

  it('draws one mark per ten for "over 1,100", and a remainder as a smaller mark', () => {
    expect(lowerBoundMarks({ value: 1100, qualifier: 'over' }, 10, startGrid).marks).toHaveLength(110)
    const run = lowerBoundMarks({ value: 25, qualifier: 'exactly' }, 10, startGrid)
    expect(run.marks.map(mark => mark.size)).toEqual([8, 8, 8 * Math.SQRT1_2])
  })

  it('centres a short run on its x: one person sits exactly on the date', () => {
    const run = lowerBoundMarks({ value: 1, qualifier: 'exactly' }, 1, centreGrid)
    expect(run.columns).toBe(1)
    expect(run.marks).toEqual([
      { cx: 100, cy: -14, size: 12 },
    ])
  })

  it('counts the slots a run takes, the open end included', () => {
    expect(markSlots({ value: 42, qualifier: 'at least' }, 1)).toBe(46)
    expect(markSlots({ value: 1, qualifier: 'exactly' }, 1)).toBe(1)
    expect(markSlots({ value: 1100, qualifier: 'over' }, 10)).toBe(114)
  })

  it('refuses a grid without room for one mark a row', () => {
    expect(() => lowerBoundMarks({ value: 1, qualifier: 'exactly' }, 1, { ...startGrid, columns: 0 })).toThrow(/at least one mark/)
  })
})
