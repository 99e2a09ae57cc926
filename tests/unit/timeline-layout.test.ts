import type { Box } from '../../lib/text-box'
import type { TimelineInput, TimelineLayout } from '../../lib/timeline-layout'
import { describe, expect, it } from 'vitest'
import { astanaSummit, extraditions } from '../../data/extraditions'
import { boxesOverlap } from '../../lib/text-box'
import { describeTimeline, layoutTimeline } from '../../lib/timeline-layout'

const input: TimelineInput = {
  returns: extraditions.returns,
  total: extraditions.total,
  context: astanaSummit,
  sourceLine: 'Dates, destinations and counts from the essay (¶8); confirmed by Kazakhstan\'s foreign ministry (30 May 2011) and IWPR (2011)',
}

const china = (layout: TimelineLayout) => layout.events.find(event => event.item.to === 'China')!
const uzbekistan = (layout: TimelineLayout) => layout.events.find(event => event.item.to === 'Uzbekistan')!
const day = (isoDay: string) => Date.parse(`${isoDay}T00:00:00Z`)

function bandBox(layout: TimelineLayout): Box {
  const { band } = layout.context
  return {
    x0: band.x,
    y0: band.y,
    x1: band.x + band.width,
    y1: band.y + band.height,
  }
}

describe('layoutTimeline', () => {
  it('ticks every day from 27 May to 17 June 2011: three days before the first return, two after the summit', () => {
    const layout = layoutTimeline(input, 920)
    const ticks = layout.dayTicks.map(tick => tick.date.toISOString().slice(0, 10))
    expect(ticks[0]).toBe('2011-05-27')
    expect(ticks.at(-1)).toBe('2011-06-17')
    expect(ticks).toHaveLength(22)
    expect(layout.dayTicks[0]!.x).toBe(24)
    expect(layout.dayTicks.at(-1)!.x).toBe(896)
    expect(layout.yearLabel.text).toBe('2011')
  })

  it('puts each return on its day and the summit band over 14 and 15 June', () => {
    const layout = layoutTimeline(input, 920)
    const tickAt = (isoDay: string) => layout.dayTicks.find(tick => tick.date.getTime() === day(isoDay))!.x
    expect(china(layout).x).toBe(tickAt('2011-05-30'))
    expect(uzbekistan(layout).x).toBe(tickAt('2011-06-09'))
    expect(layout.context.band.x).toBe(tickAt('2011-06-14'))
    expect(layout.context.band.x + layout.context.band.width).toBeCloseTo(tickAt('2011-06-16'), 6)
    expect(layout.context.dates.text).toBe('14–15 June')
    expect(china(layout).dateLabel.text).toBe('30 May')
    expect(uzbekistan(layout).dateLabel.text).toBe('9 June')
  })

  it('draws one circle per person, and the 9 June lower bound open-ended', () => {
    const layout = layoutTimeline(input, 920)
    expect(china(layout).run.marks).toHaveLength(1)
    expect(china(layout).run.plus).toBeNull()
    expect(uzbekistan(layout).run.marks).toHaveLength(28)
    expect(uzbekistan(layout).run.tail).toHaveLength(3)
    expect(uzbekistan(layout).run.plus).not.toBeNull()
    expect(uzbekistan(layout).label.map(line => line.text).join('')).toContain('at least 28 to Uzbekistan')
    expect(layout.total.count.text).toBe('at least 29')
  })

  it('sets a label beside the marks where there is room: 30 May\'s to the right on a slide', () => {
    const layout = layoutTimeline(input, 920)
    expect(china(layout).labelBox.x0).toBeGreaterThan(china(layout).run.box.x1)
  })

  it('at 920, 600 and 350 wide: every label within the chart, clear of the others, of every stack of circles and of the summit band', () => {
    for (const width of [920, 600, 350]) {
      const layout = layoutTimeline(input, width)
      const labels = layout.events.map(event => event.labelBox)
      for (const [index, event] of layout.events.entries()) {
        const label = labels[index]!
        expect(label.x0, `${width}: ${event.item.to}`).toBeGreaterThanOrEqual(0)
        expect(label.x1, `${width}: ${event.item.to}`).toBeLessThanOrEqual(width)
        expect(label.y0, `${width}: ${event.item.to}`).toBeGreaterThan(layout.total.count.y)
        expect(label.y1, `${width}: ${event.item.to}`).toBeLessThan(layout.axis.y)
        expect(boxesOverlap(label, bandBox(layout)), `${width}: ${event.item.to} over the band`).toBe(false)
        for (const other of layout.events)
          expect(boxesOverlap(label, other.run.box), `${width}: ${event.item.to} over ${other.item.to}'s circles`).toBe(false)
        for (const other of labels.slice(index + 1))
          expect(boxesOverlap(label, other), `${width}: labels overlap`).toBe(false)
        expect(event.label.every(line => line.size >= 14)).toBe(true)
        expect(event.run.box.y1).toBeLessThan(layout.axis.y)
      }
      expect(layout.context.band.y).toBeGreaterThan(layout.context.name.y)
      expect(layout.height).toBeGreaterThan(layout.sourceLines.at(-1)!.y)
    }
  })

  it('joins a label set above the circles to them with a leader that crosses nothing else', () => {
    expect(layoutTimeline(input, 920).events.map(event => event.leader)).toEqual([null, null])
    const layout = layoutTimeline(input, 350)
    const led = layout.events.filter(event => event.leader)
    expect(led.length).toBeGreaterThan(0)
    for (const event of led) {
      const { x, y1, y2 } = event.leader!
      expect(y1).toBeGreaterThan(event.labelBox.y1)
      expect(y2).toBeLessThan(event.run.box.y0)
      const line = { x0: x - 1, y0: y1, x1: x + 1, y1: y2 }
      for (const other of layout.events.filter(other => other !== event)) {
        expect(boxesOverlap(line, other.labelBox), `${event.item.to}'s leader over ${other.item.to}'s label`).toBe(false)
        expect(boxesOverlap(line, other.run.box), `${event.item.to}'s leader over ${other.item.to}'s circles`).toBe(false)
      }
    }
  })

  it('on a phone\'s column, keeps the dates under the axis apart and wraps the long lines', () => {
    const layout = layoutTimeline(input, 350)
    const lines = [
      china(layout).dateLabel,
      uzbekistan(layout).dateLabel,
      layout.context.dates,
      layout.yearLabel,
    ]
    expect(new Set(lines.map(line => `${line.x},${line.y}`)).size).toBe(4)
    expect(layout.sourceLines.length).toBeGreaterThan(1)
    expect(layout.sourceLines.map(line => line.text).join('')).toBe(input.sourceLine)
    expect(china(layout).label.map(line => line.text).join('')).toBe('1 to ChinaErshidin Israil, an ethnic Uighur')
  })

  it('states whose the figures are, every return with the counts other reports give, the total and the summit in the text alternative', () => {
    const summary = describeTimeline(input)
    expect(summary).toContain('Dates, destinations and counts from the essay (¶8); confirmed by Kazakhstan\'s foreign ministry (30 May 2011) and IWPR (2011).')
    expect(summary).toContain('30 May: Ershidin Israil, an ethnic Uighur, 1, returned from Kazakhstan to China')
    expect(summary).toContain('9 June: ethnic Uzbeks, at least 28 (IWPR reports 28, RFE/RL 29), returned from Kazakhstan to Uzbekistan')
    expect(summary).toContain('In all, at least 29 asylum seekers returned by Kazakhstan.')
    expect(summary).toContain('SCO summit, Astana, 14–15 June')
  })
})
