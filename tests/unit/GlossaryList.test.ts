// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import GlossaryList from '../../components/GlossaryList.vue'
import { glossary } from '../../data/glossary'
import { sources } from '../../data/sources'

function termsIn(part: number, parts: number): string[] {
  return mount(GlossaryList, {
    props: { part, parts },
  }).findAll('dt').map(term => term.text())
}

describe('glossaryList', () => {
  it.each([1, 2, 3])('shows every term once, in the glossary\'s order, over %i slides', (parts) => {
    const shown = Array.from({ length: parts }, (_, index) => termsIn(index + 1, parts)).flat()
    expect(shown).toEqual(glossary.map(entry => entry.term))
  })

  it('gives each term its definition and, where it states a fact, its sources', () => {
    const wrapper = mount(GlossaryList)
    const definitions = wrapper.findAll('dd')
    glossary.forEach((entry, index) => {
      const text = definitions[index]!.text()
      expect(text).toContain(entry.definition)
      for (const id of entry.sources)
        expect(text).toContain(sources[id].author)
    })
  })

  it('labels a part so a screen reader knows there is more', () => {
    const wrapper = mount(GlossaryList, {
      props: { part: 2, parts: 2 },
    })
    expect(wrapper.find('dl').attributes('aria-label')).toBe('Glossary, part 2 of 2')
  })

  it('shows what it is given', () => {
    const entries = [
      { term: 'Term', definition: 'A word defined for a test of the component.', sources: [] },
    ]
    const wrapper = mount(GlossaryList, {
      props: { entries },
    })
    expect(wrapper.findAll('dt').map(term => term.text())).toEqual(['Term'])
  })
})
