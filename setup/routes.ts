/**
 * Printable pages of the built site, for the PDF export (scripts/export-pdfs.ts):
 * - `#/print?print`: Slidev's print view of every slide, with the PDF outline by part (PrintView.vue).
 *   Slidev adds its own to a build only when the deck's `download` is `true`, and then `slidev build`
 *   also runs its own, untagged export; our `download` names the PDF we write instead.
 * - `#/handout/<slug>`: each `components/handouts/<Name>Handout.vue`, the slug being the name in
 *   kebab case (NoteTakingHandout.vue → `#/handout/note-taking`); see HandoutRoute.vue.
 * Both load only when opened, so the deck's first slide carries none of them.
 */
import { defineRoutesSetup } from '@slidev/types'

export default defineRoutesSetup(routes => [
  ...routes.filter(route => route.name !== 'print'),
  {
    name: 'print',
    path: '/print',
    component: () => import('../components/PrintView.vue'),
  },
  {
    name: 'handout',
    path: '/handout/:slug',
    component: () => import('../components/handouts/HandoutRoute.vue'),
  },
])
