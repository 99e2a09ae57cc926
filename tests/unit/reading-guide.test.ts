import { describe, expect, it } from 'vitest'
import { claims } from '../../data/claims'
import { essayCitation, readingGuide } from '../../data/reading-guide'

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

  it('places every checked claim in exactly one paragraph, the one the claims check gives it', () => {
    for (const claim of claims) {
      const holding = readingGuide.filter(entry => entry.claims.includes(claim.number)).map(entry => entry.paragraph)
      expect(holding, `claim ${claim.number}`).toEqual([claim.paragraph])
    }
    expect(readingGuide.map(entry => entry.claims)).toEqual([
      [1, 2, 3],
      [],
      [4, 5, 6, 7],
      [],
      [8, 9, 10, 11],
      [12, 13],
      [14, 15, 16, 17],
      [18, 19, 20],
      [],
    ])
  })
})
