// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { handoutPages } from '../../components/handouts/pages'
import { claimNumber } from '../../data/claims'
import { copiesFor, materials, printList } from '../../data/materials'
import { traceableFigures } from '../../data/worksheet'
import { sentence } from '../../lib/format'
import { renderHandout } from '../support/handout'
import { expectedTracingColumns } from '../support/worksheet-columns'

describe('the materials', () => {
  it('are, in order, the students\' eight, the teacher\'s five (the answer key and the teacher\'s pack) and the credits, given to students', () => {
    expect(materials.map(material => [material.slug, material.audience])).toEqual([
      ['reading-guide', 'student'],
      ['worksheet', 'student'],
      ['claims', 'student'],
      ['exit-ticket', 'student'],
      ['debate', 'student'],
      ['answer-key', 'teacher'],
      ['keywords', 'student'],
      ['statuses', 'student'],
      ['lesson-at-a-glance', 'teacher'],
      ['teachers-guide', 'teacher'],
      ['misconceptions', 'teacher'],
      ['content-guidance', 'teacher'],
      ['glossary', 'student'],
      ['credits', 'student'],
    ])
  })

  it('each have a page registered under their slug, and no page is registered without a material', () => {
    expect(Object.keys(handoutPages).sort()).toEqual(materials.map(material => material.slug).sort())
  })

  it('each render one h1, their title', async () => {
    for (const material of materials) {
      const wrapper = await renderHandout(material.slug)
      const headings = wrapper.findAll('h1')
      expect(headings.map(heading => heading.text()), material.slug).toEqual([material.title])
      wrapper.unmount()
    }
  })

  it('give every table a header row, so a screen reader can name each cell', async () => {
    for (const material of materials) {
      const wrapper = await renderHandout(material.slug)
      for (const table of wrapper.findAll('table'))
        expect(table.findAll('thead th').length, material.slug).toBeGreaterThan(1)
      wrapper.unmount()
    }
  })
})

describe('the worksheet', () => {
  it('offers figures with their qualifiers, as the essay words them', () => {
    const figures = traceableFigures.map(figure => sentence(figure.figure))
    expect(figures).toContain('at least 42 organizations on the shared blacklist')
    expect(figures).toContain('over 1,100 individuals on the shared blacklist')
    expect(figures).toContain('at least 29 asylum seekers returned by Kazakhstan in two weeks')
  })

  it('traces each figure to a row of the fact sheet', () => {
    expect(traceableFigures.find(figure => figure.id === 'blacklist-organizations')?.claim).toBe(13)
    for (const figure of traceableFigures)
      expect(() => claimNumber(figure.claim), figure.id).not.toThrow()
  })

  it('prints a blank box for each claim of the argument, and the tracing table with its five columns', async () => {
    const wrapper = await renderHandout('worksheet')
    expect(wrapper.findAll('.claims .box')).toHaveLength(4)
    expect(wrapper.findAll('.tracing thead th').map(cell => cell.text())).toEqual(expectedTracingColumns)
  })
})

describe('the claims handout', () => {
  it('gives every source\'s address, and the essay\'s paragraph for each claim', async () => {
    const wrapper = await renderHandout('claims')
    const rows = wrapper.findAll('tbody tr')
    expect(rows).toHaveLength(21)
    expect(rows[12]!.text()).toContain('hrichina.org/en/content/5192')
    expect(rows[12]!.text()).toContain('(¶6)')
    expect(rows[12]!.text()).toContain('unverified')
    expect(rows[13]!.text()).toContain('No source found.')
  })
})

describe('the teacher\'s answer key', () => {
  it('answers worksheet B in the worksheet\'s own columns', async () => {
    const wrapper = await renderHandout('answer-key')
    const table = wrapper.get('[aria-label="The figures traced"] table')
    expect(table.findAll('thead th').map(cell => cell.text())).toEqual([
      'The figure, as the essay words it (¶)',
      'Whose figure is it?',
      'Source, with its address',
      'Status: confirmed, partly contradicted or unverified',
      'What would change if it were wrong?',
    ])
    expect(table.get('tbody tr').text()).toContain('The essay’s (¶6): no source independent of HRIC confirms it')
  })

  it('gives a model answer to each exit-ticket question and the answer to every self-check', async () => {
    const wrapper = await renderHandout('answer-key')
    const text = wrapper.text()
    expect(text).toContain('Model answer: The essay argues that the SCO')
    expect(wrapper.findAll('.self-checks .entries > li')).toHaveLength(14)
    expect(text).toContain('Answer B: Central Asian states would curb Uighur activism')
  })
})

describe('the print list', () => {
  it('names only PDFs the export writes: a material, or a handout of the slides', () => {
    const slugs = new Set([
      ...materials.map(material => material.slug),
      'notes',
      'note-taking',
    ])
    for (const item of printList)
      expect(slugs.has(item.slug), item.slug).toBe(true)
  })

  it('counts copies for a class of 28: one each, one a pair, one for the teacher', () => {
    expect(printList.map(item => [
      item.slug,
      copiesFor(item),
    ])).toEqual([
      ['reading-guide', 28],
      ['keywords', 28],
      ['statuses', 28],
      ['exit-ticket', 28],
      ['note-taking', 28],
      ['glossary', 28],
      ['claims', 14],
      ['worksheet', 14],
      ['debate', 28],
      ['answer-key', 1],
      ['lesson-at-a-glance', 1],
    ])
    expect(copiesFor({
      slug: 'x',
      title: 'x',
      for: 'pair',
      pages: 1,
      when: '',
    }, 27)).toBe(14)
    expect(copiesFor({
      slug: 'x',
      title: 'x',
      for: 'fact-checker',
      pages: 1,
      when: '',
    }, 27)).toBe(2)
  })
})
