import type { Qualifier } from '../../data/types'
import process from 'node:process'
import { describe, expect, it } from 'vitest'
import { phrase, withWhat } from '../../data/phrase'
import { formatCount, formatCountWithWhat, formatDay, formatDayRange, formatNumber, sentence } from '../../lib/format'

describe('formatNumber', () => {
  it.each([
    [0, '0'],
    [42, '42'],
    [1100, '1,100'],
    [1234567, '1,234,567'],
  ])('groups thousands with commas, as the deck writes "1,100": %i is "%s"', (value, written) => {
    expect(formatNumber(value)).toBe(written)
  })
})

describe('counts with their qualifiers', () => {
  // A Record over the union: a new qualifier without a case here is a type error.
  const expected: Record<Qualifier, string> = {
    'exactly': '6,600',
    'at least': 'at least 6,600',
    'over': 'over 6,600',
    'more than': 'more than 6,600',
    'about': 'about 6,600',
  }

  for (const [qualifier, long] of Object.entries(expected) as [Qualifier, string][]) {
    it(`words "${qualifier}" in full`, () => {
      expect(formatCount({ value: 6600, qualifier })).toBe(long)
    })
  }

  it('follows the count with what it counts', () => {
    const figure = { value: 42, qualifier: 'at least', what: 'organizations on the shared blacklist' } as const
    expect(formatCountWithWhat(figure)).toBe('at least 42 organizations on the shared blacklist')
  })
})

describe('dates', () => {
  it('writes a day as day and month, the year on request', () => {
    expect(formatDay('2011-05-30')).toBe('30 May')
    expect(formatDay('2011-06-09', true)).toBe('9 June 2011')
  })

  it('writes a range within a month once: "14–15 June"', () => {
    expect(formatDayRange('2011-06-14', '2011-06-15')).toBe('14–15 June')
    expect(formatDayRange('2011-06-14', '2011-06-15', true)).toBe('14–15 June 2011')
  })

  it('writes a range across months in full, and a one-day range as the day', () => {
    expect(formatDayRange('2011-05-30', '2011-06-09', true)).toBe('30 May – 9 June 2011')
    expect(formatDayRange('2010-12-30', '2011-01-02', true)).toBe('30 December 2010 – 2 January 2011')
    expect(formatDayRange('2011-06-09', '2011-06-09')).toBe('9 June')
  })

  it('does not shift a day in a time zone far from UTC', () => {
    const zone = process.env.TZ
    try {
      for (const far of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
        process.env.TZ = far
        expect(formatDay('2011-01-01', true)).toBe('1 January 2011')
        expect(formatDayRange('2011-05-31', '2011-06-01')).toBe('31 May – 1 June')
      }
    }
    finally {
      if (zone === undefined)
        delete process.env.TZ
      else
        process.env.TZ = zone
    }
  })

  it('rejects what is not a date, saying what it got', () => {
    expect(() => formatDay('30 May 2011')).toThrow(/"30 May 2011"/)
    expect(() => formatDayRange('2011-06-14', '2011-13-01')).toThrow(/2011-13-01/)
  })
})

describe('sentences that embed figures (data/phrase.ts), composed where printed', () => {
  const organizations = { what: 'organizations on the shared blacklist', value: 42, qualifier: 'at least' } as const
  const individuals = { what: 'individuals', value: 1100, qualifier: 'over' } as const

  it('prints each figure with its qualifier, and with what it counts when asked', () => {
    expect(sentence(phrase`The list holds ${organizations} groups and ${individuals} people.`)).toBe('The list holds at least 42 groups and over 1,100 people.')
    expect(sentence(phrase`${withWhat(organizations)} in June 2011`)).toBe('at least 42 organizations on the shared blacklist in June 2011')
  })

  it('prints plain words as they are', () => {
    expect(sentence('No figure here.')).toBe('No figure here.')
  })

  it('keeps the figure record, not its number, in the data', () => {
    expect(phrase`holds ${organizations}.`.parts).toEqual([
      'holds ',
      { figure: organizations, withWhat: false },
      '.',
    ])
  })
})
