import { describe, expect, it } from 'vitest'
import { argument, evidenceKinds } from '../../data/argument'
import { claimNumber } from '../../data/claims'
import { sources } from '../../data/sources'
import { essayText } from '../support/source-texts'

const essay = essayText()

/** Whitespace and quotation marks do not count when comparing with the essay. */
function normalize(text: string): string {
  return text.replace(/[“”"]/g, '').replace(/\s+/g, ' ').trim().toLowerCase()
}

const allText = [
  argument.thesis,
  ...argument.claims.flatMap(claim => [
    claim.headline,
    ...claim.evidence.map(item => item.text),
  ]),
  argument.counterPosition.position,
  argument.recommendation.summary,
  ...argument.recommendation.conditions,
]

describe('the argument map of the essay', () => {
  it('has a thesis, three to five claims and evidence for each', () => {
    expect(argument.thesis.trim()).not.toBe('')
    expect(argument.claims.length).toBeGreaterThanOrEqual(3)
    expect(argument.claims.length).toBeLessThanOrEqual(5)
    for (const claim of argument.claims)
      expect(claim.evidence.length, claim.id).toBeGreaterThan(0)
  })

  it('names the kind of every piece of evidence', () => {
    for (const item of argument.claims.flatMap(claim => claim.evidence))
      expect(evidenceKinds).toContain(item.kind)
  })

  it('links evidence only to rows the fact sheet has', () => {
    for (const item of argument.claims.flatMap(claim => claim.evidence)) {
      for (const row of item.checkedIn)
        expect(() => claimNumber(row), item.text).not.toThrow()
    }
  })

  it('answers Boland\'s article, with a claim of its own', () => {
    const counter = argument.counterPosition
    expect(sources[counter.source].title).toBe(counter.title)
    expect(sources[counter.source].author).toBe(counter.author)
    expect(argument.claims.map(claim => claim.id)).toContain(counter.answeredBy)
  })

  it('recommends engagement on the essay\'s own conditions: transparency, accountability, benchmarks', () => {
    expect(argument.recommendation.conditions.length).toBe(3)
    for (const condition of argument.recommendation.conditions)
      expect(normalize(essay)).toContain(normalize(condition))
  })

  it('quotes the essay only in short, exact quotations', () => {
    const quotations = allText.flatMap(text => [
      ...text.matchAll(/“([^”]+)”/g),
    ].map(match => match[1]!))
    expect(quotations.length).toBeGreaterThan(0)
    for (const quotation of quotations) {
      expect(normalize(essay), `not in the essay: “${quotation}”`).toContain(normalize(quotation))
      expect(quotation.split(/\s+/).length, `too long: “${quotation}”`).toBeLessThanOrEqual(15)
    }
  })

  it('is otherwise in our own words: no run of ten words copied from the essay', () => {
    const essayText = normalize(essay)
    for (const text of allText) {
      const words = normalize(text.replace(/“[^”]+”/g, '…')).split(' ')
      for (let start = 0; start + 10 <= words.length; start++) {
        const run = words.slice(start, start + 10).join(' ')
        expect(essayText, `copied from the essay: "${run}"`).not.toContain(run)
      }
    }
  })
})
