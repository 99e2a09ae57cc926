/**
 * The blacklist chart's layout as data: one square per organization, one circle per ten individuals,
 * a panel per count (side by side when there is room, else one under the other), every text wrapped
 * to the width it is given. BlacklistStats.vue renders what this returns.
 */
import type { BlacklistCount } from '../data/blacklist'
import type { Verification } from '../data/types'
import type { MarkRun } from './lower-bound-marks'
import type { Weight } from './text-box'
import { formatCount, formatCountWithWhat } from './format'
import { lowerBoundMarks, markSlots } from './lower-bound-marks'
import { textWidth, wrapText } from './text-box'

export type SeriesKey = 'organizations' | 'individuals'
export type PanelId = 'essay' | 'later'

/** What one mark stands for, per series: every label of the legend comes from here. */
export const blacklistUnits: Readonly<Record<SeriesKey, { perMark: number, one: string, many: string, shape: 'square' | 'circle' }>> = {
  organizations: {
    perMark: 1,
    one: 'organization',
    many: 'organizations',
    shape: 'square',
  },
  individuals: {
    perMark: 10,
    one: 'individual',
    many: 'individuals',
    shape: 'circle',
  },
}

const seriesKeys = ['organizations', 'individuals'] as const

const verificationWords: Record<Verification, string> = {
  'confirmed': 'confirmed by other sources',
  'partly contradicted': 'partly contradicted by other sources',
  'unverified': 'not independently verified',
}

/** "HRIC's figure, not independently verified" */
export function caveatFor(count: BlacklistCount): string {
  return `${count.whose}, ${verificationWords[count.organizations.verification]}`
}

export interface BlacklistPanelInput {
  readonly id: PanelId
  readonly count: BlacklistCount
  /** Said under the heading: "a later figure from another source". */
  readonly note?: string
  /** "Source: <title> (<date>)", shown in a boxed caveat when the chart has one panel. */
  readonly sourceLine: string
  /** Its parts appear one click each; else it is shown from the start. */
  readonly byClick: boolean
}

/** The chart's text alternative: every count with its qualifier and caveat. */
export function describeBlacklist(panels: readonly BlacklistPanelInput[]): string {
  return [
    'Chart of the SCO\'s shared blacklist.',
    ...panels.map(({ count, note }) => {
      const when = note
        ? `${count.heading}, ${note}`
        : count.heading
      return `${when}: ${formatCountWithWhat(count.organizations)} and ${formatCountWithWhat(count.individuals)}; ${caveatFor(count)}.`
    }),
    'One square per organization, one circle per ten individuals; an open end with a plus sign marks a lower bound.',
  ].join(' ')
}

/** A line of text at its baseline; `size` in viewBox units. */
export interface TextLine {
  readonly text: string
  readonly x: number
  readonly y: number
  readonly size: number
}

export interface SeriesLayout {
  readonly key: SeriesKey
  readonly shape: 'square' | 'circle'
  /** "at least 42", with the start of what it counts on the same line when that fits. */
  readonly count: TextLine & { readonly what: string }
  /** The rest of what it counts, a line each. */
  readonly whatLines: readonly TextLine[]
  readonly whatSize: number
  readonly run: MarkRun
  readonly plusSize: number
}

export interface PanelLayout {
  readonly id: PanelId
  readonly count: BlacklistCount
  readonly note?: string
  readonly byClick: boolean
  readonly caveat: string
  readonly heading: readonly TextLine[]
  readonly noteLines: readonly TextLine[]
  readonly series: readonly SeriesLayout[]
  readonly caveatBox: { readonly x: number, readonly y: number, readonly width: number, readonly height: number } | null
  readonly caveatLines: readonly TextLine[]
  readonly sourceLines: readonly TextLine[]
}

export interface LegendItem {
  readonly key: SeriesKey | 'lower-bound'
  readonly shape: 'square' | 'circle' | 'open-end'
  /** Where the item's marker starts, and its text's baseline. */
  readonly x: number
  readonly y: number
  readonly text: TextLine
}

export interface BlacklistLayout {
  readonly width: number
  readonly height: number
  /** Side by side, or one under the other. */
  readonly arrangement: 'single' | 'side by side' | 'stacked'
  readonly panels: readonly PanelLayout[]
  readonly divider: { readonly x1: number, readonly y1: number, readonly x2: number, readonly y2: number } | null
  readonly legend: readonly LegendItem[]
}

/** Panels go side by side from this width; below it, one under the other. */
export const sideBySideFrom = 700
const gutter = 40

