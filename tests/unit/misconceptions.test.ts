// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { claimNumber } from '../../data/claims'
import { deckPlans } from '../../data/lesson'
import { findMaterial } from '../../data/materials'
import { misconceptions } from '../../data/misconceptions'
import { sources } from '../../data/sources'
import { sentence } from '../../lib/format'
import { renderHandout } from '../support/handout'

describe('the misconceptions', () => {
  it('are the eight the lesson meets most', () => {
    expect(misconceptions.map(item => item.id)).toEqual([
      'advocacy-means-false',
      'unverified-means-false',
      'military-alliance',
      'no-extradition-ever',
      'a-people-as-threat',
      'later-figure-confirms',
      'boland-defends-abuses',
      'conditions-mean-refusal',
    ])
  })

  it('each point to slides of the lesson plans, to handouts that exist, and to real claims and sources', () => {
    const taught = new Set(deckPlans.flatMap(({ plan }) => plan.parts.flatMap(part => part.slides)))
    for (const item of misconceptions) {
      expect(item.slides.length + item.handouts.length, item.id).toBeGreaterThan(0)
      for (const slide of item.slides)
        expect(taught.has(slide), `${item.id}: slide ${slide}`).toBe(true)
      for (const slug of item.handouts)
        expect(findMaterial(slug), `${item.id}: handout ${slug}`).toBeDefined()
      for (const number of item.claims)
        expect(() => claimNumber(number), item.id).not.toThrow()
      for (const id of item.sources)
        expect(sources[id], `${item.id}: source ${id}`).toBeDefined()
    }
  })

  it('take their counts and figures from the records, with qualifiers and statuses', () => {
    const byId = new Map(misconceptions.map(item => [item.id, item]))
    expect(sentence(byId.get('advocacy-means-false')!.respond)).toContain('Of the 21 claims on the claims handout, 16 are confirmed')
    expect(sentence(byId.get('later-figure-confirms')!.respond)).toContain('The essay’s at least 42 organizations and over 1,100 individuals stay HRIC’s figures, unverified (claim 13)')
    expect(sentence(byId.get('conditions-mean-refusal')!.respond)).toContain('the essay’s reading, not checked')
  })

  it('give the essay\'s claims their paragraph', () => {
    for (const item of misconceptions) {
      if (/\bthe essay (?:argues|says|describes|speaks|sets)\b/i.test(`${item.why} ${sentence(item.respond)}`))
        expect(`${item.why} ${sentence(item.respond)}`, item.id).toMatch(/¶\d/)
    }
  })

  it('print each belief as a heading with why, what to say, and where the lesson meets it, naming slides as the deck does', async () => {
    const wrapper = await renderHandout('misconceptions')
    const items = wrapper.findAll('.item')
    expect(items).toHaveLength(8)
    expect(items[3]!.find('h2').text()).toBe('“Non-refoulement means no one may ever be extradited.”')
    expect(items[3]!.find('.where').text().replace(/\s+/g, ' ')).toBe(
      'Where the lesson meets it: slide 16, “Extradition, and no refuge” (lesson 1, Security); slide 20, “Spring 2011: the essay’s evidence” (lesson 1, The exchange); Keywords (handout).',
    )
  })
})
