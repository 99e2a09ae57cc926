/**
 * Types for the part of `@slidev/client` the deck's components use. tsconfig `paths` points the
 * type checker here, so `vue-tsc` does not check Slidev's own TypeScript sources (shipped as .ts,
 * written without noUncheckedIndexedAccess, relying on build-time globals). Vite and Vitest ignore
 * `paths`: at run time the real package is used.
 */
import type { ClicksContext, RenderContext } from '@slidev/types'
import type { ComputedRef, Ref } from 'vue'

/** What Slidev knows about a slide, as far as the deck reads it. */
export interface SlideInfo {
  readonly no: number
  readonly title?: string
  /** The slide's speaker notes, rendered from Markdown at build time ('' when none). */
  readonly noteHTML: string
  readonly frontmatter: Record<string, unknown>
}

export interface SlideRoute {
  readonly no: number
  readonly meta: { readonly slide?: SlideInfo }
}

export interface Nav {
  /** Every slide of the deck, in order. */
  readonly slides: Ref<readonly SlideRoute[]>
  readonly currentSlideNo: ComputedRef<number>
  readonly currentSlideRoute: ComputedRef<SlideRoute>
  readonly total: ComputedRef<number>
  readonly isPrintMode: ComputedRef<boolean>
  readonly isPrintWithClicks: Ref<boolean>
  readonly isPresenter: ComputedRef<boolean>
}

export function useNav(): Nav

export function useSlideContext(): {
  /** The number of the slide this component is on. */
  readonly $page: Ref<number>
  readonly $clicksContext: ClicksContext
  readonly $renderContext: Ref<RenderContext>
  /** The frontmatter of the slide this component is on. */
  readonly $frontmatter: Readonly<Record<string, unknown>>
}

export function onSlideLeave(callback: (to: number, from: number | undefined) => unknown): void

/** The deck's headmatter, as far as the deck reads it. */
export const configs: { readonly title: string }
/** The slide canvas's width / height. */
export const slideAspect: ComputedRef<number>
/** The slide canvas's size in CSS pixels. */
export const slideWidth: ComputedRef<number>
export const slideHeight: ComputedRef<number>
