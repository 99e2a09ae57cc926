// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { outlineByPart, relevelHeadings } from '../../lib/print-headings'

function slide(no: number, html: string): string {
  return `<div data-slidev-no="${no}">${html}</div>`
}

describe('outlineByPart', () => {
  it('heads the first slide of each part, and puts a part\'s slide titles one level below', () => {
    document.body.innerHTML = [
      slide(1, '<h1>The deck</h1>'),
      slide(2, '<h1>First</h1><h2>Inside</h2>'),
      slide(3, '<h1>Second</h1>'),
      slide(4, '<h1>Third</h1>'),
    ].join('')
    const stop = outlineByPart(document.body, [null, 'Part 1', 'Part 1', 'Part 2'])
    const headings = [
      ...document.querySelectorAll('h1, h2'),
    ].map(heading => [
      heading.textContent,
      heading.getAttribute('aria-level') ?? heading.tagName.slice(1),
    ])
    expect(headings).toEqual([
      ['The deck', '1'],
      ['Part 1', '1'],
      ['First', '2'],
      ['Inside', '3'],
      ['Second', '2'],
      ['Part 2', '1'],
      ['Third', '2'],
    ])
    expect(document.querySelectorAll('[data-print-outlined]')).toHaveLength(4)
    stop()
  })

  it('re-levels the headings of a slide that mounts later, once', async () => {
    document.body.innerHTML = slide(1, '')
    const stop = outlineByPart(document.body, ['Part 1'])
    document.querySelector('[data-slidev-no="1"]')!.insertAdjacentHTML('beforeend', '<h1>Late</h1>')
    await new Promise(resolve => setTimeout(resolve))
    expect(document.querySelector('h1:not(.outline-only)')!.getAttribute('aria-level')).toBe('2')
    stop()
  })
})

describe('relevelHeadings', () => {
  it('can take the heading role away (a slide inside a handout\'s picture)', () => {
    document.body.innerHTML = '<div><h1>Slide title</h1></div>'
    const stop = relevelHeadings(document.body, () => 'none')
    expect(document.querySelector('h1')!.getAttribute('role')).toBe('none')
    stop()
  })
})
