import type { Question } from '../../data/questions'
import { describe, expect, it } from 'vitest'
import { correctIsLongest, correctOption, defineQuestion, findQuestion, questionBankProblems, questionProblems, questions, sectionIds, sectionTitles } from '../../data/questions'
import { loadDeck } from '../support/deck'

const sound = defineQuestion({
  id: 'sample',
  section: 'origins',
  stem: 'Which is right?',
  options: [
    { id: 'yes', text: 'This one', feedback: 'Because it is.' },
    { id: 'no', text: 'That one', feedback: 'Because it is not.' },
  ],
  correct: 'yes',
})

/** The sound question under another id, with some of its parts changed. */
function variant(id: string, changes: Partial<Question>): Question {
  return {
    ...sound,
    id,
    ...changes,
  }
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

  it('gives the right answer away by its length in at most a third of the questions', () => {
    const longest = questions.filter(correctIsLongest).map(question => question.id)
    expect(longest.length, `correct option longest in: ${longest.join(', ')}`).toBeLessThanOrEqual(questions.length / 3)
  })

  it('asks for the thesis in two sentences (objective 1) and for Boland\'s position (objective 4)', () => {
    expect(findQuestion('conclusion-thesis')?.section).toBe('conclusion')
    expect(findQuestion('boland-position')?.section).toBe('boland')
  })

  it('keeps every explanation short enough for the answer-key slides and the self-check\'s feedback box', () => {
    for (const question of questions) {
      for (const option of question.options)
        expect(option.feedback.length, `${question.id}/${option.id}`).toBeLessThanOrEqual(220)
    }
  })

  it('explains every right answer about the essay with the paragraph it comes from', () => {
    const aboutTheEssay = new Set([
      'origins',
      'growth',
      'security',
      'un',
      'boland',
      'conclusion',
    ])
    for (const question of questions.filter(candidate => aboutTheEssay.has(candidate.section)))
      expect(correctOption(question)!.feedback, question.id).toMatch(/¶\d/)
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
    const missing = variant('missing-answer', { correct: 'maybe' })
    expect(correctOption(missing)).toBeUndefined()
    expect(questionProblems(missing)).toEqual([
      'question "missing-answer": needs exactly one correct option, has 0 with id "maybe"',
    ])
  })

  it('rejects two options sharing the correct id', () => {
    const twice = variant('two-right', {
      options: [
        ...sound.options,
        { id: 'yes', text: 'Also this', feedback: 'Also.' },
      ],
    })
    const problems = questionProblems(twice)
    expect(problems).toContain('question "two-right": needs exactly one correct option, has 2 with id "yes"')
    expect(problems).toContain('question "two-right": option ids repeated: yes')
  })

  it('rejects an option without an explanation', () => {
    const silent = variant('no-why', {
      options: [
        sound.options[0]!,
        { id: 'no', text: 'That one', feedback: ' ' },
      ],
    })
    expect(questionProblems(silent)).toEqual([
      'question "no-why": option "no" has no feedback explaining why it is right or wrong',
    ])
  })

  it('rejects a question with a single option or no stem', () => {
    const lonely = variant('lonely', {
      stem: '',
      options: [sound.options[0]!],
    })
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

  it('rejects a bank whose right answers are the longest option in more than a third of its questions', () => {
    const long = (id: string): Question => variant(id, {
      options: [
        { id: 'yes', text: 'The right answer, spelt out at length', feedback: 'Why.' },
        { id: 'no', text: 'Short', feedback: 'Why not.' },
      ],
    })
    const tied = variant('tied', {})
    expect(correctIsLongest(long('long'))).toBe(true)
    expect(correctIsLongest(tied)).toBe(false)
    expect(questionBankProblems([
      long('one'),
      long('two'),
      tied,
    ])).toContain(
      'the correct option is the longest in 2 of 3 questions (more than a third): one, two',
    )
    expect(questionBankProblems([
      long('one'),
      tied,
      variant('other', {}),
    ]).some(problem => problem.includes('longest'))).toBe(false)
  })

  it('makes a correct answer outside the options a type error', () => {
    const question = defineQuestion({
      ...sound,
      id: 'typo',
      // @ts-expect-error 'c' is not one of the question's option ids
      correct: 'c',
    })
    expect(questionProblems(question)).toHaveLength(1)
  })
})

describe('the self-checks\' sections', () => {
  it('are named as the deck titles their key points and self-check slides', async () => {
    const titles = new Map((await loadDeck()).map(slide => [slide.alias, slide.title]))
    expect(sectionIds.map(id => [
      titles.get(`points-${id}`),
      titles.get(`check-${id}`),
    ])).toEqual(
      sectionIds.map(id => [`${sectionTitles[id]}: key points`, `${sectionTitles[id]}: check yourself`]),
    )
  })
})
