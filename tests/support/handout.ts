import type { Component } from 'vue'
import { mount } from '@vue/test-utils'
import { h } from 'vue'
import HandoutPage from '../../components/handouts/HandoutPage.vue'
import { handoutPages } from '../../components/handouts/pages'
import { slideRoutes } from './deck'
import { slidev } from './slidev-client'

/** The handout at `#/handout/<slug>` as the route renders it: its registered page inside its frame, in the deck of slides.md. */
export async function renderHandout(slug: string) {
  slidev.slides.value = await slideRoutes()
  const module = await handoutPages[slug]!() as { default?: Component }
  const page = module.default ?? module as Component
  return mount(HandoutPage, {
    props: { slug },
    slots: {
      default: () => h(page),
    },
  })
}
