// @vitest-environment happy-dom
import type { Source, SourceId } from '../../data/sources'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SourceList from '../../components/SourceList.vue'
import { claims } from '../../data/claims'
import { sources } from '../../data/sources'

const all = Object.entries(sources) as [SourceId, Source][]

function render(part: number, parts: number) {
  return mount(SourceList, {
    props: { part, parts },
  })
}

describe('sourceList', () => {
  it.each([1, 2, 3])('lists every source once, with title, author, date and address, over %i slides', (parts) => {
    const items = Array.from({ length: parts }, (_, index) => render(index + 1, parts).findAll('li.source').map(item => item.text())).flat()
    expect(items).toHaveLength(all.length)
    for (const [id, source] of all) {
      // A title opens with a quotation mark, our description of an untitled work with a bracket.
      const matching = items.filter(item => item.startsWith(`“${source.title}”`) || item.startsWith(`[${source.title}]`))
      expect(matching, id).toHaveLength(1)
      expect(matching[0]).toContain(source.author)
      expect(matching[0]).toContain(source.date)
      if (source.address)
        expect(matching[0]).toContain(source.address)
    }
  })

  it('groups the essay first, then the sources on the claims, the background sources, the SCO\'s own words, then later sources', () => {
    const wrapper = render(1, 1)
    const groups = wrapper.findAll('section.group')
    expect(groups.map(group => group.find('h2').text())).toEqual([
      expect.stringMatching(/^The essay/),
      expect.stringMatching(/claims/),
      expect.stringMatching(/^Background/),
      expect.stringMatching(/in their own words$/),
      expect.stringMatching(/^Since 2011/),
    ])
    const titles = (index: number) => groups[index]!.findAll('.title').map(title => title.text())
    expect(titles(0)).toContain(sources.essay.title)
    expect(titles(0)).toContain(sources.boland.title)
    for (const id of new Set(claims.flatMap(claim => claim.sources)))
      expect(titles(0).includes(sources[id].title) || titles(1).includes(sources[id].title), id).toBe(true)
    expect(titles(2)).toContain(sources.shanghaiConvention.title)
    expect(titles(3)).toContain(sources.convention2009.title)
    expect(titles(4).length).toBeGreaterThan(0)
  })

  it('marks our descriptions of untitled works in square brackets, and HRIC’s own pages as not independent', () => {
    const text = render(1, 1).text()
    expect(text).toContain('[Feature on the SCO and the Shanghai Five]')
    expect(text).toContain('“Engaging the Anti-NATO”')
    expect(text).toContain('HRIC page on RATS and information sharing] · Human Rights in China · n.d. · advocacy group · HRIC’s own: not independent')
    expect(text).toContain('[RFE/RL report: Kazakhstan extradites 29 Uzbek asylum seekers] · Radio Free Europe/Radio Liberty · 9 June 2011 · state-funded broadcaster (funded by the U.S. government)')
  })

  it('says a group is continued when a slide starts in the middle of it', () => {
    const headings = [1, 2, 3].map(part => render(part, 3).find('h2').text())
    expect(headings[0]).not.toContain('(continued)')
    expect(headings.slice(1).some(heading => heading.endsWith('(continued)'))).toBe(true)
  })
})
