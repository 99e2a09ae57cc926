import { describe, expect, it } from 'vitest'
import { anchoredSpan, boxesOverlap, textWidth, wrapText } from '../../lib/text-box'

describe('text boxes', () => {
  it('estimates text at about half an em a character, bold a little wider', () => {
    expect(textWidth('abcd', 10)).toBeCloseTo(18.8, 6)
    expect(textWidth('abcd', 10, 'bold')).toBeCloseTo(20, 6)
  })

  it('wraps between words, keeping each line\'s trailing space so the lines join back to the text', () => {
    const lines = wrapText('Ershidin Israil, an ethnic Uighur', 16, 130)
    expect(lines).toEqual(['Ershidin Israil, ', 'an ethnic Uighur'])
    expect(lines.join('')).toBe('Ershidin Israil, an ethnic Uighur')
    expect(wrapText('short', 16, 150)).toEqual(['short'])
  })

  it('spans a text from its anchor as SVG\'s text-anchor does', () => {
    expect(anchoredSpan(100, 40, 'start')).toEqual({ x0: 100, x1: 140 })
    expect(anchoredSpan(100, 40, 'middle')).toEqual({ x0: 80, x1: 120 })
    expect(anchoredSpan(100, 40, 'end')).toEqual({ x0: 60, x1: 100 })
  })

  it('tells overlapping boxes from touching ones', () => {
    expect(boxesOverlap({ x0: 0, y0: 0, x1: 10, y1: 10 }, { x0: 5, y0: 5, x1: 15, y1: 15 })).toBe(true)
    expect(boxesOverlap({ x0: 0, y0: 0, x1: 10, y1: 10 }, { x0: 10, y0: 0, x1: 20, y1: 10 })).toBe(false)
  })
})
