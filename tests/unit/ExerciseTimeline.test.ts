// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ExerciseTimeline from '../../components/ExerciseTimeline.vue'
import { recordClick } from '../support/click-directive'

function render(props: Record<string, unknown> = {}) {
  return mount(ExerciseTimeline, {
    props,
    global: {
      directives: { click: recordClick },
    },
  })
}

describe('exerciseTimeline', () => {
  it('shows the exercises of the years it is given, in that order, or all four', () => {
    expect(render({
      years: [2005, 2007],
    }).findAll('h2').map(heading => heading.text())).toEqual([
      '2005 “Peace Mission 2005”',
      '2007 “Peace Mission 2007”',
    ])
    expect(render().findAll('h2').map(heading => heading.text())).toEqual([
      '2002 China–Kyrgyzstan exercise',
      '2003 “Coalition-2003”',
      '2005 “Peace Mission 2005”',
      '2007 “Peace Mission 2007”',
    ])
  })

  it('fails for a year with no exercise', () => {
    expect(() => render({
      years: [2004],
    })).toThrow('data/exercises.ts has no exercise in 2004')
  })

  it('says whose each statement is: the essay\'s with its paragraph, then other sources\' with the status and the qualified troop count', () => {
    const card = render({
      years: [2003],
    }).get('li')
    const paragraphs = (side: string) => card.get(side).findAll('p').map(paragraph => paragraph.text().replace(/\s+/g, ' '))
    expect(paragraphs('.essay')).toEqual([
      'The essay, ¶5',
      'China’s first multinational exercise on its own territory: more than a thousand Chinese and Kyrgyz troops, with Russia, Kazakhstan and Tajikistan observing.',
    ])
    expect(paragraphs('.checked')).toEqual([
      'Other sources found',
      '6–12 August 2003, held in Kazakhstan (Ucharal) as well as Xinjiang (Ili); Russia, Kazakhstan and Tajikistan took part rather than only observing. Troops: about 1,300.',
      'partly contradicted · Human Rights in China; State Council Information Office of China',
    ])
  })

  it('shows what the essay says at once, and what other sources found on a click', () => {
    const card = render({
      years: [2002],
    }).get('li')
    expect(card.get('.essay').attributes('data-test-click')).toBeUndefined()
    expect(card.get('.checked').attributes('data-test-click')).toBeDefined()
  })
})
