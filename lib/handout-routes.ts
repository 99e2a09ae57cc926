/** `../components/handouts/NoteTakingHandout.vue` → `note-taking`: the route `#/handout/<slug>` of a handout component. */
export function handoutSlug(file: string): string {
  const name = file.split('/').pop()!.replace(/Handout\.vue$/, '')
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()
}

/** `note-taking` → `NoteTakingHandout.vue`: the component in components/handouts/ that a slug's route shows. */
export function handoutComponentFile(slug: string): string {
  return `${slug.split('-').map(word => word.charAt(0).toUpperCase() + word.slice(1)).join('')}Handout.vue`
}

/** The route of a handout in the built site (hash routing), with Slidev's print mode on. */
export function handoutPath(slug: string): string {
  return `?print#/handout/${slug}`
}
