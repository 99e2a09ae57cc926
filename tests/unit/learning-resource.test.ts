import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isoDuration, isoMonth, learningResource } from '../../scripts/learning-resource'

const root = resolve(import.meta.dirname, '../..')

describe('the site\'s schema.org LearningResource', () => {
  const resource = learningResource(root) as Record<string, any>

  it('says what the lesson is today: two lessons and the self-study, from the deck\'s own description', () => {
    expect(resource.name).toBe('Reading “The Dubious Agenda of the SCO”')
    expect(resource.description).toMatch(/^Two 50-minute lessons on the essay "The Dubious Agenda of the SCO"/)
    expect(resource.timeRequired).toBe('PT2H31M')
  })

  it('teaches the objectives the objectives slide shows', () => {
    expect(resource.teaches).toEqual([
      'Summarize the essay’s thesis and recommendation in two sentences',
      'Explain how, in the essay’s reading, blacklists and extradition collide with the ban on returning refugees',
      'Trace a figure to its source, and say who has checked it',
      'State Julie Boland’s position fairly, from her own words',
      'Argue for or against conditioning engagement, with evidence',
    ])
  })

  it('is based on the essay, with its address and month of publication', () => {
    expect(resource.isBasedOn).toEqual({
      '@type': 'Article',
      'name': 'The Dubious Agenda of the SCO',
      'url': 'https://nationalinterest.org/commentary/the-dubious-agenda-the-sco-5478',
      'author': { '@type': 'Organization', 'name': 'Human Rights in China (HRIC)' },
      'publisher': { '@type': 'Organization', 'name': 'The National Interest' },
      'datePublished': '2011-06',
    })
    expect(resource.license).toBe('https://creativecommons.org/licenses/by/4.0/')
  })
})

describe('dates and durations in ISO 8601', () => {
  it('writes a month and year, and refuses anything else', () => {
    expect(isoMonth('June 2011')).toBe('2011-06')
    expect(isoMonth('December 1999')).toBe('1999-12')
    expect(() => isoMonth('n.d.')).toThrow(/n\.d\./)
  })

  it('writes minutes as hours and minutes', () => {
    expect(isoDuration(50)).toBe('PT50M')
    expect(isoDuration(151)).toBe('PT2H31M')
  })
})
