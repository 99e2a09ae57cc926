/** `../components/handouts/NoteTakingHandout.vue` → `note-taking`: the route `#/handout/<slug>` of a handout component. */
export function handoutSlug(file: string): string {
  const name = file.split('/').pop()!.replace(/Handout\.vue$/, '')
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()
}

/** The route of a handout in the built site (hash routing), with Slidev's print mode on. */
export function handoutPath(slug: string): string {
  return `?print#/handout/${slug}`
}
