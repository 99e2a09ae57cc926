/**
 * Runs in the page (scripts/reading-view.ts hands it to Playwright, so it imports nothing): the reading
 * view (#/read) as static markup that needs no script, and the page's stylesheets.
 */
export function capture(): { title: string, body: string, sheets: string[] } {
  const view = document.querySelector('.reading-view')!.cloneNode(true) as HTMLElement
  // What does nothing without the deck's script (the map's year buttons), or belongs to print alone.
  for (const element of view.querySelectorAll('button, .in-print, .member-map .details'))
    element.remove()
  for (const focusable of view.querySelectorAll('svg [tabindex]'))
    focusable.removeAttribute('tabindex')
  // Slidev's state of each slide and its clicks: every click is shown, for good.
  for (const element of view.querySelectorAll('[frontmatter], [data-slidev-no], [data-slidev-clicks-start], [class*="slidev-vclick"]')) {
    for (const name of [
      'frontmatter',
      'data-slidev-no',
      'data-slidev-clicks-start',
      'data-slidev-clicks-end',
    ])
      element.removeAttribute(name)
    element.classList.remove(...[...element.classList].filter(name => name.startsWith('slidev-vclick')))
  }
  // A title that is the section's heading goes; the slides' headings take the level lib/reading-view.ts gave them.
  view.querySelectorAll('h1[data-print-level="none"]').forEach(heading => heading.remove())
  for (const heading of view.querySelectorAll('[data-print-level]')) {
    const relevelled = document.createElement(`h${heading.getAttribute('aria-level')}`)
    for (const { name, value } of heading.attributes)
      relevelled.setAttribute(name, value)
    relevelled.removeAttribute('aria-level')
    relevelled.removeAttribute('data-print-level')
    relevelled.append(...heading.childNodes)
    heading.replaceWith(relevelled)
  }
  // The cover's link to read.html, in read.html itself.
  for (const link of view.querySelectorAll('.rv-slide-body a[href$="read.html"]'))
    (link.closest('p') ?? link).remove()
  return {
    title: document.title,
    body: view.outerHTML.replace(/<!--[\s\S]*?-->/g, ''),
    // The page's stylesheets as written (the CSSOM loses a shorthand that reads a custom property): files by address, the rest as text.
    sheets: [...document.styleSheets].map(sheet => sheet.href ?? sheet.ownerNode?.textContent ?? ''),
  }
}
