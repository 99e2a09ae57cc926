/** The route of a handout in the built site (hash routing), with Slidev's print mode on. */
export function handoutPath(slug: string): string {
  return `?print#/handout/${slug}`
}

/**
 * A link to a handout's page: within the deck, its route; from the reading view (read.html, beside the
 * deck's index.html), the deck's page at that route.
 */
export function handoutHref(slug: string, fromReadingView: boolean): string {
  return `${fromReadingView ? 'index.html' : ''}#/handout/${slug}`
}
