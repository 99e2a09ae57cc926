// @vitest-environment happy-dom
import type { BlacklistCount } from '../../data/blacklist'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import BlacklistStats from '../../components/BlacklistStats.vue'
import CountText from '../../components/CountText.vue'
import { blacklist, blacklist2019, laterFigureNote } from '../../data/blacklist'
import { recordClick } from '../support/click-directive'

function render(props: Record<string, unknown> = {}) {
  return mount(BlacklistStats, {
    props,
    global: {
      directives: { click: recordClick },
    },
  })
}

function series(wrapper: ReturnType<typeof render>, panel: 'essay' | 'later', key: 'organizations' | 'individuals') {
  return wrapper.get(`[data-panel="${panel}"] [data-series="${key}"]`)
}

describe('blacklistStats', () => {
  it('labels the essay\'s figures with their qualifiers and what they count', () => {
    expect(render().get('.drawing').text()).toContainEvery([
      'at least 42',
      'over 1,100',
      'organizations on the shared blacklist',
      'individuals on the shared blacklist',
      'HRIC’s figure, not independently verified',
    ])
  })

  it('draws one square per organization and one circle per ten individuals', () => {
    const wrapper = render()
    expect(series(wrapper, 'essay', 'organizations').findAll('rect.mark')).toHaveLength(blacklist.organizations.value)
    expect(series(wrapper, 'essay', 'individuals').findAll('circle.mark')).toHaveLength(blacklist.individuals.value / 10)
  })

  it('redraws from other data: the marks follow the count', () => {
    const count: BlacklistCount = {
      ...blacklist,
      organizations: { ...blacklist.organizations, value: 7, qualifier: 'exactly' },
      individuals: { ...blacklist.individuals, value: 250 },
    }
    const wrapper = render({ essayCount: count })
    expect(series(wrapper, 'essay', 'organizations').findAll('rect.mark')).toHaveLength(7)
    expect(series(wrapper, 'essay', 'individuals').findAll('circle.mark')).toHaveLength(25)
    expect(wrapper.get('.drawing').text()).toContain('over 250')
  })

  it('gives a lower bound an open end and a "+", and an exact count neither', () => {
    const exact: BlacklistCount = {
      ...blacklist,
      organizations: { ...blacklist.organizations, qualifier: 'exactly' },
    }
    const wrapper = render({ essayCount: exact })
    const organizations = series(wrapper, 'essay', 'organizations')
    const individuals = series(wrapper, 'essay', 'individuals')
    expect(organizations.findAll('.tail')).toHaveLength(0)
    expect(organizations.find('.plus').exists()).toBe(false)
    expect(individuals.findAll('.tail').length).toBeGreaterThan(0)
    expect(individuals.find('.plus').exists()).toBe(true)
  })

  it('shows the 2019 RATS count only on request, marked as later and from another source', () => {
    expect(render().find('[data-panel="later"]').exists()).toBe(false)
    expect(render().text()).not.toContain(blacklist2019.heading)

    const later = render({ compare2019: true }).get('[data-panel="later"]')
    expect(later.text()).toContain(blacklist2019.heading)
    expect(later.text()).toContain('October 2019')
    expect(later.text()).toContain('UrduPoint')
    expect(later.text()).toContain(laterFigureNote)
    expect(later.get('[data-series="organizations"] .count').text()).toBe('115')
    expect(later.text()).toContain('more than 6,600')
    expect(later.findAll('[data-series="organizations"] rect.mark')).toHaveLength(115)
  })

  it('states every figure in its text alternative and its data table', () => {
    const wrapper = render({ compare2019: true })
    const drawing = wrapper.get('[role="img"]')
    const label = drawing.attributes('aria-label')!
    const rows = wrapper.findAll('table tbody tr')
    expect(rows).toHaveLength(2)
    for (const [index, counts] of [
      ['at least 42', 'over 1,100'],
      ['115', 'more than 6,600'],
    ].entries()) {
      for (const count of counts) {
        expect(label).toContain(count)
        expect(rows[index]!.text()).toContain(count)
      }
    }
    expect(label).toContain(laterFigureNote)
  })

  it('reveals organizations, individuals and the caveat one click each', () => {
    const parts = render().findAll('[data-test-click]')
    expect(parts.map(part => part.attributes('data-test-click'))).toEqual(['true', 'true', 'true'])
    expect(parts[0]!.attributes('data-series')).toBe('organizations')
    expect(parts[1]!.attributes('data-series')).toBe('individuals')
    expect(parts[2]!.text()).toContain('not independently verified')
  })

  it('with compare-2019, shows the essay\'s count whole and reveals the 2019 count by click', () => {
    const wrapper = render({ compare2019: true })
    const clicks = (panel: string) => wrapper.findAll(`[data-panel="${panel}"] [data-test-click]`).map(part => part.attributes('data-test-click'))
    expect(clicks('essay')).toEqual(['false', 'false', 'false'])
    expect(clicks('later')).toEqual(['true', 'true', 'true'])
  })

  it('sets every text as HTML: its drawings of marks hold none', () => {
    const wrapper = render({ compare2019: true })
    expect(wrapper.findAll('svg').length).toBeGreaterThan(0)
    expect(wrapper.findAll('svg text')).toHaveLength(0)
    expect(wrapper.get('.legend').text()).toContain('= 1 organization')
    expect(wrapper.get('.legend').text()).toContain('= 10 individuals')
    expect(wrapper.get('.legend').text()).toContain('the count may be higher')
  })
})

describe('countText', () => {
  it('renders a figure by id in its source\'s words', () => {
    expect(mount(CountText, {
      props: { of: 'blacklistOrganizations' },
    }).text()).toBe('at least 42')
    expect(mount(CountText, {
      props: { of: 'blacklistIndividuals', withWhat: true },
    }).text())
      .toBe('over 1,100 individuals on the shared blacklist')
  })

  it('fails loudly on an unknown figure, naming it', () => {
    expect(() => mount(CountText, {
      props: { of: 'blacklistCountries' as never },
    })).toThrow(/blacklistCountries/)
  })
})
