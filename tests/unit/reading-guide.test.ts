import { describe, expect, it } from 'vitest'
import { claims } from '../../data/claims'
import { essayCitation, readingGuide } from '../../data/reading-guide'
import { sentence } from '../../lib/format'

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

  it('tells a student where to read the essay, and retells every paragraph for a class with no copy', async () => {
    const { howToObtain } = await import('../../data/reading-guide')
    expect(howToObtain[0]).toContain('nationalinterest.org/commentary/the-dubious-agenda-the-sco-5478')
    expect(howToObtain.join(' ')).not.toMatch(/ask your teacher|no web address/i)
    for (const entry of readingGuide)
      expect(sentence(entry.retelling).length, `¶${entry.paragraph}`).toBeGreaterThan(entry.summary.length)
    expect(sentence(readingGuide[5]!.retelling)).toContain('at least 42 organizations and over 1,100 individuals')
    expect(sentence(readingGuide[7]!.retelling)).toContain('at least 29 asylum seekers')
  })

  it('cites the essay in full: author, title, publication, date', () => {
    expect(essayCitation).toBe('Human Rights in China (HRIC), “The Dubious Agenda of the SCO”, The National Interest (online), June 2011, nationalinterest.org/commentary/the-dubious-agenda-the-sco-5478.')
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
      [12, 13, 21],
      [14, 15, 16, 17],
      [18, 19, 20],
      [],
    ])
  })
})
