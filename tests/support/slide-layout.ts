/** Measurements of a slide on screen, made in the page (`page.evaluate`): they take Slidev's names as arguments. */
import type { slidevDom } from './slidev-dom'

/** The part of `slidevDom` the page functions use. */
export type SlidevNames = Pick<typeof slidevDom, 'canvas' | 'slideNoAttribute' | 'clickClassPrefix'>

export interface SlideLayout {
  /** Level and text of each visible heading, in document order. */
  headings: { level: number, text: string }[]
  /** Visible elements reaching beyond the slide canvas. */
  outside: string[]
  /** Visible boxes that cut off part of their own content. */
  clipping: string[]
}

/**
 * Runs in the page. Every visible element of slide `no` must lie inside the canvas (`dom.canvas`),
 * where what an inner box clips away does not count; a box that clips its own text is reported too.
 * Visually hidden elements (1 px and clipped, for screen readers) are left out.
 */
export function inspectLayout({ no, dom }: { no: number, dom: SlidevNames }): SlideLayout {
  const canvasElement = document.querySelector<HTMLElement>(dom.canvas)!
  const slide = canvasElement.querySelector<HTMLElement>(`[${dom.slideNoAttribute}="${no}"]`)!
  const canvas = canvasElement.getBoundingClientRect()
  const scale = canvas.width / canvasElement.offsetWidth
  const tolerance = 1

  const describe = (element: Element): string => {
    const classes = [...element.classList].filter(name => !name.startsWith(dom.clickClassPrefix)).slice(0, 3)
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50)
    return `<${element.tagName.toLowerCase()}${element.id
      ? `#${element.id}`
      : ''}${classes.map(name => `.${name}`).join('')}>${text
      ? ` "${text}"`
      : ''}`
  }
  const isVisuallyHidden = (element: Element): boolean => {
    for (let node: Element | null = element; node && node !== slide; node = node.parentElement) {
      const style = getComputedStyle(node)
      const box = node.getBoundingClientRect()
      if (style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)')
        return true
      if (box.width <= 1 && box.height <= 1 && style.overflow !== 'visible')
        return true
    }
    return false
  }
  const clips = (style: CSSStyleDeclaration): boolean => style.overflowX !== 'visible' || style.overflowY !== 'visible'
  const coversCanvas = (box: DOMRect): boolean =>
    box.left <= canvas.left + tolerance && box.top <= canvas.top + tolerance
    && box.right >= canvas.right - tolerance && box.bottom >= canvas.bottom - tolerance

  const headings: SlideLayout['headings'] = []
  const outside: string[] = []
  const clipping: string[] = []
  for (const element of slide.querySelectorAll('*')) {
    if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) || isVisuallyHidden(element))
      continue
    const heading = /^h([1-6])$/i.exec(element.tagName)?.[1] ?? element.getAttribute('aria-level')
    if (heading && (/^h[1-6]$/i.test(element.tagName) || element.getAttribute('role') === 'heading')) {
      headings.push({
        level: Number(heading),
        text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
      })
    }

    let { left, top, right, bottom } = element.getBoundingClientRect()
    if (right - left <= 0 || bottom - top <= 0)
      continue
    // What a box smaller than the canvas clips away is not drawn: keep only the part it shows.
    for (let ancestor = element.parentElement; ancestor && ancestor !== canvasElement; ancestor = ancestor.parentElement) {
      const box = ancestor.getBoundingClientRect()
      if (!clips(getComputedStyle(ancestor)) || coversCanvas(box))
        continue
      left = Math.max(left, box.left)
      top = Math.max(top, box.top)
      right = Math.min(right, box.right)
      bottom = Math.min(bottom, box.bottom)
    }
    if (right - left <= 0 || bottom - top <= 0)
      continue
    const beyond = {
      left: canvas.left - left,
      top: canvas.top - top,
      right: right - canvas.right,
      bottom: bottom - canvas.bottom,
    }
    const sides = Object.entries(beyond)
      .filter(([, amount]) => amount > tolerance)
      .map(([side, amount]) => `${Math.round(amount / scale)} px past the ${side} edge`)
    if (sides.length > 0)
      outside.push(`${describe(element)}: ${sides.join(', ')}`)

    const style = getComputedStyle(element)
    if (element instanceof HTMLElement && clips(style) && (element.textContent ?? '').trim()) {
      const hiddenWidth = element.scrollWidth - element.clientWidth
      const hiddenHeight = element.scrollHeight - element.clientHeight
      const cut = [
        hiddenWidth > tolerance
          ? `${hiddenWidth} px of its content's width`
          : '',
        hiddenHeight > tolerance
          ? `${hiddenHeight} px of its content's height`
          : '',
      ].filter(Boolean)
      if (cut.length > 0)
        clipping.push(`${describe(element)}: cuts off ${cut.join(' and ')} (overflow: ${style.overflow})`)
    }
  }
  return { headings, outside, clipping }
}
