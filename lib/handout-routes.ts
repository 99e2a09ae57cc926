/** The route of a handout in the built site (hash routing), with Slidev's print mode on. */
export function handoutPath(slug: string): string {
  return `?print#/handout/${slug}`
}
