/**
 * Heading levels for print: Chromium builds a PDF's outline from the headings of the page, so a slide
 * drawn inside a printed page must not bring its own h1 along unchanged. Slidev mounts each slide's
 * component on its own, after whatever contains it, so the headings are re-levelled as they appear.
 */

/** What to do with a slide's heading of level `level`: a new level, or 'none' for no heading at all. */
export type Relevel = (level: number) => number | 'none'

/** Applies `relevel` to every h1–h6 in `root` now and whenever more appear; returns a stop function. */
export function relevelHeadings(root: Element, relevel: Relevel, keep: (heading: Element) => boolean = () => false): () => void {
  const apply = () => {
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
  apply()
  const observer = new MutationObserver(apply)
  observer.observe(root, { childList: true, subtree: true })
  return () => observer.disconnect()
}
