/**
 * What a projected slide looks like from the back of the room, measured in the page (`page.evaluate`):
 * its text sizes on the 980 px canvas and where its content ends. Sizes are given in canvas pixels, so the
 * same limits hold at any screen size (at 1920 × 1080 the canvas is drawn about twice as large).
 */

export interface ProjectedTypeLimits {
  /** The smallest size for body text, in canvas px. */
  body: number
  /** The smallest size for the small print (kickers, source lines, citations, captions), in canvas px. */
  small: number
  /** Elements whose text is small print, as one CSS selector. */
  smallPrint: string
}

export interface ProjectedType {
  /** Each line of HTML text set below its limit, as "17.6 px (small print, 18 px): text". */
  tooSmall: string[]
  /** Where the slide's content ends, as a fraction of the canvas's height (0 top, 1 bottom); the source line aside. */
  contentEnd: number
}

/**
 * Runs in the page on a slide's page element (the canvas's size). Text inside SVG (the charts' and the map's own labels) and
 * visually hidden text are left out; the slide's source line (`.slide-source`) counts for size but not for
 * where the content ends, since it sits at the foot of every slide that has one.
 */
export function measureProjectedType(root: Element, limits: ProjectedTypeLimits): ProjectedType {
  const page = root as HTMLElement
  const canvasBox = page.getBoundingClientRect()
  const scale = canvasBox.width / page.offsetWidth
  const tooSmall: string[] = []
  let bottom = canvasBox.top

  const hidden = (element: Element): boolean => {
    for (let node: Element | null = element; node && node !== root.parentElement; node = node.parentElement) {
      const style = getComputedStyle(node)
      if (style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)' || node.classList.contains('visually-hidden'))
        return true
    }
    return !element.checkVisibility({ opacityProperty: false, visibilityProperty: true })
  }

  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  while (walker.nextNode()) {
    const node = walker.currentNode
    const element = node.parentElement
    const text = node.textContent?.replace(/\s+/g, ' ').trim()
    if (!element || !text || hidden(element))
      continue
    const range = document.createRange()
    range.selectNodeContents(node)
    const box = range.getBoundingClientRect()
    if (box.width < 1 || box.height < 1)
      continue
    if (!element.closest('.slide-source'))
      bottom = Math.max(bottom, box.bottom)
    if (element.closest('svg'))
      continue
    const size = Number.parseFloat(getComputedStyle(element).fontSize)
    const small = element.closest(limits.smallPrint) !== null
    const limit = small
      ? limits.small
      : limits.body
    if (size < limit - 0.05)
      tooSmall.push(`${size.toFixed(1)} px (${small ? 'small print' : 'body'}, ${limit} px): ${text.slice(0, 50)}`)
  }
  // Charts, pictures and boxes end where they are drawn, below their last line of text.
  for (const element of root.querySelectorAll('svg, img, canvas, .callout, .party, table')) {
    if (hidden(element) || element.closest('.visually-hidden, .slide-source'))
      continue
    const box = element.getBoundingClientRect()
    if (box.width > 1 && box.height > 1)
      bottom = Math.max(bottom, box.bottom)
  }
  return { tooSmall, contentEnd: (bottom - canvasBox.top) / scale / page.offsetHeight }
}

/**
 * Runs in the page on a slide's page element: where its title (the first h1) starts, in canvas px from the
 * slide's top left corner, and the class of its layout; null when the slide has no title.
 */
export function titlePosition(root: Element): { top: number, left: number, layout: string } | null {
  const page = root as HTMLElement
  const title = page.querySelector('h1')
  if (!title)
    return null
  const box = page.getBoundingClientRect()
  const scale = box.width / page.offsetWidth
  const range = document.createRange()
  range.selectNodeContents(title)
  const text = range.getBoundingClientRect()
  return {
    top: Math.round((title.getBoundingClientRect().top - box.top) / scale),
    left: Math.round((text.left - box.left) / scale),
    layout: [
      ...(page.querySelector('.slidev-layout')?.classList ?? []),
    ].join(' '),
  }
}
