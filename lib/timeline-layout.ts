/**
 * The extradition timeline's marks as data: the returns on a dated line (d3's UTC time scale, one
 * tick a day), one circle per person stacked above each date, the summit as a band for context, and
 * the anchor points where the browser sets each text (as HTML over the drawing). Where a label goes
 * is authored, per drawing (lib/timeline-style.ts), as the map's names are: nothing here estimates
 * how wide a text is. All in px, for a drawing `width` px wide (drawn 1:1).
 */
import type { Extradition } from '../data/extraditions'
import type { FigureRecord } from '../data/types'
import type { MarkRun } from './lower-bound-marks'
import type { LabelPlacement, TimelineStyle } from './timeline-style'
import { scaleUtc } from 'd3-scale'
import { utcDay } from 'd3-time'
import { formatCount, formatCountWithWhat, formatDay, formatDayRange } from './format'
import { lowerBoundMarks } from './lower-bound-marks'

export interface TimelineContext {
  readonly name: string
  /** YYYY-MM-DD */
  readonly start: string
  readonly end: string
}

export interface TimelineInput {
  /** In date order. */
  readonly returns: readonly Extradition[]
  readonly total: FigureRecord
  readonly context: TimelineContext
  readonly sourceLine: string
}

/** Where a text is set: its anchor point and which of its edges (or its middle) sits there. */
export interface TextAnchor {
  readonly x: number
  readonly anchor: 'start' | 'middle' | 'end'
}

/** A text under the axis: its anchor, on which row. */
export interface AxisText extends TextAnchor {
  readonly text: string
  readonly row: number
}

export interface TimelineEvent {
  readonly item: Extradition
  /** Which colour of the chart's series palette, in date order. */
  readonly colour: number
  readonly x: number
  readonly dateLabel: AxisText
  readonly run: MarkRun
  readonly radius: number
  /** The label's anchor: its bottom edge at `bottom` px above the axis, its start or end at `x`. */
  readonly label: TextAnchor & { readonly bottom: number, readonly maxWidth: number | null }
  /** A line from the label down to its circles; null for a label beside them. */
  readonly leader: { readonly x: number, readonly y1: number, readonly y2: number } | null
}

export interface TimelineLayout {
  readonly width: number
  /** The axis's height from the top of the drawing; the drawing is `axis.y + belowAxis` px tall. */
  readonly axis: { readonly x1: number, readonly x2: number, readonly y: number }
  readonly height: number
  /** Rows of text under the axis. */
  readonly axisRows: number
  /** One tick a day, from the scale. */
  readonly dayTicks: readonly { readonly date: Date, readonly x: number }[]
  readonly yearLabel: AxisText
  readonly context: {
    readonly band: { readonly x: number, readonly y: number, readonly width: number, readonly height: number }
    /** Set at the top of the drawing. */
    readonly name: TextAnchor & { readonly text: string }
    readonly dates: AxisText
  }
  readonly events: readonly TimelineEvent[]
  /** The bracket over all the returns, in its own row `bracketHeight` px tall under the total. */
  readonly bracket: string
}

export const bracketHeight = 12
const margin = 24
const pitch = 15
const radius = 6
const columns = 4
/** Between the axis and the lowest row of circles. */
const marksLift = 14
/** Under the axis: room for the ticks before the first row of dates. */
const belowAxis = 12

function isoDay(date: string): Date {
  return new Date(`${date}T00:00:00Z`)
}

/** What other reports counted: " (IWPR reports 28, RFE/RL 29)"; nothing where none differ. */
function otherCounts(item: Extradition): string {
  if (!item.reports || item.reports.length === 0)
    return ''
  const [first, ...rest] = item.reports
  return ` (${[
    `${first!.by} reports ${first!.value}`,
    ...rest.map(report => `${report.by} ${report.value}`),
  ].join(', ')})`
}

