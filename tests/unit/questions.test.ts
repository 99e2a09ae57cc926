import type { Question } from '../../data/questions'
import { describe, expect, it } from 'vitest'
import { correctOption, defineQuestion, findQuestion, questionBankProblems, questionProblems, questions, sectionIds } from '../../data/questions'

const sound: Question = {
  id: 'sample',
  section: 'origins',
  stem: 'Which is right?',
  options: [
    { id: 'yes', text: 'This one', feedback: 'Because it is.' },
    { id: 'no', text: 'That one', feedback: 'Because it is not.' },
  ],
  correct: 'yes',
}

describe('the question bank', () => {
  it('has no problems: one right option each, feedback on every option, every section covered', () => {
    expect(questionBankProblems(questions)).toEqual([])
  })

  it('has at least one question for every section of the lesson', () => {
    for (const section of sectionIds)
      expect(questions.filter(question => question.section === section).length, section).toBeGreaterThan(0)
  })

  it('does not always put the right answer in the same place', () => {
    const places = new Set(questions.map(question => question.options.findIndex(option => option.id === question.correct)))
    expect(places.size).toBeGreaterThan(1)
  })

  it('finds a question by id, or the first of a section', () => {
    expect(findQuestion('critical-advocacy')?.id).toBe('critical-advocacy')
    const firstSecurity = questions.find(question => question.section === 'security')
    expect(findQuestion('security')).toBe(firstSecurity)
    expect(findQuestion('no-such-question')).toBeUndefined()
  })

  it('keeps question ids apart from section ids, so a SelfCheck id names one thing', () => {
    for (const question of questions)
      expect(sectionIds, question.id).not.toContain(question.id)
  })
})

describe('a bad question fails, naming itself', () => {
  it('accepts a sound question', () => {
    expect(questionProblems(sound)).toEqual([])
    expect(correctOption(sound)?.id).toBe('yes')
  })

  it('rejects a correct answer missing from the options', () => {
    const missing = { ...sound, id: 'missing-answer', correct: 'maybe' }
    expect(correctOption(missing)).toBeUndefined()
    expect(questionProblems(missing)).toEqual([
      'question "missing-answer": needs exactly one correct option, has 0 with id "maybe"',
    ])
  })

  it('rejects two options sharing the correct id', () => {
    const twice = {
      ...sound,
      id: 'two-right',
      options: [
        ...sound.options,
        { id: 'yes', text: 'Also this', feedback: 'Also.' },
      ],
    }
    const problems = questionProblems(twice)
    expect(problems).toContain('question "two-right": needs exactly one correct option, has 2 with id "yes"')
    expect(problems).toContain('question "two-right": option ids repeated: yes')
  })

  it('rejects an option without an explanation', () => {
    const silent = {
      ...sound,
      id: 'no-why',
      options: [
        sound.options[0]!,
        { id: 'no', text: 'That one', feedback: ' ' },
      ],
    }
    expect(questionProblems(silent)).toEqual([
      'question "no-why": option "no" has no feedback explaining why it is right or wrong',
    ])
  })

  it('rejects a question with a single option or no stem', () => {
    const lonely = {
      ...sound,
      id: 'lonely',
      stem: '',
      options: [sound.options[0]!],
    }
    expect(questionProblems(lonely)).toEqual([
      'question "lonely": has no stem',
      'question "lonely": needs at least two options, has 1',
    ])
  })

  it('rejects a bank that repeats an id or leaves a section without a question', () => {
    const bank = [
      sound,
      { ...sound },
    ]
    const problems = questionBankProblems(bank)
    expect(problems).toContain('question "sample": id used more than once')
    expect(problems).toContain('section "since-2011": has no question')
    expect(problems).not.toContain('section "origins": has no question')
  })

  it('makes a correct answer outside the options a type error', () => {
    const question = defineQuestion({
      id: 'typo',
      section: 'origins',
      stem: 'Which?',
      options: [
        { id: 'a', text: 'A', feedback: 'Why A.' },
        { id: 'b', text: 'B', feedback: 'Why B.' },
      ],
      // @ts-expect-error 'c' is not one of the question's option ids
      correct: 'c',
    })
    expect(questionProblems(question)).toHaveLength(1)
  })
})
