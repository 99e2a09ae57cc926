/**
 * What every printed page carries besides its content: a running header (the lesson, then the
 * document), the date of the version and "Page x of y" (on the slides, "Slide x of y"), as CSS page
 * margin boxes. Chromium draws them in the page's margins on every page; the export marks them as
 * artifacts (scripts/export-tagging.ts), so they stay out of the PDF's tags, as running furniture should.
 * Being CSS in the page, a teacher's own "Print" from the browser gets them too.
 */

export interface PageFurniture {
  /** Top left: the lesson's name. */
  readonly lesson: string
  /** Top right: the document ("Reading guide · For students"). */
  readonly document: string
  /** Bottom left: the version's date, as a reader should read it ("Last changed 7 December 2026"). */
  readonly dated: string
  /** What a page is called in "… x of y": a handout's page, or a slide of the slides PDF. */
  readonly counting: 'Page' | 'Slide'
}

/** `text` as a CSS string (double-quoted, its quotes and backslashes escaped, no line breaks). */
export function cssString(text: string): string {
  return `"${text.replace(/\s+/g, ' ').replace(/[\\"]/g, character => `\\${character}`)}"`
}

/** The line that dates a printed version: the commit's (or SOURCE_DATE_EPOCH's) day, said as the day of its last change. */
export function versionLine(day: string): string {
  return `Last changed ${day}`
}

/** Where the margin boxes sit: `inset` from the page's side edges, `gap` from the content. */
export interface FurnitureSpacing {
  readonly inset: string
  readonly gap: string
}

/**
 * The margin boxes of `@page` for `furniture`, in 9 pt regular type (the smallest any printed page sets;
 * regular, the one weight every page has loaded, so that no fallback font is printed):
 * on an A4 page, 3 mm from the content; on the slides (no side margins) pass a `spacing` of their own.
 */
export function pageFurnitureRules(furniture: PageFurniture, spacing: FurnitureSpacing = { inset: '0', gap: '3mm' }): string {
  const box = `font-family: 'Source Sans 3', sans-serif; font-size: 9pt; color: #4a5763;`
  const top = `${box} vertical-align: bottom; padding-bottom: ${spacing.gap};`
  const bottom = `${box} vertical-align: top; padding-top: ${spacing.gap};`
  return [
    `@top-left { content: ${cssString(furniture.lesson)}; ${top} padding-left: ${spacing.inset}; }`,
    `@top-right { content: ${cssString(furniture.document)}; ${top} padding-right: ${spacing.inset}; color: #1d4e89; }`,
    `@bottom-left { content: ${cssString(furniture.dated)}; ${bottom} padding-left: ${spacing.inset}; }`,
    `@bottom-right { content: ${cssString(`${furniture.counting} `)} counter(page) " of " counter(pages); ${bottom} padding-right: ${spacing.inset}; }`,
  ].join('\n')
}
