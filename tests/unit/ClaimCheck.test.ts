// @vitest-environment happy-dom
import type { CheckedClaim } from '../../data/claims'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ClaimCheck from '../../components/ClaimCheck.vue'
import { claims } from '../../data/claims'
import { sentence } from '../../lib/format'

const notConfirmed = claims.filter(claim => claim.status !== 'confirmed')
const confirmed = claims.filter(claim => claim.status === 'confirmed')

describe('claimCheck, by default', () => {
  const wrapper = mount(ClaimCheck)
  const cards = wrapper.findAll('.card')

  it('gives a card to every claim the sources correct or cannot verify, in the fact sheet\'s order', () => {
    expect(notConfirmed.length).toBeGreaterThan(0)
    expect(cards.map(card => card.text())).toHaveLength(notConfirmed.length)
    notConfirmed.forEach((claim, index) => {
      const text = cards[index]!.text()
      expect(text).toContain(`#${claim.number}`)
      expect(text).toContain(`The essay, ¶${claim.paragraph}: ${sentence(claim.claim)}`)
      expect(text).not.toContain(sentence(claim.finding))
    })
  })

  it('marks each status with an icon and the word, never colour alone', () => {
    notConfirmed.forEach((claim, index) => {
      const status = cards[index]!.find('.status')
      expect(status.text()).toBe(claim.status)
      expect(status.find('svg[aria-hidden="true"]').exists()).toBe(true)
    })
  })

  it('sends the reader to "Claims checked" in the reading view and the claims handout for each claim\'s sources and what it changes', () => {
    expect(wrapper.find('.more').text()).toBe('Each claim with its sources and what it changes: “Claims checked”, in the reading view and on the claims handout.')
  })

  it('counts the confirmed claims and lists them compactly', () => {
    expect(wrapper.find('.confirmed-count').text()).toBe(`${confirmed.length} of ${claims.length} checked claims:`)
    expect(wrapper.findAll('.confirmed-item').map(item => item.text())).toEqual(confirmed.map(claim => `#${claim.number} ${claim.label}`))
  })
})

describe('claimCheck follows its data', () => {
  it('draws a card for each claim it is given that is not confirmed', () => {
    const given: CheckedClaim[] = [
      { ...claims[0]!, status: 'unverified', bearing: 'Changes nothing.' },
      ...confirmed.slice(0, 2),
    ]
    const wrapper = mount(ClaimCheck, {
      props: { claims: given },
    })
    expect(wrapper.findAll('.card')).toHaveLength(1)
    expect(wrapper.find('.confirmed-count').text()).toBe('2 of 3 checked claims:')
  })
})
