/**
 * The `@page` style of the deck's own printed views (the slides' print view, the handouts), added to
 * the document while the view is mounted, and the date line their pages carry (lib/page-furniture.ts).
 */
import { onMounted, onUnmounted, watchEffect } from 'vue'
import { formatDay } from './format'
import { versionLine } from './page-furniture'

/** "Last changed 7 December 2026": the day of the version this build was made from. */
export function builtVersionLine(): string {
  return versionLine(formatDay(__DECK_DATE__, true))
}

/**
 * Adds a `<style>` holding `css()` (kept up to date as what it reads changes) to the document's head
 * while the calling component is mounted: after Slidev's own page style, so that this one wins.
 */
export function usePageStyle(css: () => string): void {
  const style = document.createElement('style')
  watchEffect(() => {
    style.textContent = css()
  })
  onMounted(() => document.head.append(style))
  onUnmounted(() => style.remove())
}
