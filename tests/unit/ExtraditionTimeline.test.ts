// @vitest-environment happy-dom
import type { Extradition } from '../../data/extraditions'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ExtraditionTimeline from '../../components/ExtraditionTimeline.vue'
import { astanaSummit, extraditions } from '../../data/extraditions'
import { recordClick } from '../support/click-directive'

function render(props: Record<string, unknown> = {}) {
  return mount(ExtraditionTimeline, {
    props,
    global: {
      directives: { click: recordClick },
    },
  })
}

function event(wrapper: ReturnType<typeof render>, destination: string) {
  return wrapper.get(`[data-destination="${destination}"]`)
}

describe('extraditionTimeline', () => {
  it('draws one circle per person returned', () => {
    const wrapper = render()
    for (const item of extraditions.returns)
      expect(event(wrapper, item.to).findAll('circle.person'), item.to).toHaveLength(item.count.value)
    expect(wrapper.findAll('circle.person')).toHaveLength(extraditions.total.value)
  })

  it('labels each return with its date, count, destination and who', () => {
    const wrapper = render()
    expect(event(wrapper, 'China').text()).toContain('30 May')
    expect(event(wrapper, 'China').text()).toContain('1 to China')
    expect(event(wrapper, 'China').text()).toContain('Ershidin Israil, an ethnic Uighur')
    expect(event(wrapper, 'Uzbekistan').text()).toContain('9 June')
    expect(event(wrapper, 'Uzbekistan').text()).toContain('at least 28 to Uzbekistan')
    expect(event(wrapper, 'Uzbekistan').text()).toContain('ethnic Uzbeks')
    expect(event(wrapper, 'Uzbekistan').text()).toContain('IWPR: 28 · RFE/RL: 29')
  })

  it('sets every text as HTML: its drawings hold marks and lines only', () => {
    const wrapper = render()
    expect(wrapper.findAll('svg').length).toBeGreaterThan(0)
    expect(wrapper.findAll('svg text')).toHaveLength(0)
    expect(wrapper.get('.source-line').text()).toContain('Dates, destinations and counts from the essay (¶8)')
  })

  it('states the essay\'s total with its qualifier', () => {
    expect(render().get('[data-part="total"]').text()).toContain('at least 29')
  })

  it('places the returns in date order, before the summit band', () => {
    const wrapper = render()
    const tickX = (destination: string) => Number(event(wrapper, destination).get('.event-tick').attributes('x1'))
    const summitX = Number(wrapper.get('.context-band').attributes('x'))
    expect(tickX('China')).toBeLessThan(tickX('Uzbekistan'))
    expect(tickX('Uzbekistan')).toBeLessThan(summitX)
    expect(wrapper.get('[data-part="context"]').text()).toContain('14–15 June')
    expect(wrapper.get('[data-part="context"]').text()).toContain(astanaSummit.name)
  })

  it('spaces the line by days: returns ten days apart sit ten day-ticks apart', () => {
    const wrapper = render()
    const ticks = wrapper.findAll('.axis .tick').map(tick => Number(tick.attributes('x1')))
    const oneDay = ticks[1]! - ticks[0]!
    const [first, last] = [
      extraditions.returns[0]!,
      extraditions.returns.at(-1)!,
    ]
    const daysApart = (Date.parse(last.date) - Date.parse(first.date)) / 86_400_000
    const tickX = (item: Extradition) => Number(event(wrapper, item.to).get('.event-tick').attributes('x1'))
    expect(tickX(last) - tickX(first)).toBeCloseTo(daysApart * oneDay, 6)
  })

  it('gives a lower bound an open end and a "+", and an exact count neither', () => {
    const wrapper = render()
    expect(event(wrapper, 'China').findAll('.tail')).toHaveLength(0)
    expect(event(wrapper, 'China').find('.plus').exists()).toBe(false)
    expect(event(wrapper, 'Uzbekistan').findAll('.tail').length).toBeGreaterThan(0)
    expect(event(wrapper, 'Uzbekistan').find('.plus').exists()).toBe(true)
  })

  it('redraws from other data: circles follow the counts', () => {
    const returns: Extradition[] = [
      {
        ...extraditions.returns[0]!,
        count: { ...extraditions.returns[0]!.count, value: 3 },
      },
    ]
    const wrapper = render({
      returns,
      total: { ...extraditions.total, value: 3, qualifier: 'exactly' },
    })
    expect(wrapper.findAll('circle.person')).toHaveLength(3)
    expect(wrapper.get('[data-part="total"]').text()).toContain('3')
    expect(wrapper.find('[data-destination="Uzbekistan"]').exists()).toBe(false)
  })

  it('has a text alternative and a table stating every return and the total', () => {
    const wrapper = render()
    const label = wrapper.get('[role="img"]').attributes('aria-label')!
    const rows = wrapper.findAll('table tbody tr')
    expect(rows.map(row => row.get('th').text())).toEqual(['30 May 2011', '9 June 2011'])
    expect(label).toContain('30 May: Ershidin Israil, an ethnic Uighur, 1, returned from Kazakhstan to China')
    expect(label).toContain('9 June: ethnic Uzbeks, at least 28')
    expect(rows[1]!.text()).toContain('at least 28')
    expect(label).toContain('at least 29')
    expect(wrapper.get('table tfoot').text()).toContain('at least 29 asylum seekers returned by Kazakhstan')
  })

  it('heads the table\'s columns and each row, and states the total in one cell across the other columns', () => {
    const table = render().get('table')
    expect(table.findAll('thead th[scope="col"]').map(cell => cell.text())).toEqual(['Date', 'Who', 'People', 'From', 'To'])
    for (const row of table.findAll('tbody tr')) {
      expect(row.findAll('th[scope="row"]')).toHaveLength(1)
      expect(row.findAll('td')).toHaveLength(4)
    }
    expect(table.get('tfoot th[scope="row"]').text()).toBe('In all')
    expect(table.get('tfoot td').attributes('colspan')).toBe('4')
  })

  it('reveals each return, then the total, one click each; the summit is there from the start', () => {
    const wrapper = render()
    const parts = wrapper.findAll('[data-test-click]')
    expect(parts.map(part => part.attributes('data-destination') ?? part.attributes('data-part')))
      .toEqual([
        ...extraditions.returns.map(item => item.to),
        'total',
      ])
    expect(parts.every(part => part.attributes('data-test-click') === 'true')).toBe(true)
    expect(wrapper.get('[data-part="context"]').attributes('data-test-click')).toBeUndefined()
  })
})
