import { describe, expect, it } from 'vitest'
import { glossary, sortKey } from '../../data/glossary'

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
