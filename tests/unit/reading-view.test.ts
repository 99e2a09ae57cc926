// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { feedbackFor, fitSlideHeadings } from '../../lib/reading-view'

describe('the self-check\'s feedback', () => {
  it('says right or not quite, why, and to try again when wrong', () => {
    expect(feedbackFor(true, 'Because.')).toEqual({ verdict: 'Right.', text: 'Because.' })
    expect(feedbackFor(false, 'Not so.')).toEqual({ verdict: 'Not quite.', text: 'Not so. Try another answer.' })
  })
})

describe('a slide in the reading view\'s outline', () => {
  async function mountSlide(hidden: boolean) {
    document.body.innerHTML = '<section><h3 id="slide-4-title" class="rv-slide-title">Slide 4</h3><div class="body"></div></section>'
    const body = document.querySelector('.body')!
    const stop = fitSlideHeadings(body, document.querySelector<HTMLElement>('.rv-slide-title')!, hidden)
    // Slidev mounts a slide after its wrapper.
    body.innerHTML = '<p>Part 2</p><h1>The essay’s argument</h1><h2>Claims</h2><h3>Evidence</h3>'
    await new Promise(resolve => setTimeout(resolve, 0))
    stop()
    return body
  }

  it('makes the slide\'s own title the section\'s heading, level 3, and moves its other headings two levels down', async () => {
    const body = await mountSlide(false)
    expect(document.querySelectorAll('.rv-slide-title')).toHaveLength(1)
    const title = body.querySelector('h1')!
    expect([
      title.id,
      title.className,
      title.getAttribute('aria-level'),
    ]).toEqual(['slide-4-title', 'rv-slide-title', '3'])
    expect(body.querySelector('h2')!.getAttribute('aria-level')).toBe('4')
    expect(body.querySelector('h3')!.getAttribute('aria-level')).toBe('5')
  })

  it('keeps the heading outside a slide behind a disclosure, in the slide\'s words, and takes the slide\'s title out of the outline', async () => {
    const body = await mountSlide(true)
    expect(document.querySelector('#slide-4-title')!.textContent).toBe('The essay’s argument')
    expect(body.querySelector('h1')!.getAttribute('role')).toBe('none')
  })
})
