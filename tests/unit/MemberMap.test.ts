import type { VueWrapper } from '@vue/test-utils'
import type { PropType } from 'vue'
import type { SnapshotId } from '../../data/membership'
// @vitest-environment happy-dom
import { createClicksContextBase } from '@slidev/client/composables/useClicks.ts'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import MapLegend from '../../components/MapLegend.vue'
import MemberMap from '../../components/MemberMap.vue'
import MemberMapChart from '../../components/MemberMapChart.vue'
import {
  countByStatus,
  describeStanding,
  snapshots,
  stateName,
  statesWith,
  statusesIn,
  statusHeading,
  timeline,
} from '../../data/membership'
import { statusStyles } from '../../lib/map-style'
import { slidev } from '../support/slidev-client'

const wrappers: VueWrapper[] = []
function track<T extends VueWrapper>(wrapper: T): T {
  wrappers.push(wrapper)
  return wrapper
}

/** A slide holding the map, which sets up its clicks as Slidev's slides do. */
const Slide = defineComponent({
  props: {
    snapshot: { type: String as PropType<SnapshotId>, default: '2011' },
    stepped: Boolean,
  },
  setup(props) {
    slidev.clicks?.setup()
    return () => h(MemberMap, props)
  },
})

/** MemberMap draws its map in a lazily loaded component: wait until it is there. */
async function mountMap(props: { snapshot?: SnapshotId, stepped?: boolean }) {
  const wrapper = track(mount(Slide, { props, attachTo: document.body }))
  await vi.waitFor(async () => {
    await flushPromises()
    expect(wrapper.find('.member-map-chart').exists()).toBe(true)
  })
  return wrapper
}

afterEach(() => {
  wrappers.splice(0).forEach(wrapper => wrapper.unmount())
})

