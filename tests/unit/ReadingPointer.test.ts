// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ReadingPointer from '../../components/ReadingPointer.vue'
import { inReadingView } from '../../lib/reading-view'

describe('readingPointer', () => {
  it('links to the reading view\'s section and to the handout that prints it, by its title', () => {
    const wrapper = mount(ReadingPointer, {
      props: { section: 'claims-checked', handout: 'claims' },
    })
    const links = wrapper.get('.on-screen').findAll('a')
    expect(links.map(link => [
      link.text(),
      link.attributes('href'),
    ])).toEqual([
      ['reading view', './read.html#claims-checked'],
      ['The claims checked', '#/handout/claims'],
    ])
    expect(wrapper.get('.in-print').text()).toContain('on the handout “The claims checked”')
  })

  it('in the reading view, links the handout on the deck\'s page beside it', () => {
    const wrapper = mount(ReadingPointer, {
      props: { section: 'claims-checked', handout: 'claims' },
      global: {
        provide: { [inReadingView as symbol]: true },
      },
    })
    expect(wrapper.get('.on-screen').findAll('a').map(link => link.attributes('href'))).toEqual([
      './read.html#claims-checked',
      'index.html#/handout/claims',
    ])
  })

  it('names no handout when given none', () => {
    const wrapper = mount(ReadingPointer, {
      props: { section: 'reference' },
    })
    expect(wrapper.get('.on-screen').findAll('a')).toHaveLength(1)
    expect(wrapper.text()).not.toContain('handout')
  })

  it('refuses a handout that does not exist, naming it, instead of leaving its link out', () => {
    expect(() => mount(ReadingPointer, {
      props: { section: 'reference', handout: 'claim' },
    })).toThrow('No material "claim"')
  })
})
