/**
 * Heading levels for print: Chromium builds a PDF's outline from the headings of the page, so a slide
 * drawn inside a printed page must not bring its own h1 along unchanged. Slidev mounts each slide's
 * component on its own, after whatever contains it, so the headings are re-levelled as they appear.
 */

/** What to do with a slide's heading of level `level`: a new level, or 'none' for no heading at all. */
export type Relevel = (level: number) => number | 'none'

/** Applies `relevel` to every h1–h6 in `root` not done yet (nor kept as it is). */
function relevelOnce(root: Element, relevel: Relevel, keep: (heading: Element) => boolean = () => false): void {
  for (const heading of root.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    if (heading.hasAttribute('data-print-level') || keep(heading))
      continue
    const level = relevel(Number(heading.tagName.slice(1)))
    heading.setAttribute('data-print-level', String(level))
    if (level === 'none')
      heading.setAttribute('role', 'none')
    else
      heading.setAttribute('aria-level', String(level))
  }
}

/** Applies `relevel` to every h1–h6 in `root` now and whenever more appear; returns a stop function. */
export function relevelHeadings(root: Element, relevel: Relevel, keep: (heading: Element) => boolean = () => false): () => void {
  const apply = () => relevelOnce(root, relevel, keep)
  apply()
  const observer = new MutationObserver(apply)
  observer.observe(root, { childList: true, subtree: true })
  return () => observer.disconnect()
}

/** Marks a slide of the print view whose outline headings are in place (the export waits for every slide's). */
export const outlinedAttribute = 'data-print-outlined'

/**
 * The PDF outline of the slides' print view, by part of the lesson: before the first slide of each part
 * (`parts[no - 1]`, the part of slide `no`; null: the cover), that part's heading at level 1; every heading
 * of a part's slide one level lower, so that a slide's title nests under its part. Keeps doing so as the
 * slides mount (each loads on its own); returns a stop function.
 */
export function outlineByPart(root: Element, parts: readonly (string | null)[]): () => void {
  const isPartHeading = (heading: Element) => heading.classList.contains('outline-only')
  const apply = () => {
    for (const slide of root.querySelectorAll('[data-slidev-no]')) {
      const no = Number(slide.getAttribute('data-slidev-no'))
      const part = parts[no - 1] ?? null
      if (!slide.hasAttribute(outlinedAttribute)) {
        slide.setAttribute(outlinedAttribute, '')
        if (part && part !== parts[no - 2]) {
          const heading = slide.ownerDocument.createElement('h1')
          heading.className = 'outline-only'
          heading.textContent = part
          slide.prepend(heading)
        }
      }
      // The cover (no part) keeps its title at level 1: it is the deck's own.
      if (part)
        relevelOnce(slide, level => Math.min(6, level + 1), isPartHeading)
    }
  }
  apply()
  const observer = new MutationObserver(apply)
  observer.observe(root, { childList: true, subtree: true })
  return () => observer.disconnect()
}
