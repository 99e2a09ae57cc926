// @vitest-environment happy-dom
import type { PageFurniture } from '../../lib/page-furniture'
import { describe, expect, it } from 'vitest'
import { cssString, pageFurnitureRules, versionLine } from '../../lib/page-furniture'
import { labelTableCells } from '../../lib/table-cards'

describe('page furniture', () => {
  /** A handout's furniture; the slides PDF's differs only in what a page is called. */
  const furniture: PageFurniture = {
    lesson: 'The lesson',
    document: 'Glossary · For students',
    dated: 'Last changed 7 December 2026',
    counting: 'Page',
  }

  it('quotes a text as a CSS string, its quotes and backslashes escaped, on one line', () => {
    expect(cssString('Reading “The Dubious Agenda”')).toBe('"Reading “The Dubious Agenda”"')
    expect(cssString('a "b" \\ c\nd')).toBe('"a \\"b\\" \\\\ c d"')
  })

  it('says the version\'s date as the day of its last change', () => {
    expect(versionLine('7 December 2026')).toBe('Last changed 7 December 2026')
  })

  it('puts the lesson top left, the document top right, the date bottom left and "Page x of y" bottom right', () => {
    const rules = pageFurnitureRules(furniture)
    expect(rules).toContainEvery([
      '@top-left { content: "The lesson";',
      '@top-right { content: "Glossary · For students";',
      '@bottom-left { content: "Last changed 7 December 2026";',
      '@bottom-right { content: "Page " counter(page) " of " counter(pages);',
      'font-size: 9pt;',
    ])
    expect(rules).not.toContain('font-weight')
  })

  it('counts slides on the slides PDF, set in from the page\'s edge', () => {
    const rules = pageFurnitureRules({ ...furniture, counting: 'Slide' }, { inset: '16px', gap: '4px' })
    expect(rules).toContainEvery([
      '@bottom-right { content: "Slide " counter(page) " of " counter(pages);',
      'padding-left: 16px;',
      'padding-top: 4px;',
    ])
  })
})

describe('labelTableCells', () => {
  it('names each body cell by its column (colspans counted) and writes out the table\'s roles', () => {
    document.body.innerHTML = `<table>
      <thead><tr><th scope="col">#</th><th scope="col" colspan="2">Claim</th><th scope="col">Status</th></tr></thead>
      <tbody><tr><th scope="row">1</th><td>The essay says</td><td>¶1</td><td>confirmed</td></tr></tbody>
      <tfoot><tr><th>Total</th><td colspan="2"></td><td>21</td></tr></tfoot>
    </table>`
    const table = document.querySelector('table')!
    labelTableCells(table)
    const cells = [
      ...table.querySelectorAll('tbody td, tfoot td'),
    ].map(cell => [
      cell.getAttribute('role'),
      cell.getAttribute('data-column'),
    ])
    expect(cells).toEqual([
      ['cell', 'Claim'],
      ['cell', 'Claim'],
      ['cell', 'Status'],
      ['cell', 'Claim'],
      ['cell', 'Status'],
    ])
    expect(table.getAttribute('role')).toBe('table')
    expect(table.querySelector('tbody th')!.getAttribute('role')).toBe('rowheader')
    expect(table.querySelector('tbody th')!.hasAttribute('data-column')).toBe(false)
    expect(table.querySelector('thead th')!.getAttribute('role')).toBe('columnheader')
    expect(table.querySelector('thead th')!.hasAttribute('data-column')).toBe(false)
    expect([
      ...table.querySelectorAll('tr'),
    ].map(row => row.getAttribute('role'))).toEqual(['row', 'row', 'row'])
  })
})
