// @vitest-environment happy-dom
import type { VueWrapper } from '@vue/test-utils'
import type { Question, QuestionId, SectionId } from '../../data/questions'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import SelfCheck from '../../components/SelfCheck.vue'
import { correctOption, findQuestion, questions, questionsFor, sectionIds } from '../../data/questions'
import { inReadingView } from '../../lib/reading-view'
import { selfCheckProgress } from '../../lib/self-check-progress'
import { slidev } from '../support/slidev-client'
import { keysReachingSlides } from '../support/unit-keys'

const question = findQuestion('origins') as Question
const right = correctOption(question)!
const wrong = question.options.find(option => option.id !== question.correct)!

let wrapper: VueWrapper

function mountCheck(props: { id: QuestionId | SectionId } = { id: 'origins' }) {
  wrapper = mount(SelfCheck, { props, attachTo: document.body })
  return wrapper
}

function radio(optionId: string) {
  return wrapper.get(`input[type="radio"][value="${optionId}"]`)
}

function liveRegion() {
  return wrapper.get('[role="status"][aria-live="polite"]')
}

async function keydown(target: Element, key: string) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })
  target.dispatchEvent(event)
  await flushPromises()
  return event
}

beforeEach(() => {
  selfCheckProgress.restore([])
  selfCheckProgress.setKeptByPlatform(false)
})

afterEach(() => {
  wrapper?.unmount()
})

describe('selfCheck answering', () => {
  it('shows the question as a radio group with one radio per option', () => {
    mountCheck()
    expect(wrapper.get('fieldset legend').text()).toBe(question.stem)
    expect(wrapper.findAll('input[type="radio"]')).toHaveLength(question.options.length)
    const names = new Set(wrapper.findAll('input[type="radio"]').map(input => input.attributes('name')))
    expect(names.size).toBe(1)
  })

  it('explains a wrong answer, then a right one, in the polite live region', async () => {
    mountCheck()
    expect(liveRegion().text()).toBe('')

    await radio(wrong.id).setValue(true)
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(liveRegion().text()).toContain('Not quite.')
    expect(liveRegion().text()).toContain(wrong.feedback)

    await radio(right.id).setValue(true)
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(liveRegion().text()).toContain('Right.')
    expect(liveRegion().text()).toContain(right.feedback)
    expect(liveRegion().text()).not.toContain(wrong.feedback)
  })

  it('clears the feedback as soon as the answer changes', async () => {
    mountCheck()
    await radio(wrong.id).setValue(true)
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(liveRegion().text()).not.toBe('')

    await radio(right.id).setValue(true)
    expect(liveRegion().text()).toBe('')
    expect(wrapper.find('.is-wrong').exists()).toBe(false)
  })

  it('checking the same answer twice shows one feedback, not two', async () => {
    mountCheck()
    await radio(right.id).setValue(true)
    await wrapper.get('form').trigger('submit')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(liveRegion().findAll('p')).toHaveLength(1)
    expect(liveRegion().text().split(right.feedback)).toHaveLength(2)
  })

  it('marks the checked option with a sign, not colour alone', async () => {
    mountCheck()
    await radio(wrong.id).setValue(true)
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('.option.is-wrong .mark').text()).toBe('✗')
  })

  it('forgets the answer and its feedback when the learner leaves the slide', async () => {
    mountCheck()
    await radio(right.id).setValue(true)
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(slidev.leaveSlide).toHaveLength(1)
    slidev.leaveSlide[0]!()
    await flushPromises()
    expect(liveRegion().text()).toBe('')
    expect(wrapper.findAll('input[type="radio"]').some(input => (input.element as HTMLInputElement).checked)).toBe(false)
    expect(wrapper.get('button[type="submit"]').attributes('disabled')).toBeDefined()
  })
})

