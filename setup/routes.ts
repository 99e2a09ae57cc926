/**
 * Routes beside the slides. Every printed page lives at `#/handout/<slug>`, outside the slide canvas.
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

export default defineRoutesSetup(routes => [
  ...routes,
  handoutRoute,
])
