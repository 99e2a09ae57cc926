// @vitest-environment happy-dom
import type { DeckSlide } from '../support/deck'
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { mount } from '@vue/test-utils'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import PartKicker from '../../components/PartKicker.vue'
import { deckPlans } from '../../data/lesson'
import { partKicker } from '../../lib/part-kicker'
import { loadDeck } from '../support/deck'

// Slidev's client cannot load outside a deck: stand in for the slide's frontmatter.
const slide = vi.hoisted(() => ({ frontmatter: {} as Record<string, unknown> }))

vi.mock('@slidev/client', () => ({
  useSlideContext: () => ({ $frontmatter: slide.frontmatter }),
}))

const root = resolve(import.meta.dirname, '../..')

/** What each slide with a kicker shows above its title, by routeAlias, in deck order. */
const expectedKickers: Record<string, string> = {
  'objectives': 'Part 1 · Opening',
  'about-essay': 'Part 1 · Opening',
  'agenda': 'Part 1 · Opening',
  'thesis': 'Part 1 · Opening',
  'origins': 'Part 2 · Origins',
  'bargain': 'Part 2 · Origins',
  'growth': 'Part 3 · Growth',
  'security': 'Part 4 · Security',
  'exercises': 'Part 4 · Security',
  'three-evils': 'Part 4 · Security',
  'blacklists': 'Part 4 · Security',
  'blacklist': 'Part 4 · Security',
  'non-refoulement': 'Part 4 · Security',
  'un': 'Part 5 · Consequences',
  'boland': 'Part 6 · The exchange',
  'reply': 'Part 6 · The exchange',
  'extraditions': 'Part 6 · The exchange',
  'conclusion': 'Part 7 · Conclusion',
  'what-changes': 'Part 8 · Reading critically',
  'activity': 'Part 9 · Class debate',
  'hand-in': 'Part 9 · Class debate',
  'exit-ticket': 'Part 10 · Before you go',
  'extension': 'Extension 1 · A primary source',
  'treaty-check': 'Extension 1 · A primary source',
  'member-map': 'Extension 2 · The map and the exercises',
  'exercise-details': 'Extension 2 · The map and the exercises',
  'argument-map': 'Extension 3 · The argument',
  'claims': 'Extension 4 · Reading critically',
  'claims-checked': 'Extension 4 · Reading critically',
  'claims-checked-2': 'Extension 4 · Reading critically',
  'claims-checked-3': 'Extension 4 · Reading critically',
  'claims-checked-4': 'Extension 4 · Reading critically',
  'claims-checked-5': 'Extension 4 · Reading critically',
  'claims-checked-6': 'Extension 4 · Reading critically',
  'claims-readings': 'Extension 4 · Reading critically',
  'standpoints': 'Extension 5 · Reading critically',
  'since-2011': 'Extension 6 · Since 2011 — beyond the essay',
  'later-figures': 'Extension 6 · Since 2011 — beyond the essay',
  'check-origins': 'Extension 7 · Self-checks',
  'check-growth': 'Extension 7 · Self-checks',
  'check-security': 'Extension 7 · Self-checks',
  'check-un': 'Extension 7 · Self-checks',
  'check-boland': 'Extension 7 · Self-checks',
  'check-conclusion': 'Extension 7 · Self-checks',
  'check-critical-reading': 'Extension 7 · Self-checks',
  'check-since-2011': 'Extension 7 · Self-checks',
  'key-points': 'Extension 8 · Key points',
  'discussion': 'Extension 8 · Key points',
}

describe('partKicker', () => {
  it('numbers a slide\'s part within its plan and gives the part\'s label', () => {
    expect(partKicker('security', deckPlans)).toBe('Part 4 · Security')
    expect(partKicker('exit-ticket', deckPlans)).toBe('Part 10 · Before you go')
    expect(partKicker('later-figures', deckPlans)).toBe('Extension 6 · Since 2011 — beyond the essay')
  })

  it('gives nothing for a slide no plan times', () => {
    expect(partKicker('glossary', deckPlans)).toBeNull()
    expect(partKicker(undefined, deckPlans)).toBeNull()
  })
})

describe('<PartKicker />', () => {
  it('renders the kicker of the slide it is on', () => {
    slide.frontmatter = { routeAlias: 'blacklist' }
    const kicker = mount(PartKicker).get('p.kicker')
    expect(kicker.text()).toBe('Part 4 · Security')
  })

  it('renders nothing on a slide outside the plans', () => {
    slide.frontmatter = { routeAlias: 'sources' }
    expect(mount(PartKicker).find('p').exists()).toBe(false)
    slide.frontmatter = {}
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
