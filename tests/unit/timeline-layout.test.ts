import type { TimelineInput, TimelineLayout } from '../../lib/timeline-layout'
import { describe, expect, it } from 'vitest'
import { astanaSummit, extraditions } from '../../data/extraditions'
import { describeTimeline, labelLines, layoutTimeline } from '../../lib/timeline-layout'
import { timelineDrawingFor, timelineStyles } from '../../lib/timeline-style'

const input: TimelineInput = {
  returns: extraditions.returns,
  total: extraditions.total,
  context: astanaSummit,
  sourceLine: 'Dates, destinations and counts from the essay (¶8); confirmed by Kazakhstan\'s foreign ministry (30 May 2011) and IWPR (2011)',
}

const china = (layout: TimelineLayout) => layout.events.find(event => event.item.to === 'China')!
const uzbekistan = (layout: TimelineLayout) => layout.events.find(event => event.item.to === 'Uzbekistan')!
const day = (isoDay: string) => Date.parse(`${isoDay}T00:00:00Z`)
const slide = (width = 920) => layoutTimeline(input, width, timelineStyles.slide)
const phone = (width = 350) => layoutTimeline(input, width, timelineStyles.phone)

describe('layoutTimeline', () => {
  it('ticks every day from 27 May to 17 June 2011: three days before the first return, two after the summit', () => {
    const layout = slide()
    const ticks = layout.dayTicks.map(tick => tick.date.toISOString().slice(0, 10))
    expect(ticks[0]).toBe('2011-05-27')
    expect(ticks.at(-1)).toBe('2011-06-17')
    expect(ticks).toHaveLength(22)
    expect(layout.dayTicks[0]!.x).toBe(24)
    expect(layout.dayTicks.at(-1)!.x).toBe(896)
    expect(layout.yearLabel.text).toBe('2011')
  })

  it('puts each return on its day and the summit band over 14 and 15 June', () => {
    const layout = slide()
    const tickAt = (isoDay: string) => layout.dayTicks.find(tick => tick.date.getTime() === day(isoDay))!.x
    expect(china(layout).x).toBe(tickAt('2011-05-30'))
    expect(uzbekistan(layout).x).toBe(tickAt('2011-06-09'))
    expect(layout.context.band.x).toBe(tickAt('2011-06-14'))
    expect(layout.context.band.x + layout.context.band.width).toBeCloseTo(tickAt('2011-06-16'), 6)
    expect(layout.context.dates.text).toBe('14–15 June')
    expect(china(layout).dateLabel.text).toBe('30 May')
    expect(uzbekistan(layout).dateLabel.text).toBe('9 June')
  })

  it('draws one circle per person above the axis, and the 9 June lower bound open-ended', () => {
    const layout = slide()
    expect(china(layout).run.marks).toHaveLength(1)
    expect(china(layout).run.plus).toBeNull()
    expect(uzbekistan(layout).run.marks).toHaveLength(28)
    expect(uzbekistan(layout).run.tail).toHaveLength(3)
    expect(uzbekistan(layout).run.plus).not.toBeNull()
    for (const event of layout.events) {
      expect(event.run.box.y1).toBeLessThan(layout.axis.y)
      expect(event.run.box.y0).toBeGreaterThan(0)
    }
  })

  it('words each label from the data: the count and destination, who, what other reports counted', () => {
    expect(labelLines(extraditions.returns[0]!).map(line => line.text)).toEqual(['1 to China', 'Ershidin Israil, an ethnic Uighur'])
    expect(labelLines(extraditions.returns[1]!).map(line => line.text)).toEqual(['at least 28 to Uzbekistan', 'ethnic Uzbeks', 'IWPR: 28 · RFE/RL: 29'])
  })

  it('anchors each label where the style authors it: on a slide beside the circles, 30 May\'s right of its circle and 9 June\'s left of its stack', () => {
    const layout = slide()
    expect(china(layout).label).toEqual({
      x: china(layout).x + 14,
      anchor: 'start',
      bottom: 2,
      maxWidth: null,
    })
    expect(china(layout).label.x).toBeGreaterThan(china(layout).run.box.x1)
    expect(uzbekistan(layout).label).toEqual({
      x: uzbekistan(layout).x - 40,
      anchor: 'end',
      bottom: 54,
      maxWidth: null,
    })
    expect(uzbekistan(layout).label.x).toBeLessThan(uzbekistan(layout).run.box.x0)
    expect(layout.events.map(event => event.leader)).toEqual([null, null])
  })

  it('in a phone\'s column sets both labels above the line, 30 May\'s joined to its circle by a leader', () => {
    const layout = phone()
    const { leader } = china(layout)
    expect(leader).not.toBeNull()
    expect(leader!.x).toBe(china(layout).x)
    expect(leader!.y1).toBe(layout.axis.y - 48 + 2)
    expect(leader!.y2).toBeLessThan(china(layout).run.box.y0)
    expect(uzbekistan(layout).label.bottom).toBeGreaterThan(layout.axis.y - uzbekistan(layout).run.box.y0)
    expect(layout.yearLabel.row).toBe(1)
    expect(layout.axisRows).toBe(2)
    expect(layout.context.name.anchor).toBe('end')
    expect(layout.context.name.x).toBeCloseTo(layout.context.band.x + layout.context.band.width, 9)
  })

  it('leaves room above the axis for the tallest stack, and the summit\'s band under its name', () => {
    for (const layout of [
      slide(),
      slide(760),
      phone(),
      phone(300),
    ]) {
      expect(layout.context.band.y).toBeGreaterThan(20)
      expect(layout.context.band.y + layout.context.band.height).toBe(layout.axis.y)
      for (const event of layout.events)
        expect(event.run.box.y0).toBeGreaterThan(layout.context.band.y)
    }
  })

  it('draws the slide\'s timeline from 760 px, the phone\'s below', () => {
    expect([920, 760, 750, 350].map(timelineDrawingFor)).toEqual(['slide', 'slide', 'phone', 'phone'])
  })

  it('brackets every return, from the first to the last', () => {
    const layout = slide()
    expect(layout.bracket).toBe(`M${china(layout).x},12 V2 H${uzbekistan(layout).x} V12`)
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
