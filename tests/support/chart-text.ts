/**
 * Every piece of chart text as the browser set it, and what is wrong with where it sits: two pieces
 * that overlap, or a piece outside its chart (or outside the map's frame, which clips). Runs in the page.
 */

export interface ChartTextCheck {
  /** Charts found and visible. */
  readonly charts: number
  /** Pieces of text measured (a line of a text node each). */
  readonly pieces: number
  readonly problems: string[]
}

/** The charts and the map, by their figures. */
export const chartSelector = 'figure.chart, figure.member-map'

/**
 * Run in the page: `page.evaluate(checkChartText, { selector: chartSelector, slidePage: slidevDom.page, minimumSize: 18 })`;
 * `slidePage` null where the slide has no bottom (a reading column), else text must stay on its slide too;
 * every text at `minimumSize` CSS px or more (on a slide, px of the 980 px canvas).
 */
export function checkChartText({ selector, slidePage, minimumSize }: { selector: string, slidePage: string | null, minimumSize: number }): ChartTextCheck {
  const problems: string[] = []
  let charts = 0
  let pieces = 0
  const context = document.createElement('canvas').getContext('2d')!
  for (const chart of document.querySelectorAll<HTMLElement>(selector)) {
    if (!chart.checkVisibility())
      continue
    charts += 1
    const name = (chart.getAttribute('aria-label') ?? chart.className).slice(0, 40)
    // The canvas is scaled as a whole (a transform): a CSS pixel of the chart is this many on screen.
    const scale = chart.getBoundingClientRect().width / chart.offsetWidth
    const found: { node: Text, text: string, left: number, right: number, top: number, bottom: number }[] = []
    const walker = document.createTreeWalker(chart, NodeFilter.SHOW_TEXT)
    while (walker.nextNode()) {
      const node = walker.currentNode as Text
      const text = node.data.trim()
      const element = node.parentElement
      if (!text || !element || element.closest('.visually-hidden, title, desc'))
        continue
      if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        continue
      const size = Number.parseFloat(getComputedStyle(element).fontSize)
      if (size < minimumSize)
        problems.push(`${name}: "${text}" is set at ${size} px, under ${minimumSize}`)
      // A line's ink, measured in its own font: its box holds the font's whole ascent and descent,
      // taller than the letters (and than the line's step where lines are set close).
      context.font = getComputedStyle(element).font
      const range = document.createRange()
      range.selectNodeContents(node)
      for (const box of range.getClientRects()) {
        if (box.width <= 0.5 || box.height <= 0.5)
          continue
        const metrics = context.measureText(text)
        const baseline = box.top + metrics.fontBoundingBoxAscent * scale
        found.push({
          node,
          text,
          left: box.left,
          right: box.right,
          top: baseline - metrics.actualBoundingBoxAscent * scale,
          bottom: baseline + metrics.actualBoundingBoxDescent * scale,
        })
      }
    }
    pieces += found.length
    const slide = slidePage === null
      ? undefined
      : chart.closest(slidePage)?.getBoundingClientRect()
    for (const piece of found) {
      const frame = (piece.node.parentElement!.closest('.map-frame') ?? chart).getBoundingClientRect()
      const outside = (box: DOMRect) => piece.left < box.left - 1 || piece.right > box.right + 1 || piece.top < box.top - 1 || piece.bottom > box.bottom + 1
      if (outside(frame))
        problems.push(`${name}: "${piece.text}" leaves its chart`)
      else if (slide && outside(slide))
        problems.push(`${name}: "${piece.text}" leaves the slide`)
    }
    for (const [index, a] of found.entries()) {
      for (const b of found.slice(index + 1)) {
        if (a.node === b.node)
          continue
        const across = Math.min(a.right, b.right) - Math.max(a.left, b.left)
        const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
        if (across > 1 && down > 1)
          problems.push(`${name}: "${a.text}" overlaps "${b.text}"`)
      }
    }
  }
  return { charts, pieces, problems }
}
