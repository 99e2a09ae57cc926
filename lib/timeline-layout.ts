/**
 * The extradition timeline's layout as data: the returns on a dated line (d3's UTC time scale, one
 * tick a day), one circle per person stacked above each date, each label put where it collides with
 * nothing, the total above them all and the summit as a band for context. Everything is laid out for
 * the width given, 1:1, so text keeps the sizes below. ExtraditionTimeline.vue renders what this returns.
 */
import type { Extradition } from '../data/extraditions'
import type { FigureRecord } from '../data/types'
import type { MarkRun } from './lower-bound-marks'
import type { Box, Weight } from './text-box'
import { scaleUtc } from 'd3-scale'
import { utcDay } from 'd3-time'
import { formatCount, formatCountWithWhat, formatDay, formatDayRange } from './format'
import { lowerBoundMarks } from './lower-bound-marks'
import { anchoredSpan, boxesOverlap, padBox, textWidth, unionBox, wrapText } from './text-box'

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

export type Anchor = 'start' | 'middle' | 'end'

export interface TextLine {
  readonly text: string
  readonly x: number
  readonly y: number
  readonly size: number
  readonly anchor: Anchor
}

export interface LabelLine extends TextLine {
  readonly kind: 'count' | 'who' | 'reports'
}

export interface TimelineEvent {
  readonly item: Extradition
  /** Which colour of the chart's series palette, in date order. */
  readonly colour: number
  readonly x: number
  readonly dateLabel: TextLine
  readonly run: MarkRun
  readonly radius: number
  readonly label: readonly LabelLine[]
  /** The room the label takes, for checks. */
  readonly labelBox: Box
  /** A line from a label set apart from its circles (above them) down to them; null for a label beside them. */
  readonly leader: { readonly x: number, readonly y1: number, readonly y2: number } | null
}

export interface TimelineLayout {
  readonly width: number
  readonly height: number
  readonly axis: { readonly x1: number, readonly x2: number, readonly y: number }
  /** One tick a day, from the scale. */
  readonly dayTicks: readonly { readonly date: Date, readonly x: number }[]
  readonly yearLabel: TextLine
  readonly context: {
    readonly band: { readonly x: number, readonly y: number, readonly width: number, readonly height: number }
    readonly name: TextLine
    readonly dates: TextLine
  }
  readonly events: readonly TimelineEvent[]
  readonly total: {
    /** "at least 29", then what it counts beside it (`what`) and on further lines. */
    readonly count: TextLine & { readonly what: string }
    readonly whatLines: readonly TextLine[]
    /** Path data of the bracket over all the returns. */
    readonly bracket: string
  }
  readonly sourceLines: readonly TextLine[]
}

const margin = 24
const pitch = 15
const radius = 6
const columns = 4
/** Between the axis and the lowest row of circles. */
const marksLift = 14
const sizes = {
  count: 21,
  who: 16,
  reports: 14,
  axis: 15,
  totalCount: 26,
  totalWhat: 17,
  contextName: 15,
  source: 14,
} as const
const weights: Record<LabelLine['kind'], Weight> = { count: 'bold', who: 'regular', reports: 'regular' }
/** A band is at least this tall, so the summit reads as a span of time even over short stacks. */
const minPlotHeight = 120

function isoDay(date: string): Date {
  return new Date(`${date}T00:00:00Z`)
}

