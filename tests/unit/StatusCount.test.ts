// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import StatusCount from '../../components/StatusCount.vue'
import { snapshots } from '../../data/membership'

describe('statusCount', () => {
  it('counts the states listed with a status in a snapshot', () => {
    const members2025 = snapshots['2025'].states.filter(entry => entry.status === 'member').length
    expect(mount(StatusCount, {
      props: { snapshot: '2025' },
    }).text()).toBe(String(members2025))
    const partners2025 = snapshots['2025'].states.filter(entry => entry.status === 'partner').length
    expect(mount(StatusCount, {
      props: { snapshot: '2025', status: 'partner' },
    }).text()).toBe(String(partners2025))
  })

  it('says 0 for a status the snapshot does not have', () => {
    expect(mount(StatusCount, {
      props: { snapshot: '2001', status: 'observer' },
    }).text()).toBe('0')
  })
})