describe('selfCheck keeps the learner\'s first answer', () => {
  const wrongIndex = question.options.indexOf(wrong)
  const wrongLetter = 'ABCDEFG'[wrongIndex]

  it('shows nothing of it outside a learning platform', async () => {
    mountCheck()
    await radio(wrong.id).setValue(true)
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(selfCheckProgress.answerOf(question.id)).toBe(wrong.id)
    expect(wrapper.find('.first-answer').exists()).toBe(false)
  })

  it('records the first option checked, not a later try, and shows it by letter in a platform', async () => {
    selfCheckProgress.setKeptByPlatform(true)
    mountCheck()
    expect(wrapper.find('.first-answer').exists()).toBe(false)
    await radio(wrong.id).setValue(true)
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    await radio(right.id).setValue(true)
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(selfCheckProgress.answerOf(question.id)).toBe(wrong.id)
    expect(wrapper.get('.first-answer').text()).toBe(`Your first answer, the one that counts: ${wrongLetter}, not right.`)
  })

  it('shows an answer restored from an earlier visit, the form itself starting afresh', async () => {
    selfCheckProgress.restore([
      [question.id, right.id],
    ])
    selfCheckProgress.setKeptByPlatform(true)
    mountCheck()
    expect(wrapper.get('.first-answer').text()).toContain(', right.')
    expect(wrapper.findAll('input:checked')).toHaveLength(0)
    expect(liveRegion().text()).toBe('')
  })

  it('does not record an option only selected, never checked', async () => {
    mountCheck()
    await radio(right.id).setValue(true)
    expect(selfCheckProgress.answerOf(question.id)).toBeUndefined()
  })
})

describe('selfCheck with the keyboard', () => {
  it('checks the selected option with Enter and keeps the key from the slides', async () => {
    mountCheck()
    const slideKeys = await keysReachingSlides(async () => {
      await radio(right.id).setValue(true)
      const enter = await keydown(radio(right.id).element, 'Enter')
      expect(enter.defaultPrevented).toBe(true)
      expect(liveRegion().text()).toContain(right.feedback)

      for (const key of [
        'ArrowDown',
        'ArrowRight',
        'ArrowLeft',
        'ArrowUp',
        ' ',
        'PageDown',
        'PageUp',
        'Home',
        'End',
      ])
        await keydown(radio(right.id).element, key)
    })
    expect(slideKeys).toEqual([])
  })

  it('lets keys it does not use reach the slides, and Escape hands focus back', async () => {
    mountCheck()
    const input = radio(right.id).element as HTMLInputElement
    input.focus()
    expect(document.activeElement).toBe(input)
    const slideKeys = await keysReachingSlides(async () => {
      await keydown(input, 'Tab')
      await keydown(input, 'Escape')
    })
    expect(slideKeys).toEqual(['Tab', 'Escape'])
    expect(document.activeElement).not.toBe(input)
  })
})

describe('selfCheck in print and previews', () => {
  it('prints the question and lettered options with no controls and a pointer to the answer key', () => {
    slidev.isPrintMode.value = true
    mountCheck()
    expect(wrapper.find('input').exists()).toBe(false)
    expect(wrapper.find('button').exists()).toBe(false)
    expect(wrapper.find('[aria-live]').exists()).toBe(false)
    expect(wrapper.text()).toContain(question.stem)
    for (const option of question.options)
      expect(wrapper.text()).toContain(option.text)
    expect(wrapper.findAll('.letter').map(letter => letter.text())).toEqual(question.options.map((_, index) => 'ABCDEFG'[index]))
    expect(wrapper.text()).toContain('Answers: in the reading view (read.html) and the notes.')
    expect(wrapper.text()).not.toContain(right.feedback)
  })

  it('renders statically in the overview, where a thumbnail must not take focus', () => {
    slidev.renderContext.value = 'overview'
    mountCheck()
    expect(wrapper.find('input').exists()).toBe(false)
  })
})

