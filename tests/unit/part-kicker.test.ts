// @vitest-environment happy-dom
import type { DeckSlide } from '../support/deck'
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { mount } from '@vue/test-utils'
import { beforeAll, describe, expect, it } from 'vitest'
import PartKicker from '../../components/PartKicker.vue'
import { deckPlans } from '../../data/lesson'
import { partKicker } from '../../lib/part-kicker'
import { loadDeck } from '../support/deck'
import { slidev } from '../support/slidev-client'

const root = resolve(import.meta.dirname, '../..')

/** What each slide with a kicker shows above its title, by routeAlias, in deck order. */
const expectedKickers: Record<string, string> = {
  'objectives': 'Part 1 · Opening',
  'about-essay': 'Part 1 · Opening',
  'agenda': 'Part 1 · Opening',
  'thesis': 'Part 1 · Opening',
  'member-map': 'Part 2 · Where and who',
  'keywords': 'Part 2 · Where and who',
  'origins': 'Part 3 · Origins',
  'bargain': 'Part 3 · Origins',
  'growth': 'Part 4 · Growth',
  'security': 'Part 5 · Security',
  'exercises': 'Part 5 · Security',
  'three-evils': 'Part 5 · Security',
  'blacklists': 'Part 5 · Security',
  'blacklist': 'Part 5 · Security',
  'non-refoulement': 'Part 5 · Security',
  'un': 'Part 6 · Consequences',
  'boland': 'Part 7 · The exchange',
  'reply': 'Part 7 · The exchange',
  'extraditions': 'Part 7 · The exchange',
  'conclusion': 'Part 8 · Conclusion',
  'what-changes': 'Part 9 · Reading critically',
  'trace': 'Part 10 · Reading critically',
  'exit-ticket': 'Part 11 · Before you go',
  'lesson-2': 'Lesson 2, part 1 · Start',
  'treaty-check': 'Lesson 2, part 2 · A primary source',
  'other-side': 'Lesson 2, part 3 · The other side',
  'standpoints': 'Lesson 2, part 3 · The other side',
  'activity': 'Lesson 2, part 4 · Class debate',
  'hand-in': 'Lesson 2, part 5 · Before you go',
  'key-points': 'Lesson 2, part 5 · Before you go',
  'self-study': 'Self-study 1 · The exercises',
  'exercise-details': 'Self-study 1 · The exercises',
  'exercise-details-2003': 'Self-study 1 · The exercises',
  'exercise-details-2005-2007': 'Self-study 1 · The exercises',
  'argument-map': 'Self-study 2 · The argument',
  'claims': 'Self-study 3 · Reading critically',
  'claims-unverified': 'Self-study 3 · Reading critically',
  'claims-confirmed': 'Self-study 3 · Reading critically',
  'claims-checked': 'Self-study 3 · Reading critically',
  'since-2011': 'Self-study 4 · Since 2011 — beyond the essay',
  'later-figures': 'Self-study 4 · Since 2011 — beyond the essay',
  'points-origins': 'Self-study 5 · Self-checks',
  'check-origins': 'Self-study 5 · Self-checks',
  'points-growth': 'Self-study 5 · Self-checks',
  'check-growth': 'Self-study 5 · Self-checks',
  'points-security': 'Self-study 5 · Self-checks',
  'check-security': 'Self-study 5 · Self-checks',
  'points-un': 'Self-study 5 · Self-checks',
  'check-un': 'Self-study 5 · Self-checks',
  'points-boland': 'Self-study 5 · Self-checks',
  'check-boland': 'Self-study 5 · Self-checks',
  'points-conclusion': 'Self-study 5 · Self-checks',
  'check-conclusion': 'Self-study 5 · Self-checks',
  'points-critical-reading': 'Self-study 5 · Self-checks',
  'check-critical-reading': 'Self-study 5 · Self-checks',
  'points-since-2011': 'Self-study 5 · Self-checks',
  'check-since-2011': 'Self-study 5 · Self-checks',
  'discussion': 'Self-study 6 · Homework',
}

describe('partKicker', () => {
  it('numbers a slide\'s part within its plan and gives the part\'s label', () => {
    expect(partKicker('security', deckPlans)).toBe('Part 5 · Security')
    expect(partKicker('exit-ticket', deckPlans)).toBe('Part 11 · Before you go')
    expect(partKicker('later-figures', deckPlans)).toBe('Self-study 4 · Since 2011 — beyond the essay')
  })

  it('gives nothing for a slide no plan times', () => {
    expect(partKicker('glossary', deckPlans)).toBeNull()
    expect(partKicker(undefined, deckPlans)).toBeNull()
  })
})

describe('<PartKicker />', () => {
  it('renders the kicker of the slide it is on', () => {
    slidev.frontmatter = { routeAlias: 'blacklist' }
    const kicker = mount(PartKicker).get('p.kicker')
    expect(kicker.text()).toBe('Part 5 · Security')
  })

  it('renders nothing on a slide outside the plans', () => {
    slidev.frontmatter = { routeAlias: 'sources' }
    expect(mount(PartKicker).find('p').exists()).toBe(false)
    slidev.frontmatter = {}
    expect(mount(PartKicker).find('p').exists()).toBe(false)
  })
})

describe('the slides\' kickers', () => {
  let deck: DeckSlide[]
  beforeAll(async () => {
    deck = await loadDeck()
  })

  it('are never typed by hand in pages/ or slides.md', () => {
    const files = [
      'slides.md',
      ...readdirSync(resolve(root, 'pages')).filter(name => name.endsWith('.md')).map(name => `pages/${name}`),
    ]
    for (const file of files)
      expect(readFileSync(resolve(root, file), 'utf8'), file).not.toMatch(/class="kicker"/)
  })

  it('come from the part of the lesson plan each slide belongs to', () => {
    const withKicker = deck.filter(slide => /<PartKicker\s*\/>/.test(slide.content))
    expect(withKicker.map(slide => slide.alias)).toEqual(Object.keys(expectedKickers))
    for (const slide of withKicker)
      expect(partKicker(slide.alias, deckPlans), slide.alias).toBe(expectedKickers[slide.alias!])
  })

  it('head every slide of both lessons but the cover', () => {
    for (const plan of deckPlans) {
      for (const alias of plan.plan.parts.flatMap(part => part.slides).filter(alias => alias !== 'start'))
        expect(Object.keys(expectedKickers), alias).toContain(alias)
    }
  })
})
