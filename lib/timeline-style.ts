/**
 * Where the extradition timeline's texts go, authored per drawing as the map's names are
 * (lib/map-style.ts): a slide-wide one and a phone's column. Offsets are px from a return's point on
 * the axis; the browser sets the text there, and a browser test (tests/e2e/chart-text.spec.ts) fails
 * if any two texts overlap or leave the chart.
 */

/** A label's bottom edge `dy` px above the axis, its start (or end) `dx` px right of the return's date. */
export interface LabelPlacement {
  readonly anchor: 'start' | 'end'
  readonly dx: number
  readonly dy: number
  /** Lines wrap at this width (px); none: the label's lines are as long as they are. */
  readonly maxWidth?: number
  /** A line from the label down to its circles, for a label set above them. */
  readonly leader?: boolean
}

export interface TimelineStyle {
  /** px from the top of the drawing to the axis: room for the tallest stack and every label. */
  readonly headroom: number
  /** Where the summit's band starts, under its name at the top of the drawing. */
  readonly bandTop: number
  /** The summit's name centred over its band, or ending where the band ends. */
  readonly contextName: 'middle' | 'end'
  /** Under the axis, which row the year and the summit's dates take (the returns' dates take the first). */
  readonly yearRow: number
  readonly contextDatesRow: number
  /** By the return's date (YYYY-MM-DD). */
  readonly labels: Readonly<Record<string, LabelPlacement>>
}

export type TimelineDrawing = 'slide' | 'phone'

export const timelineStyles: Readonly<Record<TimelineDrawing, TimelineStyle>> = {
  // Each label beside its circles: Israil's to the right of his, the Uzbeks' to the left of theirs.
  slide: {
    headroom: 160,
    bandTop: 30,
    contextName: 'middle',
    yearRow: 0,
    contextDatesRow: 0,
    labels: {
      '2011-05-30': { anchor: 'start', dx: 14, dy: 2 },
      '2011-06-09': { anchor: 'end', dx: -40, dy: 54 },
    },
  },
  // In a phone's column both labels stand above the line, the Uzbeks' over Israil's, his with a leader
  // line down to his circle; the summit's name ends where its band does.
  phone: {
    headroom: 290,
    bandTop: 30,
    contextName: 'end',
    yearRow: 1,
    contextDatesRow: 0,
    labels: {
      '2011-05-30': {
        anchor: 'start',
        dx: -6,
        dy: 48,
        maxWidth: 118,
        leader: true,
      },
      '2011-06-09': {
        anchor: 'start',
        dx: -154,
        dy: 154,
        maxWidth: 215,
      },
    },
  },
}

/** The slide's drawing from this width (px) up: below it, Israil's label would run into the Uzbeks' circles. */
export const slideTimelineFrom = 760

export function timelineDrawingFor(width: number): TimelineDrawing {
  return width >= slideTimelineFrom
    ? 'slide'
    : 'phone'
}
