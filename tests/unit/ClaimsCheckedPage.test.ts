// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ClaimsChecked from '../../components/ClaimsCheckedPage.vue'
import { claims, essayReadings } from '../../data/claims'
import { sources } from '../../data/sources'
import { sentence } from '../../lib/format'

function pages(parts: number): string[] {
  return Array.from({ length: parts }, (_, index) => mount(ClaimsChecked, {
    props: { part: index + 1, parts },
  }).text())
}

describe('claimsChecked: the deck\'s own claim check', () => {
  it('shows each claim once and in order when given no part (the reading view\'s "Claims checked")', () => {
    const all = mount(ClaimsChecked).text()
    expect([
      ...all.matchAll(/Claim (\d+):/g),
    ].map(match => Number(match[1]))).toEqual(claims.map(claim => claim.number))
    const last = mount(ClaimsChecked, {
      props: {
        numbers: [21],
      },
    }).text()
    expect(last).toContain('Claim 21:')
    expect(last).not.toContain('Claim 20:')
  })

  it('shows every claim once over its pages, with its paragraph, its status and every source\'s address', () => {
    const text = pages(5).join('\n')
    for (const claim of claims) {
      expect(text.match(new RegExp(`Claim ${claim.number}:`, 'g')), `claim ${claim.number}`).toHaveLength(1)
      expect(text).toContain(`The essay, ¶${claim.paragraph}: ${sentence(claim.claim)}`)
      for (const id of claim.sources) {
        const address = (sources[id] as { address?: string }).address
        if (address)
          expect(text, `claim ${claim.number}: ${id}`).toContain(address)
      }
    }
  })

  it('marks HRIC’s own pages as not independent, and says when no source was found', () => {
    const text = pages(1)[0]!
    expect(text).toContain('hrichina.org/content/5223 (HRIC’s own: not independent)')
    expect(text).toContain('No source found either way.')
    expect(text).not.toContain('english.china.org.cn/english/features/38183.htm (HRIC')
  })

  it('shows the essay\'s readings of the agreements as not checked, with where to check', () => {
    const text = mount(ClaimsChecked, {
      props: { readings: true },
    }).text()
    for (const reading of essayReadings) {
      expect(text).toContain(reading.claim)
      expect(text).toContain(reading.check)
    }
    expect(text.match(/the essay’s reading, not checked/g)).toHaveLength(essayReadings.length)
    expect(text).toContain('eurasianet.org/sco-a-vehicle-for-human-rights-violations-says-advocacy-group')
  })
})
