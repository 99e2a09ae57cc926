import { describe, expect, it } from 'vitest'
import { glossary, sortKey } from '../../data/glossary'
import { partOf } from '../../lib/format'

/** The terms the lesson plan requires (issue 5 and the module brief), as words a term must contain. */
const required = [
  'SCO',
  'Shanghai Five',
  'RATS',
  'non-refoulement',
  'extradition',
  'asylum',
  'refugee status',
  'separatism',
  'extremism',
  'three evils',
  'observer',
  'dialogue partner',
  'SCO partner',
  'Xinjiang',
  'Uighurs',
  'blacklist',
]

describe('the glossary', () => {
  it('has at least twelve terms, each defined once', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(12)
    expect(new Set(glossary.map(entry => sortKey(entry.term))).size).toBe(glossary.length)
  })

  it.each(required)('defines "%s"', (word) => {
    expect(glossary.some(entry => entry.term.toLowerCase().includes(word.toLowerCase()))).toBe(true)
  })

  it('is in alphabetical order, quotation marks aside', () => {
    const keys = glossary.map(entry => entry.term.replace(/[“”"]/g, '').toLowerCase())
    for (let index = 1; index < keys.length; index++)
      expect(keys[index - 1]!.localeCompare(keys[index]!, 'en'), `${keys[index - 1]} before ${keys[index]}`).toBeLessThan(0)
  })

  it('sorts a quoted term by its first letter', () => {
    expect(sortKey('“Three evils”')).toBe('three evils')
  })

  it('keeps definitions plain and short', () => {
    for (const entry of glossary) {
      const words = entry.definition.split(/\s+/).length
      expect(words, entry.term).toBeGreaterThan(5)
      expect(words, entry.term).toBeLessThanOrEqual(45)
    }
  })

  it('cites a source wherever a definition states a date or a number', () => {
    for (const entry of glossary.filter(entry => /\d/.test(entry.definition)))
      expect(entry.sources.length, entry.term).toBeGreaterThan(0)
  })
})

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
