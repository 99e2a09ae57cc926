/**
 * The blacklist chart's marks as data: one square per organization, one circle per ten individuals,
 * each count's run laid out in rows for the width its column measures. Every text of the chart
 * (headings, counts, caveats, legend) is HTML that the browser sets around these runs; this module
 * words the chart's text alternative. BlacklistStats.vue renders what it returns.
 */
import type { BlacklistCount } from '../data/blacklist'
import type { Verification } from '../data/types'
import type { MarkRun } from './lower-bound-marks'
import { formatCountWithWhat } from './format'
import { lowerBoundMarks, markSlots } from './lower-bound-marks'

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

export const seriesKeys = ['organizations', 'individuals'] as const

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
    'Chart of the SCO’s shared blacklist.',
    ...panels.map(({ count, note }) => {
      const when = note
        ? `${count.heading}, ${note}`
        : count.heading
      return `${when}: ${formatCountWithWhat(count.organizations)} and ${formatCountWithWhat(count.individuals)}; ${caveatFor(count)}.`
    }),
    'One square per organization, one circle per ten individuals; an open end with a plus sign marks a lower bound.',
  ].join(' ')
}

/** From one mark's centre to the next, and a mark's size, in px. */
export interface MarkSize {
  readonly pitch: number
  readonly mark: number
}

/**
 * The marks' size: large for the essay's count alone in a slide-wide column, smaller in a phone's,
 * small when two counts share the chart (hundreds of marks each).
 */
export function markSizeFor(panels: number, width: number): MarkSize {
  if (panels > 1)
    return { pitch: 9, mark: 7 }
  return width >= 600
    ? { pitch: 19.5, mark: 15 }
    : { pitch: 14, mark: 11 }
}

/** Smaller marks may save a row (as the "+" of a lower bound alone on the last one): down to this share of the full size. */
const shrinkTo = 0.85

/** The mark pitch and size for a run of `slots` in `width`: the full size, or a little smaller if that saves a row. */
function gridFor(slots: number, width: number, size: MarkSize): MarkSize {
  const ratio = size.mark / size.pitch
  const columns = Math.max(1, Math.floor((width - size.mark) / size.pitch) + 1)
  const rows = Math.ceil(slots / columns)
  if (rows > 1) {
    const pitch = Math.floor(width / (Math.ceil(slots / (rows - 1)) - 1 + ratio) * 100) / 100
    if (pitch >= size.pitch * shrinkTo)
      return { pitch, mark: pitch * ratio }
  }
  return size
}

export interface SeriesMarks {
  readonly shape: 'square' | 'circle'
  readonly run: MarkRun
  /** The run's drawing, `width` × `height` px (drawn 1:1). */
  readonly width: number
  readonly height: number
}

/** One count's run of marks in rows, `width` px wide, from the top left. */
export function layoutSeries(count: BlacklistCount, key: SeriesKey, width: number, size: MarkSize): SeriesMarks {
  const figure = count[key]
  const { perMark, shape } = blacklistUnits[key]
  const { pitch, mark } = gridFor(markSlots(figure, perMark), width, size)
  const run = lowerBoundMarks(figure, perMark, {
    x: 0,
    y: mark / 2,
    columns: Math.max(1, Math.floor((width - mark) / pitch + 1e-9) + 1),
    pitch,
    size: mark,
    align: 'start',
    grow: 'down',
  })
  return {
    shape,
    run,
    width,
    height: (run.rows - 1) * pitch + mark,
  }
}
