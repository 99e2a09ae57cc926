import { describe, expect, it } from 'vitest'
import { argument, evidenceKinds } from '../../data/argument'
import { claimNumber, essayReadings } from '../../data/claims'
import { essayParagraph, quotations } from '../../data/essay'
import { sources } from '../../data/sources'
import { sentence } from '../../lib/format'

const allText = [
  argument.thesis,
  ...argument.claims.flatMap(claim => [
    claim.headline,
    ...claim.evidence.map(item => sentence(item.text)),
  ]),
  argument.counterPosition.position,
  argument.recommendation.summary,
  ...argument.recommendation.conditions,
]

const quotationTexts = Object.values(quotations).map(quotation => quotation.text)

describe('the argument map of the essay', () => {
  it('has a thesis, three to five claims and evidence for each', () => {
    expect(argument.thesis.trim()).not.toBe('')
    expect(argument.claims.length).toBeGreaterThanOrEqual(3)
    expect(argument.claims.length).toBeLessThanOrEqual(5)
    for (const claim of argument.claims)
      expect(claim.evidence.length, claim.id).toBeGreaterThan(0)
  })

  it('names the kind and the essay paragraph of every piece of evidence', () => {
    for (const item of argument.claims.flatMap(claim => claim.evidence)) {
      expect(evidenceKinds).toContain(item.kind)
      expect(() => essayParagraph(item.paragraph), sentence(item.text)).not.toThrow()
    }
  })

  it('links evidence only to checked claims and to the essay\'s readings that data/claims.ts has', () => {
    const readingIds = essayReadings.map(reading => reading.id)
    for (const item of argument.claims.flatMap(claim => claim.evidence)) {
      for (const row of item.checkedIn)
        expect(() => claimNumber(row), sentence(item.text)).not.toThrow()
      for (const reading of item.readings)
        expect(readingIds, sentence(item.text)).toContain(reading)
    }
  })

  it('marks every treaty obligation as checked or as the essay\'s unchecked reading', () => {
    const obligations = argument.claims.flatMap(claim => claim.evidence).filter(item => item.kind === 'treaty obligation')
    expect(obligations.length).toBeGreaterThan(0)
    for (const item of obligations)
      expect(item.checkedIn.length + item.readings.length, sentence(item.text)).toBeGreaterThan(0)
  })

  it('answers Boland\'s article, as the essay reports it in ¶8, with a claim of its own', () => {
    const counter = argument.counterPosition
    expect(sources[counter.source].title).toBe(counter.title)
    expect(sources[counter.source].author).toBe(counter.author)
    expect(counter.paragraph).toBe(8)
    expect(counter.position).toMatch(/^In the essay’s account: /)
    expect(argument.claims.map(claim => claim.id)).toContain(counter.answeredBy)
  })

  it('recommends engagement on the essay\'s own conditions, each a quotation from ¶9', () => {
    expect(argument.recommendation.conditions).toEqual(['genuine transparency', 'accountability for human-rights violations', 'clear benchmarks for progress'])
    for (const condition of argument.recommendation.conditions) {
      const quotation = Object.values(quotations).find(candidate => candidate.text === condition)
      expect(quotation?.paragraph, condition).toBe(9)
    }
  })

  it('quotes only in short quotations that data/essay.ts records', () => {
    const quoted = allText.flatMap(text => [
      ...text.matchAll(/“([^”]+)”/g),
    ].map(match => match[1]!))
    expect(quoted.length).toBeGreaterThan(0)
    for (const quotation of quoted) {
      expect(quotationTexts.some(text => text.includes(quotation)), `not a recorded quotation: “${quotation}”`).toBe(true)
      expect(quotation.split(/\s+/).length, `too long: “${quotation}”`).toBeLessThanOrEqual(15)
    }
  })
})