/** The room a line of text takes around its baseline. */
function lineBox(line: TextLine, weight: Weight): Box {
  return {
    ...anchoredSpan(line.x, textWidth(line.text.trimEnd(), line.size, weight), line.anchor),
    y0: line.y - line.size * 0.8,
    y1: line.y + line.size * 0.25,
  }
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

/** A label's lines, wrapped to `maxWidth`, placed with `anchor` at x and the first baseline at 0. */
function labelLines(item: Extradition, maxWidth: number): Omit<LabelLine, 'x' | 'anchor'>[] {
  const texts: { kind: LabelLine['kind'], text: string }[] = [
    { kind: 'count', text: `${formatCount(item.count)} to ${item.to}` },
    { kind: 'who', text: item.who },
  ]
  if (item.reports) {
    texts.push({
      kind: 'reports',
      text: item.reports.map(report => `${report.by}: ${report.value}`).join(' · '),
    })
  }
  const lines: Omit<LabelLine, 'x' | 'anchor'>[] = []
  let y = 0
  for (const [index, { kind, text }] of texts.entries()) {
    for (const [part, line] of wrapText(text, sizes[kind], maxWidth, weights[kind]).entries()) {
      if (index > 0 || part > 0)
        y += sizes[kind] + 4
      lines.push({
        kind,
        text: line,
        y,
        size: sizes[kind],
      })
    }
  }
  return lines
}

function placeLines(lines: readonly Omit<LabelLine, 'x' | 'anchor'>[], x: number, anchor: Anchor, firstBaseline: number): LabelLine[] {
  return lines.map(line => ({
    ...line,
    x,
    anchor,
    y: firstBaseline + line.y,
  }))
}

function linesBox(lines: readonly LabelLine[]): Box {
  return unionBox(lines.map(line => lineBox(line, weights[line.kind])))
}

/**
 * Lays the timeline out `width` units wide. Heights above the axis are worked out first (the axis at
 * y = 0, the plot above it negative); the whole is then moved down below the total.
 */
export function layoutTimeline(input: TimelineInput, width: number): TimelineLayout {
  const { returns, total, context } = input
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

  // The plot, relative to the axis.
  const centres = returns.map(item => x(isoDay(item.date)))
  const runs = returns.map((item, index) => lowerBoundMarks(item.count, 1, {
    x: centres[index]!,
    y: -marksLift,
    columns,
    pitch,
    size: radius * 2,
    align: 'centre',
    grow: 'up',
  }))
  const obstacles: Box[] = [
    ...runs.map(run => padBox(run.box, 4)),
    {
      x0: bandX0 - 6,
      y0: -10_000,
      x1: bandX1 + 6,
      y1: 0,
    },
  ]
  const maxLabelWidth = Math.min(320, width * 0.6)
  const fits = (box: Box) => box.x0 >= 4 && box.x1 <= width - 4 && !obstacles.some(other => boxesOverlap(box, other))
  const labels = returns.map((item, index) => {
    const run = runs[index]!
    const lines = labelLines(item, maxLabelWidth)
    const height = lines.at(-1)!.y
    const blockWidth = Math.max(...lines.map(line => textWidth(line.text.trimEnd(), line.size, weights[line.kind])))
    const low = -6 - sizes.reports * 0.25 - height
    const top = run.box.y0 + sizes.count * 0.8
    interface Attempt { at: number, anchor: Anchor, baseline: number, leader: boolean }
    // Beside the marks, right then left, low by the axis then level with their top.
    const right = { at: run.box.x1 + 8, anchor: 'start' as const }
    const left = { at: run.box.x0 - 10, anchor: 'end' as const }
    const beside: Attempt[] = [low, top].flatMap(baseline => [right, left].map(side => ({ ...side, baseline, leader: false })))
    // Above the marks: starting where they start, ending where they end, or ending before the band;
    // first with a leader down to the circles, then (should every leader cross another label) without.
    const aboveXs = [run.box.x0, run.box.x1 - blockWidth, bandX0 - 10 - blockWidth]
      .map(at => Math.max(4, Math.min(at, width - 4 - blockWidth)))
    const above = (leader: boolean): Attempt[] => Array.from({ length: 100 }, (_, step) => aboveXs.map(at => ({
      at,
      anchor: 'start' as const,
      baseline: run.box.y0 - 8 - height - sizes.reports * 0.25 - step * 6,
      leader,
    }))).flat()
    for (const attempt of [
      ...beside,
      ...above(true),
      ...above(false),
    ]) {
      const placed = placeLines(lines, attempt.at, attempt.anchor, attempt.baseline)
      const box = linesBox(placed)
      const leader = attempt.leader
        ? { x: centres[index]!, y1: box.y1 + 3, y2: run.box.y0 - 2 }
        : null
      // A leader's room, short of the circles it points at (which are an obstacle already).
      const leaderBox = leader && {
        x0: leader.x - 2,
        y0: leader.y1,
        x1: leader.x + 2,
        y1: leader.y2 - 4,
      }
      if (fits(box) && (!leaderBox || fits(leaderBox))) {
        obstacles.push(padBox(box, 6))
        if (leaderBox)
          obstacles.push(leaderBox)
        return { lines: placed, box, leader }
      }
    }
    throw new RangeError(`No room for the label of ${item.date} in a timeline ${width} wide`)
  })
  const plotTop = Math.min(-minPlotHeight, ...runs.map(run => run.box.y0 - 10), ...labels.map(label => label.box.y0 - 10))

  // Above the plot: the total, the bracket over the returns, the summit's name.
  const totalText = formatCount(total)
  const totalY = 26
  const inlineFrom = margin + textWidth(`${totalText} `, sizes.totalCount, 'bold') + 4
  const inline = wrapText(total.what, sizes.totalWhat, width - margin - inlineFrom)
  const fitsInline = textWidth(inline[0]!.trimEnd(), sizes.totalWhat) <= width - margin - inlineFrom
  const rest = (fitsInline
    ? wrapText(total.what.slice(inline[0]!.length), sizes.totalWhat, width - 2 * margin)
    : wrapText(total.what, sizes.totalWhat, width - 2 * margin)).filter(line => line !== '')
  const whatLines = rest.map((line, index) => ({
    text: line,
    x: margin,
    y: totalY + 22 * (index + 1),
    size: sizes.totalWhat,
    anchor: 'start' as const,
  }))
  let rowY = (whatLines.at(-1)?.y ?? totalY) + 32
  const bracketX0 = Math.min(...centres)
  const bracketX1 = Math.max(...centres)
  const nameWidth = textWidth(context.name, sizes.contextName, 'bold')
  const nameX = Math.min((bandX0 + bandX1) / 2, width - 4 - nameWidth / 2)
  const nameSharesRow = nameX - nameWidth / 2 > bracketX1 + 10
  const nameY = rowY + 2
  if (!nameSharesRow)
    rowY += 24
  const bracketY = rowY
  const bandTop = bracketY + 12
  const axisY = bandTop - plotTop
  const down = (relative: number) => relative + axisY
  const downBox = (box: Box): Box => ({
    ...box,
    y0: down(box.y0),
    y1: down(box.y1),
  })
  const downRun = (run: MarkRun): MarkRun => ({
    ...run,
    marks: run.marks.map(mark => ({
      ...mark,
      cy: down(mark.cy),
    })),
    tail: run.tail.map(mark => ({
      ...mark,
      cy: down(mark.cy),
    })),
    plus: run.plus && {
      ...run.plus,
      cy: down(run.plus.cy),
    },
    box: downBox(run.box),
  })

  // Under the axis: each date, the summit's dates, the year; a label that would collide drops a row.
  const placedAxis: Box[] = []
  const axisLabel = (text: string, at: number, anchor: Anchor): TextLine => {
    const textW = textWidth(text, sizes.axis, 'bold')
    const clamped = anchor === 'middle'
      ? Math.max(4 + textW / 2, Math.min(width - 4 - textW / 2, at))
      : at
    for (let row = 0; ; row++) {
      const line = {
        text,
        x: clamped,
        y: axisY + 24 + row * 20,
        size: sizes.axis,
        anchor,
      }
      const box = lineBox(line, 'bold')
      if (!placedAxis.some(other => boxesOverlap(padBox(box, 4), other)) || row > returns.length + 2) {
        placedAxis.push(box)
        return line
      }
    }
  }
  const dateLabels = returns.map((item, index) => axisLabel(formatDay(item.date), centres[index]!, 'middle'))
  const contextDates = axisLabel(formatDayRange(context.start, context.end), (bandX0 + bandX1) / 2, 'middle')
  const yearLabel = axisLabel(String(first.getUTCFullYear()), margin, 'start')
  const axisBottom = Math.max(...[...dateLabels, contextDates, yearLabel].map(line => line.y))
  const sourceLines = wrapText(input.sourceLine, sizes.source, width - 2 * margin).map((text, index) => ({
    text,
    x: margin,
    y: axisBottom + 42 + index * 18,
    size: sizes.source,
    anchor: 'start' as const,
  }))

  return {
    width,
    height: sourceLines.at(-1)!.y + 10,
    axis: { x1: margin, x2: width - margin, y: axisY },
    dayTicks: x.ticks(utcDay).map(date => ({
      date,
      x: x(date),
    })),
    yearLabel,
    context: {
      band: {
        x: bandX0,
        y: bandTop,
        width: bandX1 - bandX0,
        height: axisY - bandTop,
      },
      name: {
        text: context.name,
        x: nameX,
        y: nameY,
        size: sizes.contextName,
        anchor: 'middle',
      },
      dates: contextDates,
    },
    events: returns.map((item, index) => ({
      item,
      colour: index,
      x: centres[index]!,
      dateLabel: dateLabels[index]!,
      run: downRun(runs[index]!),
      radius,
      label: labels[index]!.lines.map(line => ({
        ...line,
        y: down(line.y),
      })),
      labelBox: downBox(labels[index]!.box),
      leader: labels[index]!.leader && {
        x: labels[index]!.leader!.x,
        y1: down(labels[index]!.leader!.y1),
        y2: down(labels[index]!.leader!.y2),
      },
    })),
    total: {
      count: {
        text: totalText,
        x: margin,
        y: totalY,
        size: sizes.totalCount,
        anchor: 'start',
        what: fitsInline
          ? inline[0]!.trimEnd()
          : '',
      },
      whatLines,
      bracket: `M${bracketX0},${bracketY + 8} V${bracketY} H${bracketX1} V${bracketY + 8}`,
    },
    sourceLines,
  }
}
