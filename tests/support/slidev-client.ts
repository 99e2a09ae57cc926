/**
 * The unit tests' one stand-in for `@slidev/client`, which cannot load outside a running deck:
 * vitest.config.ts points the module's name here. Written against @slidev/client 53.x: it exports
 * what the deck's components import from it (`useNav`, `useSlideContext`, `onSlideLeave`, `configs`),
 * with only the fields they read, under Slidev's names and shapes. tests/unit/slidev-shim.test.ts
 * fails when the real module stops exporting one of these names.
 *
 * A test sets the deck's state through `slidev` before it mounts; tests/support/unit-setup.ts puts
 * it back to a deck at rest (slide 1 of none, no print, no clicks) before every test.
 */
import type { ClicksContext } from '@slidev/types'
import { computed, ref, shallowRef } from 'vue'

/** The deck as the components see it; every test starts from `atRest`. */
export const slidev = {
  isPrintMode: ref(false),
  isPrintWithClicks: ref(false),
  /** 'slide', 'overview', 'presenter', 'print', … */
  renderContext: ref('slide'),
  /** The slide's clicks, when a test builds them with Slidev's own createClicksContextBase. */
  clicks: null as ClicksContext | null,
  frontmatter: {} as Record<string, unknown>,
  slides: shallowRef<readonly { no: number, meta: Record<string, unknown> }[]>([]),
  slideNo: ref(1),
  /** The callbacks components gave `onSlideLeave`, in order. */
  leaveSlide: [] as (() => void)[],
}

/** Puts the deck back at rest. */
export function resetSlidev(): void {
  slidev.isPrintMode.value = false
  slidev.isPrintWithClicks.value = false
  slidev.renderContext.value = 'slide'
  slidev.clicks = null
  slidev.frontmatter = {}
  slidev.slides.value = []
  slidev.slideNo.value = 1
  slidev.leaveSlide.length = 0
}

export const configs = { title: 'The Dubious Agenda of the SCO' }

export function useNav() {
  return {
    slides: slidev.slides,
    isPrintMode: slidev.isPrintMode,
    isPrintWithClicks: slidev.isPrintWithClicks,
    currentSlideNo: computed(() => slidev.slideNo.value),
    currentSlideRoute: computed(() => slidev.slides.value[slidev.slideNo.value - 1]),
    total: computed(() => slidev.slides.value.length),
  }
}

export function useSlideContext() {
  return {
    $renderContext: slidev.renderContext,
    $clicksContext: slidev.clicks,
    $frontmatter: slidev.frontmatter,
  }
}

export function onSlideLeave(callback: () => void): void {
  slidev.leaveSlide.push(callback)
}