describe('selfCheck in the reading view (read.html, no JavaScript)', () => {
  const section = sectionIds.find(id => questionsFor(id).length > 1)!
  const set = questionsFor(section)

  function mountInReadingView(id: QuestionId | SectionId) {
    slidev.renderContext.value = 'overview'
    wrapper = mount(SelfCheck, {
      props: { id },
      global: {
        provide: { [inReadingView as symbol]: true },
      },
    })
    return wrapper
  }

  it('shows every question of its section, each a radio group of its own with no button to press', () => {
    mountInReadingView(section)
    expect(wrapper.findAll('legend').map(legend => legend.text())).toEqual(set.map((item, index) => `Question ${index + 1} of ${set.length}: ${item.stem}`))
    expect(new Set(wrapper.findAll('input[type="radio"]').map(input => input.attributes('name'))).size).toBe(set.length)
    expect(wrapper.find('button').exists()).toBe(false)
  })

  it('holds each option\'s feedback in the deck\'s words, for CSS to show while it is chosen, and the answer behind "Show the answer"', () => {
    mountInReadingView('origins')
    const feedback = wrapper.findAll('[role="status"] p').map(paragraph => paragraph.text().replace(/\s+/g, ' '))
    expect(feedback).toEqual(question.options.map(option => option.id === question.correct
      ? `Right. ${option.feedback}`
      : `Not quite. ${option.feedback} Try another answer.`))
    const answer = wrapper.get('details')
    expect(answer.get('summary').text()).toBe('Show the answer')
    expect(answer.text()).toContain(`The answer is ${'ABCDEFG'[question.options.indexOf(right)]}: ${right.text}`)
  })
})

describe('selfCheck for a section with several questions', () => {
  const section = sectionIds.find(id => questionsFor(id).length > 1)!
  const set = questionsFor(section)

  it('steps through them with "Next question", each starting unanswered', async () => {
    expect(set.length).toBeGreaterThan(1)
    mountCheck({ id: section })
    expect(wrapper.get('legend').text()).toBe(set[0]!.stem)
    expect(wrapper.get('.count').text()).toBe(`Question 1 of ${set.length}`)

    await radio(set[0]!.options[0]!.id).setValue(true)
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(liveRegion().text()).not.toBe('')

    await wrapper.get('button.next').trigger('click')
    expect(wrapper.get('legend').text()).toBe(set[1]!.stem)
    expect(wrapper.get('.count').text()).toBe(`Question 2 of ${set.length}`)
    expect(liveRegion().text()).toBe('')
    expect(wrapper.findAll('input:checked')).toHaveLength(0)
    expect(wrapper.get('button[type="submit"]').attributes('disabled')).toBeDefined()

    for (let step = 1; step < set.length; step++)
      await wrapper.get('button.next').trigger('click')
    expect(wrapper.get('legend').text()).toBe(set[0]!.stem)
  })

  it('starts again from the first question after the learner leaves the slide', async () => {
    mountCheck({ id: section })
    await wrapper.get('button.next').trigger('click')
    slidev.leaveSlide[0]!()
    await flushPromises()
    expect(wrapper.get('legend').text()).toBe(set[0]!.stem)
  })

  it('prints the first question and says how many more the answer key holds', () => {
    slidev.isPrintMode.value = true
    mountCheck({ id: section })
    expect(wrapper.text()).toContain(set[0]!.stem)
    expect(wrapper.text()).not.toContain(set[1]!.stem)
    expect(wrapper.get('.print-note').text()).toContain(`${set.length - 1} more`)
  })

  it('shows no "Next question" for a section with one question', () => {
    const single = sectionIds.find(id => questionsFor(id).length === 1)!
    mountCheck({ id: single })
    expect(wrapper.find('button.next').exists()).toBe(false)
    expect(wrapper.find('.count').exists()).toBe(false)
  })
})

describe('selfCheck picks its question', () => {
  it('by id', () => {
    const last = questions.at(-1)!
    mountCheck({ id: last.id })
    expect(wrapper.get('legend').text()).toBe(last.stem)
  })

  it('by section, showing that section\'s first question', () => {
    const first = questions.find(candidate => candidate.section === 'security')!
    mountCheck({ id: 'security' })
    expect(wrapper.get('legend').text()).toBe(first.stem)
  })

  it('refuses an unknown id, naming it', () => {
    expect(() => mount(SelfCheck, {
      props: { id: 'nowhere' as never },
    })).toThrow('id="nowhere"')
  })
})
