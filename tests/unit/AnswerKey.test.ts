// @vitest-environment happy-dom
import type { Question } from '../../data/questions'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import AnswerKey from '../../components/AnswerKey.vue'
import { questions as bank, correctOption } from '../../data/questions'

const questions: readonly Question[] = bank

function stemsShown(props: Record<string, unknown>): string[] {
  return mount(AnswerKey, { props }).findAll('.stem').map(stem => stem.text())
}

describe('answerKey', () => {
  it('covers every question exactly once across its two parts, in order', () => {
    const shown = [
      ...stemsShown({ part: 1 }),
      ...stemsShown({ part: 2 }),
    ]
    expect(shown).toEqual(questions.map(question => question.stem))
  })

  it('gives each question its right answer, with the answer\'s letter and explanation', () => {
    const wrapper = mount(AnswerKey, {
      props: { part: 1, parts: 1 },
    })
    const entries = wrapper.findAll('.entry')
    expect(entries).toHaveLength(questions.length)
    questions.forEach((question, index) => {
      const answer = correctOption(question)!
      const letter = 'ABCDEFG'[question.options.indexOf(answer)]
      expect(entries[index]!.get('.answer').text()).toBe(`Answer ${letter}: ${answer.text}`)
      expect(entries[index]!.get('.why').text()).toBe(answer.feedback)
    })
  })

  it('says which questions each part holds', () => {
    const half = Math.ceil(questions.length / 2)
    expect(mount(AnswerKey, {
      props: { part: 1 },
    }).get('.range').text()).toBe(`Questions 1–${half} of ${questions.length}`)
    expect(mount(AnswerKey, {
      props: { part: 2 },
    }).get('.range').text()).toBe(`Questions ${half + 1}–${questions.length} of ${questions.length}`)
    expect(mount(AnswerKey, {
      props: { parts: 1 },
    }).find('.range').exists()).toBe(false)
  })

  it('can be narrowed to some sections', () => {
    const shown = stemsShown({
      sections: ['critical-reading'],
      parts: 1,
    })
    expect(shown).toEqual(questions.filter(question => question.section === 'critical-reading').map(question => question.stem))
  })
})
