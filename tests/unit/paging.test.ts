import { describe, expect, it } from 'vitest'
import { partOf } from '../../lib/paging'

describe('partOf: a list spread over slides', () => {
  const items = Array.from({ length: 15 }, (_, index) => index)

  it.each([1, 2, 3, 4, 7])('gives every item exactly once, in order, over %i parts', (parts) => {
    const joined = Array.from({ length: parts }, (_, index) => partOf(items, index + 1, parts)).flat()
    expect(joined).toEqual(items)
  })

  it('makes parts that differ in length by at most one', () => {
    const lengths = [1, 2, 3, 4].map(part => partOf(items, part, 4).length)
    expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(1)
  })

  it('refuses a part that does not exist, saying which are allowed', () => {
    expect(() => partOf(items, 0, 2)).toThrow('from 1 to 2')
    expect(() => partOf(items, 3, 2)).toThrow('from 1 to 2, got 3')
    expect(() => partOf(items, 1.5, 2)).toThrow(RangeError)
    expect(() => partOf(items, 1, 0)).toThrow('at least 1')
  })
})
