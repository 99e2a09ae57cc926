// @vitest-environment happy-dom
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { slidevStepClasses, stepText, watchClickSteps } from '../../lib/click-steps'

describe('the step classes of Slidev, which lib/click-steps.ts relies on', () => {
  it('are the ones the installed Slidev gives its steps, on the step element, for every v-click', () => {
    // Read as text: importing Slidev's client sources would type-check them with the deck's.
    const source = (file: string): string => readFileSync(createRequire(import.meta.url).resolve(`@slidev/client/${file}`), 'utf8')
    const constant = (name: string): string | undefined => new RegExp(`export const ${name} = '([^']+)'`).exec(source('constants.ts'))?.[1]
    expect(constant('CLASS_VCLICK_TARGET')).toBe('slidev-vclick-target')
    expect(constant('CLASS_VCLICK_HIDDEN')).toBe('slidev-vclick-hidden')
    expect(slidevStepClasses).toEqual({ step: 'slidev-vclick-target', hidden: 'slidev-vclick-hidden' })
    const vClick = source('modules/v-click.ts')
    expect(vClick).toContain('el.classList.toggle(CLASS_VCLICK_TARGET, true)')
    expect(vClick).toContain('el.classList.toggle(CLASS_VCLICK_HIDDEN, !active)')
  })
})

describe('watchClickSteps', () => {
  it('hides a step not shown yet from screen readers, and reports it with its text once shown', async () => {
    document.body.innerHTML = `
      <div data-slidev-no="4">
        <p class="slidev-vclick-target">Shown from the start</p>
        <li class="slidev-vclick-target slidev-vclick-hidden"><div>2002</div><p>Status: <span aria-hidden="true">✓</span> partly <em>contradicted</em></p></li>
      </div>`
    const [shown, hidden] = Array.from(document.querySelectorAll('.slidev-vclick-target'))
    const revealed: string[][] = []
    const stop = watchClickSteps(document.body, steps => revealed.push(steps.map(stepText)))

    expect(hidden!.getAttribute('aria-hidden')).toBe('true')
    expect(hidden!.hasAttribute('inert')).toBe(true)
    expect(shown!.hasAttribute('aria-hidden')).toBe(false)

    hidden!.classList.remove('slidev-vclick-hidden')
    await new Promise(resolve => setTimeout(resolve, 0))
    expect(hidden!.hasAttribute('aria-hidden')).toBe(false)
    expect(hidden!.hasAttribute('inert')).toBe(false)
    expect(revealed).toEqual([
      ['2002 Status: partly contradicted'],
    ])

    hidden!.classList.add('slidev-vclick-hidden') // a click back
    await new Promise(resolve => setTimeout(resolve, 0))
    expect(hidden!.getAttribute('aria-hidden')).toBe('true')
    expect(revealed).toHaveLength(1)
    stop()
  })

  it('keeps an author\'s own aria-hidden when the step appears', async () => {
    document.body.innerHTML = '<svg class="slidev-vclick-target slidev-vclick-hidden" aria-hidden="true"></svg>'
    const mark = document.querySelector('svg')!
    const stop = watchClickSteps(document.body, () => {})
    mark.classList.remove('slidev-vclick-hidden')
    await new Promise(resolve => setTimeout(resolve, 0))
    expect(mark.getAttribute('aria-hidden')).toBe('true')
    expect(mark.hasAttribute('inert')).toBe(false)
    stop()
  })
})