interface Sizes {
  pitch: number
  mark: number
  count: number
  what: number
  caveat: number
  boxed: boolean
}

function sizesFor(arrangement: BlacklistLayout['arrangement'], width: number): Sizes {
  if (arrangement !== 'single') {
    return {
      pitch: 9,
      mark: 7,
      count: 22,
      what: 15,
      caveat: 15,
      boxed: false,
    }
  }
  return width >= 600
    ? {
        pitch: 19.5,
        mark: 15,
        count: 24,
        what: 16,
        caveat: 17,
        boxed: true,
      }
    : {
        pitch: 14,
        mark: 11,
        count: 22,
        what: 15,
        caveat: 16,
        boxed: true,
      }
}

const headingSize = 16
const sourceSize = 14
const legendSize = 15

function lines(text: string, x: number, firstBaseline: number, size: number, lineHeight: number, maxWidth: number, weight: Weight = 'regular'): TextLine[] {
  return wrapText(text, size, maxWidth, weight).map((line, index) => ({
    text: line,
    x,
    y: firstBaseline + index * lineHeight,
    size,
  }))
}

/** Smaller marks may save a row (as the "+" of a lower bound alone on the last one): down to this share of the full size. */
const shrinkTo = 0.85

/** The mark pitch and size for a run of `slots` in `width`: the full size, or a little smaller if that saves a row. */
function gridFor(slots: number, width: number, sizes: Sizes): { pitch: number, mark: number } {
  const ratio = sizes.mark / sizes.pitch
  const columns = Math.max(1, Math.floor((width - sizes.mark) / sizes.pitch) + 1)
  const rows = Math.ceil(slots / columns)
  if (rows > 1) {
    const pitch = Math.floor(width / (Math.ceil(slots / (rows - 1)) - 1 + ratio) * 100) / 100
    if (pitch >= sizes.pitch * shrinkTo)
      return { pitch, mark: pitch * ratio }
  }
  return { pitch: sizes.pitch, mark: sizes.mark }
}

function layoutPanel(input: BlacklistPanelInput, x: number, top: number, width: number, sizes: Sizes): { panel: Omit<PanelLayout, 'caveatBox' | 'caveatLines' | 'sourceLines'>, bottom: number } {
  const heading = lines(input.count.heading, x, top + 18, headingSize, 20, width, 'bold')
  const noteLines = input.note
    ? lines(input.note, x, heading.at(-1)!.y + 20, headingSize, 20, width)
    : []
  let y = (noteLines.at(-1) ?? heading.at(-1)!).y + 12
  const series: SeriesLayout[] = []
  for (const key of seriesKeys) {
    const figure = input.count[key]
    const { perMark, shape } = blacklistUnits[key]
    const countText = formatCount(figure)
    const countY = y + 24
    const inlineFrom = x + textWidth(`${countText} `, sizes.count, 'bold') + 4
    const inline = wrapText(figure.what, sizes.what, x + width - inlineFrom)
    // The first line of "what" goes beside the count only if it is a whole phrase's start that fits.
    const fitsInline = textWidth(inline[0]!.trimEnd(), sizes.what) <= x + width - inlineFrom
    const rest = fitsInline
      ? wrapText(figure.what.slice(inline[0]!.length), sizes.what, width)
      : wrapText(figure.what, sizes.what, width)
    const whatLines = rest.filter(line => line !== '').map((line, index) => ({
      text: line,
      x,
      y: countY + 20 * (index + 1),
      size: sizes.what,
    }))
    const marksTop = (whatLines.at(-1)?.y ?? countY) + 12
    const { pitch, mark } = gridFor(markSlots(figure, perMark), width, sizes)
    const run = lowerBoundMarks(figure, perMark, {
      x,
      y: marksTop + mark / 2,
      columns: Math.max(1, Math.floor((width - mark) / pitch + 1e-9) + 1),
      pitch,
      size: mark,
      align: 'start',
      grow: 'down',
    })
    series.push({
      key,
      shape,
      count: {
        text: countText,
        x,
        y: countY,
        size: sizes.count,
        what: fitsInline
          ? inline[0]!.trimEnd()
          : '',
      },
      whatLines,
      whatSize: sizes.what,
      run,
      plusSize: Math.max(16, pitch * 1.4),
    })
    y = marksTop + run.rows * pitch + 14
  }
  return {
    panel: {
      id: input.id,
      count: input.count,
      note: input.note,
      byClick: input.byClick,
      caveat: caveatFor(input.count),
      heading,
      noteLines,
      series,
    },
    bottom: y,
  }
}

