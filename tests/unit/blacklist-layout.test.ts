import type { BlacklistLayout, BlacklistPanelInput, TextLine } from '../../lib/blacklist-layout'
import type { Box } from '../../lib/text-box'
import { describe, expect, it } from 'vitest'
import { blacklist, blacklist2019, laterFigureNote } from '../../data/blacklist'
import { caveatFor, describeBlacklist, layoutBlacklist } from '../../lib/blacklist-layout'
import { boxesOverlap, textWidth } from '../../lib/text-box'

const essay: BlacklistPanelInput = {
  id: 'essay',
  count: blacklist,
  sourceLine: 'Source: Counter-Terrorism and Human Rights: The Impact of the Shanghai Cooperation Organization (March 2011)',
  byClick: true,
}
const later: BlacklistPanelInput = {
  id: 'later',
  count: blacklist2019,
  note: laterFigureNote,
  sourceLine: 'Source: UrduPoint (October 2019)',
  byClick: true,
}
const essayAndLater = [
  { ...essay, byClick: false },
  later,
]

/** Every line of text the chart draws, with the room it takes (bold lines estimated as bold). */
function textBoxes(layout: BlacklistLayout): { line: TextLine, box: Box }[] {
  const boxOf = (line: TextLine, text: string, bold: boolean) => ({
    line,
    box: {
      x0: line.x,
      y0: line.y - line.size * 0.8,
      x1: line.x + textWidth(text.trimEnd(), line.size, bold
        ? 'bold'
        : 'regular'),
      y1: line.y + line.size * 0.25,
    },
  })
  return layout.panels.flatMap(panel => [
    ...panel.heading.map(line => boxOf(line, line.text, true)),
    ...panel.noteLines.map(line => boxOf(line, line.text, false)),
    ...panel.series.flatMap(series => [
      {
        line: series.count,
        box: {
          x0: series.count.x,
          y0: series.count.y - series.count.size * 0.8,
          x1: series.count.x + textWidth(`${series.count.text} `, series.count.size, 'bold') + 4 + textWidth(series.count.what, series.whatSize),
          y1: series.count.y + series.count.size * 0.25,
        },
      },
      ...series.whatLines.map(line => boxOf(line, line.text, false)),
    ]),
    ...panel.caveatLines.map(line => boxOf(line, line.text, true)),
    ...panel.sourceLines.map(line => boxOf(line, line.text, false)),
  ]).concat(layout.legend.map(item => boxOf(item.text, item.text.text, false)))
}

function expectReadable(layout: BlacklistLayout, width: number) {
  const texts = textBoxes(layout)
  for (const { line, box } of texts) {
    expect(line.size, line.text).toBeGreaterThanOrEqual(14)
    expect(box.x0, line.text).toBeGreaterThanOrEqual(0)
    expect(box.x1, line.text).toBeLessThanOrEqual(width)
    expect(box.y1, line.text).toBeLessThanOrEqual(layout.height)
  }
  for (const [index, a] of texts.entries()) {
    for (const b of texts.slice(index + 1))
      expect(boxesOverlap(a.box, b.box), `"${a.line.text}" and "${b.line.text}"`).toBe(false)
  }
  for (const panel of layout.panels) {
    for (const series of panel.series) {
      expect(series.run.box.x0).toBeGreaterThanOrEqual(0)
      expect(series.run.box.x1).toBeLessThanOrEqual(width)
      for (const { line, box } of texts)
        expect(boxesOverlap(box, series.run.box), `"${line.text}" over the ${series.key}' marks`).toBe(false)
    }
  }
}

describe('layoutBlacklist', () => {
  it('draws the essay\'s count: 42 squares in one row and 110 circles, both open-ended', () => {
    const layout = layoutBlacklist([essay], 920)
    const [organizations, individuals] = layout.panels[0]!.series
    expect(organizations!.count.text).toBe('at least 42')
    expect(organizations!.shape).toBe('square')
    expect(organizations!.run.marks).toHaveLength(42)
    expect(organizations!.run.rows).toBe(1)
    expect(organizations!.run.tail).toHaveLength(3)
    expect(individuals!.count.text).toBe('over 1,100')
    expect(individuals!.shape).toBe('circle')
    expect(individuals!.run.marks).toHaveLength(110)
    expect(individuals!.run.plus).not.toBeNull()
  })

  it('keeps one row for the 42 organizations on a slide\'s narrower column too', () => {
    expect(layoutBlacklist([essay], 860).panels[0]!.series[0]!.run.rows).toBe(1)
  })

  it('puts the caveat and its source in a box under the marks', () => {
    const panel = layoutBlacklist([essay], 920).panels[0]!
    expect(panel.caveatLines.map(line => line.text).join('')).toBe('HRIC’s figure, not independently verified')
    expect(panel.caveatBox).not.toBeNull()
    expect(panel.caveatBox!.y).toBeGreaterThan(panel.series[1]!.run.box.y1)
  })

  it('lays every text within the width, none over another or over the marks, at 920, 600 and 350', () => {
    for (const width of [920, 600, 350])
      expectReadable(layoutBlacklist([essay], width), width)
  })

  it('sets the 2019 count beside the essay\'s on a slide, and under it in a phone\'s column', () => {
    const wide = layoutBlacklist(essayAndLater, 920)
    expect(wide.arrangement).toBe('side by side')
    expect(wide.panels[1]!.heading[0]!.x).toBe(480)
    expect(wide.divider).toEqual({
      x1: 460,
      x2: 460,
      y1: 4,
      y2: expect.any(Number),
    })
    expectReadable(wide, 920)

    const narrow = layoutBlacklist(essayAndLater, 350)
    expect(narrow.arrangement).toBe('stacked')
    expect(narrow.panels[1]!.heading[0]!.x).toBe(0)
    expect(narrow.panels[1]!.heading[0]!.y).toBeGreaterThan(narrow.panels[0]!.caveatLines.at(-1)!.y)
    expect(narrow.panels[1]!.series[0]!.run.marks).toHaveLength(115)
    expect(narrow.panels[1]!.series[1]!.run.marks).toHaveLength(660)
    expectReadable(narrow, 350)
  })

  it('wraps the legend onto more rows when the column is narrow', () => {
    expect(new Set(layoutBlacklist([essay], 920).legend.map(item => item.y)).size).toBe(1)
    expect(new Set(layoutBlacklist([essay], 350).legend.map(item => item.y)).size).toBeGreaterThan(1)
    expect(layoutBlacklist([essay], 350).legend.map(item => item.text.text)).toEqual(['= 1 organization', '= 10 individuals', '= the count may be higher'])
  })

  it('states every count with its qualifier and caveat in the text alternative', () => {
    expect(caveatFor(blacklist2019)).toBe('RATS’ own count, not independently verified')
    const summary = describeBlacklist([essay, later])
    expect(summary).toContain('at least 42 organizations on the shared blacklist')
    expect(summary).toContain('over 1,100 individuals on the shared blacklist')
    expect(summary).toContain('more than 6,600 individuals on the RATS list')
    expect(summary).toContain('a later figure from another source')
  })

  it('draws one or two counts, no other number', () => {
    expect(() => layoutBlacklist([], 920)).toThrow(/one or two/)
  })
})
