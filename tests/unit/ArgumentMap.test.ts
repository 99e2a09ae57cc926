// @vitest-environment happy-dom
import type { Directive } from 'vue'
import type { ArgumentMap as Map } from '../../data/argument'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ArgumentMap from '../../components/ArgumentMap.vue'
import { argument } from '../../data/argument'
import { claimNumber } from '../../data/claims'
import { sentence } from '../../lib/format'

/** Stands in for Slidev's v-click: records the click each element waits for. */
const click: Directive<HTMLElement, number> = {
  mounted(element, binding) {
    element.dataset.click = String(binding.value)
  },
}

function render(map?: Map) {
  return mount(ArgumentMap, {
    props: map
      ? { map }
      : {},
    global: {
      directives: { click },
    },
  })
}

/** The click that reveals an element: 0 when nothing hides it or any ancestor. */
function revealedAt(element: Element): number {
  let at = 0
  for (let node: Element | null = element; node; node = node.parentElement)
    at = Math.max(at, Number((node as HTMLElement).dataset?.click ?? 0))
  return at
}

describe('argumentMap', () => {
  it('shows the thesis, every claim and every piece of evidence from the data', () => {
    const wrapper = render()
    expect(wrapper.text()).toContain(argument.thesis)
    const claims = wrapper.findAll('ol.claims > li')
    expect(claims).toHaveLength(argument.claims.length)
    argument.claims.forEach((claim, index) => {
      const item = claims[index]!
      expect(item.text()).toContain(claim.headline)
      const evidence = item.findAll('ul.evidence > li')
      expect(evidence).toHaveLength(claim.evidence.length)
      claim.evidence.forEach((piece, at) => expect(evidence[at]!.text()).toContain(sentence(piece.text)))
    })
  })

  it('is a nested list a screen reader can follow: claims, each with its evidence', () => {
    const wrapper = render()
    expect(wrapper.find('figure').attributes('aria-labelledby')).toBe(wrapper.find('figcaption').attributes('id'))
    expect(wrapper.find('ol.claims').attributes('aria-label')).toBeTruthy()
    for (const list of wrapper.findAll('ol.claims > li > ul'))
      expect(list.attributes('aria-label')).toMatch(/^Evidence for claim \d+$/)
  })

  it('names the kind of each piece of evidence in words, beside its marker shape', () => {
    const wrapper = render()
    const items = wrapper.findAll('ul.evidence > li')
    const kinds = argument.claims.flatMap(claim => claim.evidence.map(piece => piece.kind))
    items.forEach((item, index) => {
      expect(item.text()).toContain(`${kinds[index]}:`)
      expect(item.find('svg').attributes('aria-hidden')).toBe('true')
    })
  })

  it('flags evidence that no checked claim covers as the essay\'s reading, in words', () => {
    const wrapper = render()
    const flagged = wrapper.findAll('ul.evidence > li').filter(item => item.find('.flag--reading').exists())
    expect(flagged.map(item => item.find('.flag--reading').text())).toEqual(['the essay’s reading, not checked', 'the essay’s reading, not checked'])
    expect(flagged[0]!.text()).toContain('Xinjiang')
    expect(flagged[1]!.text()).toContain('without inquiry')
  })

  it('flags the essay\'s reading of the definitions with the treaty check that partly contradicts it', () => {
    const wrapper = render()
    const definitions = wrapper.findAll('ul.evidence > li').find(item => item.text().includes('whether or not they use violence'))
    expect(definitions?.find('.flag--claim').text()).toBe('#21 partly contradicted')
    expect(definitions?.find('.flag--reading').exists()).toBe(false)
  })

  it('gives every piece of evidence the essay paragraph it comes from', () => {
    const wrapper = render()
    const paragraphs = wrapper.findAll('ul.evidence > li .paragraph').map(item => item.text())
    expect(paragraphs).toEqual(argument.claims.flatMap(claim => claim.evidence.map(piece => `¶${piece.paragraph}`)))
    expect(paragraphs[0]).toBe('¶2')
  })

  it('flags evidence whose checked claim is not confirmed, with the claim number and the status in words', () => {
    const wrapper = render()
    const expected = argument.claims
      .flatMap(claim => claim.evidence)
      .flatMap(piece => piece.checkedIn.map(row => claimNumber(row)))
      .filter(checked => checked.status !== 'confirmed')
      .map(checked => `#${checked.number} ${checked.status}`)
    expect(expected.length).toBeGreaterThan(0)
    expect(wrapper.findAll('.evidence .flag--claim').map(flag => flag.text())).toEqual(expected)
  })

  it('states the counter-position with its author and title, and the claim that answers it', () => {
    const wrapper = render()
    const counter = wrapper.find('.counter')
    const { author, title, position, answeredBy } = argument.counterPosition
    expect(counter.text()).toContain(author)
    expect(counter.text()).toContain(title)
    expect(counter.text()).toContain(position)
    const answering = argument.claims.findIndex(claim => claim.id === answeredBy) + 1
    expect(counter.text()).toContain(`claim ${answering}`)
  })

  it('ends with the recommendation and each of its conditions', () => {
    const wrapper = render()
    const conditions = wrapper.findAll('.recommendation .conditions li').map(item => item.text())
    expect(conditions).toEqual([...argument.recommendation.conditions])
  })

  it('reveals thesis, then claims, evidence, counter-position and recommendation, click by click', () => {
    const wrapper = render()
    const thesis = revealedAt(wrapper.find('.thesis').element)
    const claims = wrapper.findAll('.claim-box').map(box => revealedAt(box.element))
    const evidence = wrapper.findAll('.evidence-item').map(item => revealedAt(item.element))
    const counter = revealedAt(wrapper.find('.counter').element)
    const recommendation = revealedAt(wrapper.find('.recommendation').element)
    expect(thesis).toBe(0)
    expect(new Set(claims).size).toBe(1)
    expect(new Set(evidence).size).toBe(1)
    expect(claims[0]).toBeGreaterThan(thesis)
    expect(evidence[0]).toBeGreaterThan(claims[0]!)
    expect(counter).toBeGreaterThan(evidence[0]!)
    expect(recommendation).toBeGreaterThan(counter)
  })

  it('draws whatever map it is given', () => {
    const shorter: Map = {
      ...argument,
      claims: argument.claims.slice(0, 3),
      counterPosition: { ...argument.counterPosition, answeredBy: argument.claims[2]!.id },
    }
    const wrapper = render(shorter)
    expect(wrapper.findAll('ol.claims > li')).toHaveLength(3)
    expect(wrapper.find('.counter').text()).toContain('claim 3')
  })
})