/** The caveat under a panel, from `y`: boxed with the source line under it, or the caveat alone. */
function layoutCaveat(input: BlacklistPanelInput, x: number, y: number, width: number, sizes: Sizes) {
  if (!sizes.boxed) {
    const caveatLines = lines(caveatFor(input.count), x, y + 16, sizes.caveat, 19, width, 'bold')
    return {
      caveatBox: null,
      caveatLines,
      sourceLines: [],
      bottom: caveatLines.at(-1)!.y + 6,
    }
  }
  const inner = width - 28
  const caveatLines = lines(caveatFor(input.count), x + 14, y + 22, sizes.caveat, 20, inner, 'bold')
  const sourceLines = lines(input.sourceLine, x + 14, caveatLines.at(-1)!.y + 21, sourceSize, 17, inner)
  const bottom = sourceLines.at(-1)!.y + 11
  return {
    caveatBox: { x, y, width, height: bottom - y },
    caveatLines,
    sourceLines,
    bottom,
  }
}

function layoutLegend(top: number, width: number): { items: LegendItem[], bottom: number } {
  const entries = [
    ...seriesKeys.map((key) => {
      const { perMark, one, many, shape } = blacklistUnits[key]
      return {
        key,
        shape,
        marker: 18,
        text: `= ${perMark} ${perMark === 1
          ? one
          : many}`,
      }
    }),
    {
      key: 'lower-bound' as const,
      shape: 'open-end' as const,
      marker: 46,
      text: '= the count may be higher',
    },
  ]
  const items: LegendItem[] = []
  let x = 0
  let y = top
  for (const entry of entries) {
    const itemWidth = entry.marker + textWidth(entry.text, legendSize)
    if (x > 0 && x + itemWidth > width) {
      x = 0
      y += 24
    }
    items.push({
      key: entry.key,
      shape: entry.shape,
      x,
      y,
      text: {
        text: entry.text,
        x: x + entry.marker,
        y,
        size: legendSize,
      },
    })
    x += itemWidth + 40
  }
  return { items, bottom: y + 6 }
}

/**
 * Lays the chart out `width` units wide (the SVG's viewBox then is `width` × height, drawn 1:1 at that
 * many pixels, so every text's size is its size on screen). One input: the essay's count alone;
 * two: the essay's and a later one.
 */
export function layoutBlacklist(inputs: readonly BlacklistPanelInput[], width: number): BlacklistLayout {
  if (inputs.length < 1 || inputs.length > 2)
    throw new RangeError(`The blacklist chart draws one or two counts, got ${inputs.length}`)
  const arrangement = inputs.length === 1
    ? 'single'
    : width >= sideBySideFrom
      ? 'side by side'
      : 'stacked'
  const sizes = sizesFor(arrangement, width)
  const panels: PanelLayout[] = []
  let divider: BlacklistLayout['divider'] = null
  let bottom: number

  if (arrangement === 'side by side') {
    const panelWidth = (width - gutter) / 2
    const laid = inputs.map((input, index) => layoutPanel(input, index * (panelWidth + gutter), 0, panelWidth, sizes))
    const caveatY = Math.max(...laid.map(item => item.bottom)) + 6
    const caveats = inputs.map((input, index) => layoutCaveat(input, index * (panelWidth + gutter), caveatY, panelWidth, sizes))
    laid.forEach((item, index) => panels.push({
      ...item.panel,
      ...caveats[index]!,
    }))
    bottom = Math.max(...caveats.map(caveat => caveat.bottom))
    divider = {
      x1: width / 2,
      x2: width / 2,
      y1: 4,
      y2: bottom + 14,
    }
  }
  else {
    let top = 0
    bottom = 0
    for (const [index, input] of inputs.entries()) {
      if (index > 0) {
        divider = {
          x1: 0,
          x2: width,
          y1: bottom + 14,
          y2: bottom + 14,
        }
        top = bottom + 22
      }
      const laid = layoutPanel(input, 0, top, width, sizes)
      const caveat = layoutCaveat(input, 0, laid.bottom + 6, width, sizes)
      panels.push({
        ...laid.panel,
        ...caveat,
      })
      bottom = caveat.bottom
    }
  }
  const legend = layoutLegend(bottom + 34, width)
  return {
    width,
    height: legend.bottom,
    arrangement,
    panels,
    divider,
    legend: legend.items,
  }
}
