/**
 * Routes beside the slides. Every printed page lives at `#/handout/<slug>`, outside the slide canvas;
 * the slides' print view at `#/print`; the reading view (the whole lesson as one page, captured to
 * read.html by scripts/reading-view.ts) at `#/read`. All load only when opened, so the first slide carries none of them.
 */
import type { RouteRecordRaw } from 'vue-router'
import { defineRoutesSetup } from '@slidev/types'

/**
 * Students' and teacher's materials (data/materials.ts), and any page registered in
 * components/handouts/pages.ts: one dynamic route that looks the slug up there. A static route
 * such as `/handout/notes` added below outranks it, so either way of adding a handout works.
 */
const handoutRoute: RouteRecordRaw = {
  name: 'handout',
  path: '/handout/:slug',
  component: () => import('../components/handouts/HandoutView.vue'),
}

/** The handouts made of the slides themselves (scripts/export-pdfs.ts prints them with the materials). */
const slideHandouts: RouteRecordRaw[] = [
  {
    name: 'handout-notes',
    path: '/handout/notes',
    component: () => import('../components/handouts/NotesHandout.vue'),
  },
  {
    name: 'handout-note-taking',
    path: '/handout/note-taking',
    component: () => import('../components/handouts/NoteTakingHandout.vue'),
  },
]

/**
 * Slidev's print view of every slide, with the PDF outline by part (PrintView.vue). Slidev adds its own
 * to a build only when the deck's `download` is `true`, and then `slidev build` also runs its own,
 * untagged export; our `download` names the PDF scripts/export-pdfs.ts writes instead.
 */
const printRoute: RouteRecordRaw = {
  name: 'print',
  path: '/print',
  component: () => import('../components/PrintView.vue'),
}

const readingRoute: RouteRecordRaw = {
  name: 'read',
  path: '/read',
  component: () => import('../components/ReadingView.vue'),
}

export default defineRoutesSetup(routes => [
  ...routes.filter(route => route.name !== 'print'),
  printRoute,
  readingRoute,
  ...slideHandouts,
  handoutRoute,
])
