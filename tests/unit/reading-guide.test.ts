import { describe, expect, it } from 'vitest'
import { claims } from '../../data/claims'
import { essayCitation, paragraphOfClaim, readingGuide } from '../../data/reading-guide'

describe('the reading guide', () => {
  it('has the essay\'s nine paragraphs, ¶1 to ¶9, in order', () => {
    expect(readingGuide.map(entry => entry.paragraph)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
  })

  it('gives each paragraph a one-sentence summary and a question to ask of it', () => {
    for (const entry of readingGuide) {
      expect(entry.summary, `¶${entry.paragraph}`).toMatch(/^[A-Z].{40,200}\.$/)
      expect(entry.question, `¶${entry.paragraph}`).toMatch(/^[A-Z].{15,}\?$/)
    }
  })

  it('cites the essay in full: author, title, publication, date', () => {
    expect(essayCitation).toBe('Human Rights in China (HRIC), “The Dubious Agenda of the SCO”, The National Interest (online), June 2011.')
  })

  it('places every checked claim in exactly one paragraph', () => {
    for (const claim of claims) {
      const holding = readingGuide.filter(entry => entry.claims.includes(claim.number))
      expect(holding.length, `claim ${claim.number}`).toBe(1)
    }
    expect(paragraphOfClaim(13)).toBe(6)
    expect(paragraphOfClaim(9)).toBe(5)
    expect(paragraphOfClaim(20)).toBe(8)
    expect(paragraphOfClaim(99)).toBeUndefined()
  })
})
