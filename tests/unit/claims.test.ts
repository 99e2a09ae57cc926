import { describe, expect, it } from 'vitest'
import { claimNumber, claims, claimsWithStatus, essayReadings, readingStatus } from '../../data/claims'
import { essayParagraph } from '../../data/essay'
import { sources } from '../../data/sources'
import { sentence } from '../../lib/format'

// The fact sheet itself is compared by `npm run check:sources`; these literals are what it gives.
describe('the checked claims', () => {
  it('have one record for each of the fact sheet\'s twenty-one rows, in its order', () => {
    expect(claims.map(claim => claim.number)).toEqual([
      1,
      2,
      3,
      4,
      5,
      6,
      7,
      8,
      9,
      10,
      11,
      12,
      13,
      14,
      15,
      16,
      17,
      18,
      19,
      20,
      21,
    ])
  })

  it('give three claims as partly contradicted and two as unverified, the rest confirmed', () => {
    expect(claimsWithStatus('partly contradicted').map(claim => claim.number)).toEqual([6, 9, 21])
    expect(claimsWithStatus('unverified').map(claim => claim.number)).toEqual([13, 14])
    expect(claimsWithStatus('confirmed')).toHaveLength(16)
  })

  it('say, for every claim not confirmed, what that changes in the argument', () => {
    for (const claim of claims.filter(claim => claim.status !== 'confirmed'))
      expect(claim.bearing?.trim(), `claim ${claim.number}`).toBeTruthy()
  })

  it('cite a source for every claim but UN observer status, for which none was found', () => {
    expect(claims.filter(claim => claim.sources.length === 0).map(claim => claim.number)).toEqual([14])
    for (const claim of claims) {
      for (const id of claim.sources)
        expect(Object.hasOwn(sources, id), `claim ${claim.number}: ${id}`).toBe(true)
    }
  })

  it('keep the essay\'s qualifiers: at least 42 organizations, over 1,100 individuals, at least 28 Uzbeks', () => {
    expect(sentence(claimNumber(13).claim)).toContain('at least 42 organizations')
    expect(sentence(claimNumber(13).claim)).toContain('over 1,100 individuals')
    expect(sentence(claimNumber(20).claim)).toContain('at least 28 ethnic Uzbeks')
    expect(sentence(claimNumber(20).finding)).toContain('“at least 29”')
  })

  it('check the essay\'s “whether or not they use violence” against the 2001 Convention, keeping what was not checked', () => {
    const definitions = claimNumber(21)
    expect(definitions.paragraph).toBe(6)
    expect(definitions.status).toBe('partly contradicted')
    expect(sentence(definitions.finding)).toContain('violent, criminally prosecuted acts')
    expect(definitions.bearing).toContain('Not checked: the other agreements the essay points to')
    expect(definitions.bearing).toContain('after the essay')
  })

  it('each name the essay paragraph that makes the claim', () => {
    for (const claim of claims)
      expect(() => essayParagraph(claim.paragraph), `claim ${claim.number}`).not.toThrow()
    expect(claimNumber(13).paragraph).toBe(6)
    expect(claimNumber(19).paragraph).toBe(8)
  })

  it('have a short label and distinct numbers', () => {
    expect(new Set(claims.map(claim => claim.number)).size).toBe(claims.length)
    for (const claim of claims)
      expect(claim.label.split(/\s+/).length, claim.label).toBeLessThanOrEqual(5)
  })

  it('cannot be looked up by a number the fact sheet lacks', () => {
    expect(() => claimNumber(22)).toThrow('No checked claim number 22')
  })
})

describe('the essay\'s readings of the agreements', () => {
  it('are the legal claims no source checks: lists honoured without inquiry, extradition and no refuge, the abuses', () => {
    expect(essayReadings.map(reading => [reading.id, reading.paragraph])).toEqual([
      ['no-inquiry', 6],
      ['extradite', 6],
      ['abuses', 7],
    ])
  })

  it('say where one could check each, and carry one status wording', () => {
    expect(readingStatus).toBe('the essay’s reading, not checked')
    for (const reading of essayReadings) {
      expect(reading.check.trim(), reading.id).not.toBe('')
      expect(reading.check, reading.id).not.toMatch(/\bconfirm(s|ed)? (that|the essay)/i)
    }
  })
})
