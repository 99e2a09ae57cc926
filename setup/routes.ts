/**
 * Printable pages of the built site, for the PDF export (scripts/export-pdfs.ts):
 * - `#/print?print`: Slidev's print view of every slide. Slidev adds it to a build only when the deck's
 *   `download` is `true`, and then `slidev build` also runs its own, untagged export; our `download`
 *   names the PDF we write instead, so the route is added here.
 * - `#/handout/<slug>`: each `components/handouts/<Name>Handout.vue`, the slug being the name in
 *   kebab case (NoteTakingHandout.vue → `#/handout/note-taking`).
 */
import type { RouteRecordRaw } from 'vue-router'
import { defineRoutesSetup } from '@slidev/types'
import { handoutSlug } from '../lib/handout-routes'

const handouts = import.meta.glob('../components/handouts/*Handout.vue')

export default defineRoutesSetup((routes) => {
  const added: RouteRecordRaw[] = Object.entries(handouts).map(([file, component]) => ({
    name: `handout-${handoutSlug(file)}`,
    path: `/handout/${handoutSlug(file)}`,
    component,
  }))
  if (!routes.some(route => route.name === 'print')) {
    added.push({
      name: 'print',
      path: '/print',
      component: () => import('@slidev/client/pages/print.vue'),
    })
  }
  return [
    ...routes,
    ...added,
  ]
})
