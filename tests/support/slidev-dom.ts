/**
 * Slidev's own DOM, in one place: the class names, ids and attributes its client renders, which the
 * tests find slides, steps and the canvas by. Written against @slidev/client 53.x;
 * tests/unit/slidev-dom.test.ts fails, naming the entry, when an upgrade renames one, which is then
 * fixed here alone. Plain strings, so that functions run in the page can take them as arguments.
 */
export const slidevDom = {
  /** Every mounted slide (Slidev keeps the neighbours of the one on screen mounted but hidden). */
  page: '.slidev-page',
  /** The attribute holding a slide's 1-based number. */
  slideNoAttribute: 'data-slidev-no',
  /** The slide canvas the slide on screen is scaled into. */
  canvas: '#slide-content',
  /** A slide layout's root element, inside its page. */
  layout: '.slidev-layout',
  /** The placeholder shown while a slide's code loads. */
  slideLoading: '.slidev-slide-loading',
  /** The class of a `v-click` step not shown yet. */
  clickHidden: 'slidev-vclick-hidden',
  /** The prefix of every class Slidev gives `v-click` steps. */
  clickClassPrefix: 'slidev-vclick',
  /** The drawing layer: a transparent SVG over the whole slide. */
  drawingLayer: '#slide-content > svg.pointer-events-none',
  /** The speaker notes in the presenter view. */
  presenterNote: '.slidev-note',
  /** Slidev's own "offline ready" badge, which the deck replaces with its notice in the nav bar. */
  pwaIndicator: '.slidev-pwa-indicator',
  /** One slide of the print view (`?print#/print`). */
  printSlide: '.print-slide-container',
  /** The nav bar's buttons, by their accessible names. */
  nextButton: 'Go to next slide',
  /** The class of a nav bar button that has nothing to do (Slidev does not set `disabled` on it). */
  disabledButton: 'disabled',
} as const

/** The slide numbered `no`, whether on screen or not. */
export function slideSelector(no: number): string {
  return `${slidevDom.page}[${slidevDom.slideNoAttribute}="${no}"]`
}

/** Slide `no` inside the canvas (the one on screen, or a neighbour Slidev keeps mounted there). */
export function canvasSlideSelector(no: number): string {
  return `${slidevDom.canvas} [${slidevDom.slideNoAttribute}="${no}"]`
}
