// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { enhanceReadingView, feedbackFor } from '../../lib/reading-view'
import { compactCss } from '../../scripts/reading-view'

/** A self-check as scripts/reading-view.ts prerenders it (two options, B right). */
const prerendered = `
<section class="rv-check" data-rv-check>
  <form>
    <fieldset><legend>Which is right?</legend>
      <label><input type="radio" name="q" value="a" data-correct="b"> A first</label>
      <label><input type="radio" name="q" value="b" data-correct="b"> B second</label>
    </fieldset>
    <p class="rv-actions" hidden><button type="submit">Check</button></p>
    <p class="rv-feedback" role="status" aria-live="polite"></p>
  </form>
  <details><summary>Show the answer</summary><ul>
    <li data-option="a"><strong>A:</strong> <span class="rv-explanation">A is a distractor.</span></li>
    <li data-option="b"><strong>B (right):</strong> <span class="rv-explanation">B follows from the text.</span></li>
  </ul></details>
</section>`

function nextFrame(): Promise<void> {
  return new Promise(resolve => requestAnimationFrame(() => resolve()))
}

describe('the reading view\'s self-checks', () => {
  it('words the feedback like the deck\'s', () => {
    expect(feedbackFor(true, 'Because.')).toBe('Right. Because.')
    expect(feedbackFor(false, 'Not so.')).toBe('Not quite. Not so. Try another answer.')
  })

  it('shows "Check" only once enhanced, enabled once an option is chosen, and says why the choice is right or wrong', async () => {
    document.body.innerHTML = prerendered
    const button = document.querySelector('button')!
    expect(button.parentElement!.hidden).toBe(true)
    enhanceReadingView(document)
    expect(button.parentElement!.hidden).toBe(false)
    expect(button.disabled).toBe(true)

    const [first, second] = document.querySelectorAll<HTMLInputElement>('input')
    const status = document.querySelector('[role="status"]')!
    first!.click()
    expect(button.disabled).toBe(false)
    document.querySelector('form')!.requestSubmit()
    await nextFrame()
    expect(status.textContent).toBe('Not quite. A is a distractor. Try another answer.')

    second!.click()
    expect(status.textContent).toBe('')
    document.querySelector('form')!.requestSubmit()
    await nextFrame()
    expect(status.textContent).toBe('Right. B follows from the text.')
  })
})

describe('the reading view\'s CSS', () => {
  it('leaves out comments, spaces (not a selector\'s) and the custom properties neither the CSS nor the markup reads', () => {
    const css = `/* The page. */
:root {
  --read: red;
  --unread: blue;
  --chain: var(--read-by-chain);
  --read-by-chain: 1px;
  --read-only-by-unread: 2px;
  --unread-2: var(--read-only-by-unread);
  --inline: 3px;
}
.a :is(.b, .c) > p { color: var(--read); margin: var(--chain); }
.b { }
`
    expect(compactCss(css, '<p style="padding: var(--inline)">')).toBe(':root{--read:red;--chain:var(--read-by-chain);--read-by-chain:1px;--inline:3px}.a :is(.b, .c) > p{color:var(--read);margin:var(--chain)}')
  })
})
