/**
 * How wide a chart lays itself out: the width of the column it sits in, measured once mounted and
 * on every resize, so that a chart drawn 1:1 keeps its text at the sizes its layout gives. Layout
 * widths ignore CSS transforms, so a slide scaled to the window keeps its canvas width.
 */
import type { Ref } from 'vue'
import { onBeforeUnmount, onMounted, ref } from 'vue'

/** Before anything is measured (and where nothing can be, as in a test DOM): a slide's full width. */
export const defaultChartWidth = 920
/** Narrower than a phone's column a chart does not go: below this it scales down instead. */
export const narrowestChartWidth = 300

/** The width to lay out at for a measured column: whole tens (so a pixel's jitter redraws nothing), within bounds. */
export function chartWidth(measured: number): number {
  if (!(measured > 0))
    return defaultChartWidth
  return Math.max(narrowestChartWidth, Math.min(defaultChartWidth, Math.floor(measured / 10) * 10))
}

/** The layout width for the element `target` refers to, kept up to date while it is mounted. */
export function useChartWidth(target: Ref<HTMLElement | null | undefined>): Ref<number> {
  const width = ref(defaultChartWidth)
  let observer: ResizeObserver | undefined
  onMounted(() => {
    const element = target.value
    if (!element)
      return
    width.value = chartWidth(element.clientWidth)
    if (typeof ResizeObserver === 'undefined')
      return
    observer = new ResizeObserver(() => {
      width.value = chartWidth(element.clientWidth)
    })
    observer.observe(element)
  })
  onBeforeUnmount(() => observer?.disconnect())
  return width
}