describe('the map drawing', () => {
  it('is the phone\'s drawing, 350 units wide, in a frame as narrow as a phone\'s column; the slide\'s otherwise', async () => {
    const wide = await mountMap({ snapshot: '2011' })
    expect(wide.get('.member-map-drawing').attributes('viewBox')).toBe('0 0 600 410')
    const width = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(358)
    try {
      const narrow = await mountMap({ snapshot: '2011' })
      const chart = narrow.get('.member-map-chart')
      expect(chart.get('.member-map-drawing').attributes('viewBox')).toBe('0 0 350 240')
      expect(narrow.get('.map-frame').attributes('style')).toContain('aspect-ratio: 350 / 240')
      expect(chart.findAll('.names li').map(name => name.text())).toContain('Kyrgyzstan')
    }
    finally {
      width.mockRestore()
    }
  })

  it('renders one filled path per state listed for June 2011, in its status\'s colour and texture', () => {
    const wrapper = track(mount(MemberMapChart, {
      props: { snapshot: '2011' },
    }))
    const states = wrapper.findAll('.state')
    const june2011 = snapshots['2011'].states
    expect(states.map(state => state.attributes('data-code')).sort()).toEqual(june2011.map(entry => entry.code).sort())
    for (const entry of june2011) {
      const state = wrapper.get(`.state[data-code="${entry.code}"]`)
      const style = statusStyles[entry.status]
      expect(state.attributes('data-status')).toBe(entry.status)
      const shape = state.get('path')
      expect(shape.attributes('fill')).toBe(style.fill)
      const texture = state.find('path.texture')
      expect(texture.exists(), `${stateName(entry.code)}: texture`).toBe(style.texture !== 'none')
      if (texture.exists()) {
        const clipId = texture.attributes('clip-path')?.match(/^url\(#(.+)\)$/)?.[1]
        expect(state.get(`clipPath[id="${clipId}"] path`).attributes('d'), `${stateName(entry.code)}: texture clipped to the state`).toBe(shape.attributes('d'))
      }
    }
  })

  it('names the members on the map, and only them', () => {
    for (const id of timeline) {
      const wrapper = track(mount(MemberMapChart, {
        props: { snapshot: id },
      }))
      const names = wrapper.findAll('.names li').map(name => name.text())
      expect(names.sort()).toEqual(statesWith(snapshots[id], 'member').map(entry => stateName(entry.code)).sort())
    }
  })

  it('lets the keyboard reach every highlighted state, each with its name and standing as its label', () => {
    const wrapper = track(mount(MemberMapChart, {
      props: { snapshot: '2025' },
    }))
    const states = wrapper.findAll('.state')
    expect(states).toHaveLength(snapshots['2025'].states.length)
    for (const entry of snapshots['2025'].states) {
      const state = wrapper.get(`.state[data-code="${entry.code}"]`)
      expect(state.attributes('tabindex')).toBe('0')
      expect(state.attributes('aria-label')).toBe(`${stateName(entry.code)}: ${describeStanding(entry)}`)
    }
  })

  it('marks the states too small to see with a round marker', () => {
    const wrapper = track(mount(MemberMapChart, {
      props: { snapshot: '2025' },
    }))
    for (const code of ['048', '462'])
      expect(wrapper.get(`.state[data-code="${code}"]`).find('circle').exists(), stateName(code)).toBe(true)
    expect(wrapper.get('.state[data-code="156"]').find('circle').exists()).toBe(false)
  })
})

describe('the legend', () => {
  for (const id of ['2011', '2025'] as const) {
    it(`counts each status from the data (${snapshots[id].label})`, () => {
      const wrapper = track(mount(MapLegend, {
        props: { snapshot: id },
      }))
      const snapshot = snapshots[id]
      const counts = countByStatus(snapshot)
      const items = wrapper.findAll('li')
      expect(items.map(item => item.attributes('data-status'))).toEqual(statusesIn(snapshot))
      for (const item of items) {
        const status = item.attributes('data-status') as keyof typeof counts
        const organizations = snapshot.organizations.filter(entry => entry.status === status).length
        expect(item.get('[data-testid="legend-count"]').text()).toBe(String((counts[status] ?? 0) + organizations))
        expect(item.get('.name').text()).toBe(statusHeading(status))
      }
    })
  }

  it('labels guests as no official SCO category and lists the CIS and ASEAN beside the map', () => {
    const wrapper = track(mount(MapLegend, {
      props: { snapshot: '2011' },
    }))
    const guests = wrapper.get('li[data-status="guest"]')
    expect(guests.text()).toContain('not an official SCO category')
    expect(guests.get('.organizations').text()).toContain('not on the map')
    for (const organization of snapshots['2011'].organizations)
      expect(guests.get('.organizations').text()).toContain(`${organization.abbreviation} (${organization.name})`)
  })
})

describe('the member map', () => {
  it('shows the name, status and start of a state that is pointed at or focused, and forgets it after', async () => {
    const wrapper = await mountMap({ snapshot: '2011' })
    const details = wrapper.get('[data-testid="map-details"]')
    const kyrgyzstan = snapshots['2011'].states.find(entry => entry.code === '417')!

    await wrapper.get('.state[data-code="417"]').trigger('focus')
    expect(details.text()).toContain(`Kyrgyzstan: ${describeStanding(kyrgyzstan)}`)
    expect(wrapper.find('.focus-ring').exists()).toBe(true)

    await wrapper.get('.state[data-code="004"]').trigger('pointerenter')
    expect(details.text()).toContain('Afghanistan: guest at the summit of June 2011; its president attended, invited by the host')
    await wrapper.get('.state[data-code="004"]').trigger('pointerleave')
    expect(details.text()).toContain('Kyrgyzstan')

    await wrapper.get('.state[data-code="417"]').trigger('blur')
    expect(details.text()).not.toContain('Kyrgyzstan')
    expect(wrapper.find('.focus-ring').exists()).toBe(false)
  })

  it('has a table for screen readers with every state and organization, by status', async () => {
    const wrapper = await mountMap({ snapshot: '2011' })
    const rows = wrapper.findAll('table tbody tr')
    const june2011 = snapshots['2011']
    expect(rows).toHaveLength(june2011.states.length + june2011.organizations.length)
    expect(wrapper.get('table caption').text()).toContain(june2011.label)
    const guestRows = rows.filter(row => row.findAll('td')[0]!.text() === statusHeading('guest'))
    expect(guestRows.map(row => row.get('th').text())).toEqual([
      'Afghanistan',
      ...june2011.organizations.map(entry => `${entry.abbreviation} (${entry.name}), an organization`),
    ])
  })

  it('steps 2001 → 2011 → 2017 → 2025 as the slide is clicked through', async () => {
    const current = ref(0)
    const clicks = createClicksContextBase(current)
    slidev.clicks = clicks
    const wrapper = await mountMap({ stepped: true })
    expect(clicks.total).toBe(timeline.length - 1)
    for (const [click, id] of timeline.entries()) {
      current.value = click
      await flushPromises()
      expect(wrapper.get('.member-map').attributes('data-snapshot')).toBe(id)
      expect(wrapper.get('.timeline [aria-current="step"]').text()).toBe(id)
      expect(wrapper.findAll('.state')).toHaveLength(snapshots[id].states.length)
    }
  })

  it('prints its last step, complete, when the deck is printed without clicks', async () => {
    slidev.clicks = createClicksContextBase(ref(0))
    slidev.isPrintMode.value = true
    const wrapper = await mountMap({ stepped: true })
    const last = timeline.at(-1)!
    expect(wrapper.get('.member-map').attributes('data-snapshot')).toBe(last)
    expect(wrapper.findAll('.state')).toHaveLength(snapshots[last].states.length)
  })
})