/** The chart's text alternative: whose the figures are, each return with its count and destination, the total, the summit. */
export function describeTimeline(input: TimelineInput): string {
  const { returns, total, context, sourceLine } = input
  const each = returns.map(item =>
    `${formatDay(item.date)}: ${item.who}, ${formatCount(item.count)}${otherCounts(item)}, returned from ${item.from} to ${item.to}`)
  return [
    `Timeline of returns by Kazakhstan, ${formatDayRange(returns[0]?.date ?? context.start, returns.at(-1)?.date ?? context.start, true)}.`,
    `${sourceLine}.`,
    `${each.join('; ')}.`,
    `In all, ${formatCountWithWhat(total)}.`,
    `For context: ${context.name}, ${formatDayRange(context.start, context.end)}.`,
    'One circle per person; an open end with a plus sign marks a lower bound.',
  ].join(' ')
}

/** The lines of a return's label: the count and destination, who, and what other reports counted. */
export function labelLines(item: Extradition): { kind: 'count' | 'who' | 'reports', text: string }[] {
  return [
    { kind: 'count', text: `${formatCount(item.count)} to ${item.to}` },
    { kind: 'who', text: item.who },
    ...item.reports
      ? [
          {
            kind: 'reports' as const,
            text: item.reports.map(report => `${report.by}: ${report.value}`).join(' · '),
          },
        ]
      : [],
  ]
}

/** A return with no authored place gets one beside its circles, to the right. */
const besideMarks: LabelPlacement = { anchor: 'start', dx: 14, dy: 2 }

/** Lays the timeline out `width` px wide, its labels where `style` puts them. */
export function layoutTimeline(input: TimelineInput, width: number, style: TimelineStyle): TimelineLayout {
  const { returns, context } = input
  const dates = [
    ...returns.map(item => item.date),
    context.start,
    context.end,
  ].map(isoDay)
  const first = utcDay.offset(new Date(Math.min(...dates.map(Number))), -3)
  const last = utcDay.offset(new Date(Math.max(...dates.map(Number))), 2)
  const x = scaleUtc().domain([first, last]).range([margin, width - margin])
  const day = x(utcDay.offset(first, 1)) - x(first)
  const bandX0 = x(isoDay(context.start))
  const bandX1 = x(isoDay(context.end)) + day
  const axisY = style.headroom
  const centres = returns.map(item => x(isoDay(item.date)))

  const events = returns.map((item, index): TimelineEvent => {
    const centre = centres[index]!
    const run = lowerBoundMarks(item.count, 1, {
      x: centre,
      y: axisY - marksLift,
      columns,
      pitch,
      size: radius * 2,
      align: 'centre',
      grow: 'up',
    })
    const placement = style.labels[item.date] ?? besideMarks
    return {
      item,
      colour: index,
      x: centre,
      dateLabel: {
        text: formatDay(item.date),
        x: centre,
        anchor: 'middle',
        row: 0,
      },
      run,
      radius,
      label: {
        x: centre + placement.dx,
        anchor: placement.anchor,
        bottom: placement.dy,
        maxWidth: placement.maxWidth ?? null,
      },
      leader: placement.leader
        ? { x: centre, y1: axisY - placement.dy + 2, y2: run.box.y0 - 3 }
        : null,
    }
  })
  const rows = [style.yearRow, style.contextDatesRow, 0]
  return {
    width,
    axis: { x1: margin, x2: width - margin, y: axisY },
    height: axisY + belowAxis,
    axisRows: Math.max(...rows) + 1,
    dayTicks: x.ticks(utcDay).map(date => ({
      date,
      x: x(date),
    })),
    yearLabel: {
      text: String(first.getUTCFullYear()),
      x: margin,
      anchor: 'start',
      row: style.yearRow,
    },
    context: {
      band: {
        x: bandX0,
        y: style.bandTop,
        width: bandX1 - bandX0,
        height: axisY - style.bandTop,
      },
      name: {
        text: context.name,
        x: style.contextName === 'middle'
          ? (bandX0 + bandX1) / 2
          : bandX1,
        anchor: style.contextName,
      },
      dates: {
        text: formatDayRange(context.start, context.end),
        x: (bandX0 + bandX1) / 2,
        anchor: 'middle',
        row: style.contextDatesRow,
      },
    },
    events,
    bracket: `M${Math.min(...centres)},${bracketHeight} V2 H${Math.max(...centres)} V${bracketHeight}`,
  }
}
