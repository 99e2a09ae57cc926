/**
 * Click steps for screen readers, as reveal.js treats its fragments. Slidev hides a `v-click` step not
 * yet revealed with `opacity: 0` only, so a screen reader reads every step of a slide at once. Watching
 * Slidev's class for such a step, a hidden step is made `inert` and `aria-hidden` (out of the
 * accessibility tree and the tab order), and a step revealed is reported so that the deck's live region
 * (global-bottom.vue) can say it.
 *
 * Relies on Slidev 53's client internals: `modules/v-click.ts` toggles `CLASS_VCLICK_HIDDEN` on every
 * step element (`constants.ts`: 'slidev-vclick-hidden'), on the step element itself, and never sets it
 * in print or the overview (which show every step). tests/unit/click-steps.test.ts fails if that changes.
 */

/** Slidev 53's classes (`@slidev/client/constants`): every step, and a step not shown at this click. */
export const slidevStepClasses = {
  step: 'slidev-vclick-target',
  hidden: 'slidev-vclick-hidden',
} as const

/** Marks what this module hid, so that revealing a step never removes an author's own aria-hidden. */
const hiddenByUs = 'data-step-hidden'

/** Makes `element` hidden from assistive technology while Slidev hides it, and visible again after; true if it was just revealed. */
export function syncStep(element: Element): boolean {
  const hidden = element.classList.contains(slidevStepClasses.hidden)
  const wasHidden = element.hasAttribute(hiddenByUs)
  if (hidden && !wasHidden) {
    element.setAttribute(hiddenByUs, '')
    element.setAttribute('inert', '')
    if (!element.hasAttribute('aria-hidden'))
      element.setAttribute('aria-hidden', 'true')
    else
      element.setAttribute(hiddenByUs, 'kept-aria-hidden')
  }
  if (!hidden && wasHidden) {
    if (element.getAttribute(hiddenByUs) !== 'kept-aria-hidden')
      element.removeAttribute('aria-hidden')
    element.removeAttribute('inert')
    element.removeAttribute(hiddenByUs)
    return true
  }
  return false
}

/** What a screen reader would say of a revealed step: its text, a space between its blocks, without what it hides itself. */
export function stepText(step: Element): string {
  const parts: string[] = []
  const visit = (node: Node): void => {
    if (node.nodeType === node.TEXT_NODE) {
      parts.push(node.textContent ?? '')
      return
    }
    if (node.nodeType !== node.ELEMENT_NODE || (node as Element).getAttribute('aria-hidden') === 'true')
      return
    const block = !getComputedStyle(node as Element).display.startsWith('inline')
    if (block)
      parts.push(' ')
    node.childNodes.forEach(visit)
    if (block)
      parts.push(' ')
  }
  step.childNodes.forEach(visit)
  return parts.join('').replace(/\s+/g, ' ').trim()
}

/**
 * Keeps every step under `root` in step with Slidev's class, now and as it changes, and calls `onReveal`
 * with the steps each change reveals (in document order). Returns a stop function.
 */
export function watchClickSteps(root: Element, onReveal: (steps: Element[]) => void): () => void {
  root.querySelectorAll(`.${slidevStepClasses.step}`).forEach(syncStep)
  const observer = new MutationObserver((mutations) => {
    const revealed = new Set<Element>()
    for (const mutation of mutations) {
      const element = mutation.target as Element
      if (element.classList?.contains(slidevStepClasses.step) && syncStep(element))
        revealed.add(element)
    }
    if (revealed.size)
      onReveal([...revealed])
  })
  observer.observe(root, {
    attributes: true,
    attributeFilter: ['class'],
    subtree: true,
  })
  return () => observer.disconnect()
}
