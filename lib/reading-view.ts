/**
 * The reading view (`#/read`, components/ReadingView.vue; captured to dist/read.html by
 * scripts/reading-view.ts): what its components share, and how a slide's headings fit its outline.
 */
import type { InjectionKey } from 'vue'
import { relevelHeadings } from './print-headings'

/** Provided by the reading view: a SelfCheck inside it shows every question, checkable without JavaScript. */
export const inReadingView: InjectionKey<boolean> = Symbol('in the reading view')

/** What the learner is told after checking an option: the deck's self-check and the reading view's say it alike. */
export function feedbackFor(isRight: boolean, explanation: string): { verdict: string, text: string } {
  return isRight
    ? { verdict: 'Right.', text: explanation }
    : { verdict: 'Not quite.', text: `${explanation} Try another answer.` }
}

/**
 * A slide inside the reading view's outline (h1 the page, h2 its parts, h3 the slides). Its own title
 * (its first h1) becomes the section's heading, level 3, in its place under the slide's kicker, and
 * `title` (the section's heading, from the slide's meta) goes; a slide behind a disclosure (`hidden`)
 * keeps `title` outside it, given the h1's words, and the h1 leaves the outline. The slide's other
 * headings move two levels down. Keeps doing so as the slide mounts; returns a stop function.
 */
export function fitSlideHeadings(body: Element, title: HTMLElement, hidden = false): () => void {
  return relevelHeadings(body, (level) => {
    const own = body.querySelector('h1')
    if (level !== 1 || !own)
      return Math.min(6, level + 2)
    if (hidden) {
      title.textContent = own.textContent?.trim() ?? ''
      return 'none'
    }
    own.id = title.id
    own.className = title.className
    title.remove()
    return 3
  })
}
