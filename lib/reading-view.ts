/**
 * The reading view's enhancement (dist/read.html; loaded as a plain script, so nothing is imported).
 * The page works without it: every self-check shows its answer in a <details>. With it, each
 * self-check gets a "Check" button and spoken feedback for the option chosen, like the deck's.
 * It also registers the reading view's own small service worker, so the page works offline.
 */

/** The attributes the prerendered page gives a self-check (scripts/reading-view.ts writes them). */
export const selfCheckAttributes = {
  /** on the self-check's root */
  root: 'data-rv-check',
  /** on each radio input: the id of the question's right option */
  correct: 'data-correct',
  /** on each option's explanation in the answer <details> */
  option: 'data-option',
} as const

/** What the learner is told after checking an option. */
export function feedbackFor(isRight: boolean, explanation: string): string {
  return isRight
    ? `Right. ${explanation}`
    : `Not quite. ${explanation} Try another answer.`
}

export function enhanceSelfCheck(root: HTMLElement): void {
  const form = root.querySelector('form')
  const status = root.querySelector<HTMLElement>('[role="status"]')
  const button = root.querySelector<HTMLButtonElement>('button[type="submit"]')
  if (!form || !status || !button)
    return
  const actions = button.parentElement!
  actions.hidden = false
  const radios = [
    ...root.querySelectorAll<HTMLInputElement>('input[type="radio"]'),
  ]
  const updateButton = (): void => {
    button.disabled = !radios.some(radio => radio.checked)
  }
  updateButton()
  form.addEventListener('change', () => {
    status.textContent = ''
    delete status.dataset.verdict
    for (const radio of radios)
      radio.closest('label')?.removeAttribute('data-verdict')
    updateButton()
  })
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const chosen = radios.find(radio => radio.checked)
    if (!chosen)
      return
    const isRight = chosen.value === chosen.getAttribute(selfCheckAttributes.correct)
    const explanation = root.querySelector(`[${selfCheckAttributes.option}="${CSS.escape(chosen.value)}"] .rv-explanation`)?.textContent?.trim() ?? ''
    const verdict = isRight
      ? 'right'
      : 'wrong'
    // Emptied first, so checking the same answer twice is announced twice.
    status.textContent = ''
    requestAnimationFrame(() => {
      status.textContent = feedbackFor(isRight, explanation)
      status.dataset.verdict = verdict
      chosen.closest('label')?.setAttribute('data-verdict', verdict)
    })
  })
}

export function enhanceReadingView(document: Document): void {
  for (const root of document.querySelectorAll<HTMLElement>(`[${selfCheckAttributes.root}]`))
    enhanceSelfCheck(root)
  markSideScrollers(document)
  window.addEventListener('resize', () => markSideScrollers(document))
}

/** A figure that scrolls sideways inside its box (a chart on a phone) must be reachable by keyboard to scroll. */
export function markSideScrollers(document: Document): void {
  for (const element of document.querySelectorAll<HTMLElement>('main :is(div, figure, table)')) {
    const overflow = getComputedStyle(element).overflowX
    const scrolls = (overflow === 'auto' || overflow === 'scroll') && element.scrollWidth > element.clientWidth + 1
    if (scrolls && !element.hasAttribute('tabindex'))
      element.setAttribute('tabindex', '0')
    else if (!scrolls && element.getAttribute('tabindex') === '0' && element.dataset.rvScroller !== undefined)
      element.removeAttribute('tabindex')
    if (scrolls)
      element.dataset.rvScroller = ''
  }
}

if (typeof document !== 'undefined' && document.documentElement.dataset.readingView !== undefined) {
  enhanceReadingView(document)
  if ('serviceWorker' in navigator && location.protocol !== 'file:') {
    window.addEventListener('load', () => {
      navigator.serviceWorker.register('read-sw.js', { scope: './read.html' }).catch(() => {
        // Offline reading is a bonus: the page itself works without it.
      })
    })
  }
}
