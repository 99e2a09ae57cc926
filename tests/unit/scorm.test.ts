import type { Scorm12Api, WindowLike } from '../../lib/scorm'
import type { DeckIndex } from '../../lib/slide-link'
import { describe, expect, it, vi } from 'vitest'
import { questions } from '../../data/questions'
import {
  decodeAnswers,
  encodeAnswers,
  findScormApi,
  isLessonComplete,
  locationOf,
  scoreOf,
  ScormConnection,
  ScormLessonRecord,
  sessionTime,
  slideAt,
  suspendDataLimit,
} from '../../lib/scorm'

/** A platform's API that keeps what it is given, as an LMS would; `fail` makes every call fail. */
function fakeApi(values: Record<string, string> = {}, fail?: 'false' | 'error-code' | 'throws') {
  const data = new Map(Object.entries(values))
  const calls: string[] = []
  let lastError = '0'
  const answer = (name: string, result: string) => {
    calls.push(name)
    if (fail === 'throws')
      throw new Error('platform crashed')
    lastError = fail === 'error-code'
      ? '101'
      : '0'
    return fail === 'false'
      ? 'false'
      : result
  }
  const api: Scorm12Api = {
    LMSInitialize: () => answer('LMSInitialize', 'true'),
    LMSFinish: () => answer('LMSFinish', 'true'),
    LMSCommit: () => answer('LMSCommit', 'true'),
    LMSGetValue: (element) => {
      answer(`get ${element}`, '')
      return data.get(element) ?? ''
    },
    LMSSetValue: (element, value) => {
      const result = answer(`set ${element}`, 'true')
      if (!fail)
        data.set(element, value)
      return result
    },
    LMSGetLastError: () => lastError,
  }
  return { api, data, calls }
}

const deck: DeckIndex = {
  total: 20,
  aliases: new Map([
    [1, 'start'],
    [12, 'blacklist'],
  ]),
}
const right = (question: (typeof questions)[number]) => question.correct
const wrong = (question: (typeof questions)[number]) => question.options.find(option => option.id !== question.correct)!.id

describe('finding the platform\'s API', () => {
  const { api } = fakeApi()

  it('finds it on a parent or a grandparent', () => {
    const top: { API: Scorm12Api, parent?: WindowLike } = { API: api }
    top.parent = top
    const middle: WindowLike = { parent: top }
    expect(findScormApi({ parent: middle })).toBe(api)
  })

  it('climbs at most seven parents', () => {
    const chain = (length: number): WindowLike => {
      let win: WindowLike = { API: api }
      for (let index = 0; index < length; index++)
        win = { parent: win }
      return win
    }
    expect(findScormApi(chain(7))).toBe(api)
    expect(findScormApi(chain(8))).toBeUndefined()
  })

  it('then looks at the window that opened this one, and its parents', () => {
    const openerTop: WindowLike = { API: api }
    const lonely: WindowLike = {
      opener: { parent: openerTop },
    }
    expect(findScormApi(lonely)).toBe(api)
  })

  it('skips windows of another origin, and objects that are not an API', () => {
    const foreign = Object.defineProperty({}, 'API', {
      get: () => {
        throw new DOMException('Blocked a frame', 'SecurityError')
      },
    }) as WindowLike
    expect(findScormApi({ parent: foreign })).toBeUndefined()
    expect(findScormApi({
      API: {
        LMSInitialize: () => 'true',
      },
    })).toBeUndefined()
  })

  it('finds nothing outside a platform, a window being its own parent', () => {
    const alone: WindowLike = {}
    ;(alone as { parent: WindowLike }).parent = alone
    expect(findScormApi(alone)).toBeUndefined()
  })
})

describe('the answers in suspend_data', () => {
  it('round-trips, keyed by question and option ids', () => {
    const answers = new Map([
      ['origins-bargain', 'mutual-suppression'],
      ['growth-why-it-matters', 'failure'],
    ])
    const encoded = encodeAnswers(answers)
    expect(encoded).toBe('1|origins-bargain:mutual-suppression,growth-why-it-matters:failure')
    expect(decodeAnswers(encoded, questions)).toEqual(answers)
  })

  it('stays within SCORM 1.2\'s 4,096 characters with every question answered by its longest option id', () => {
    expect(questions).toHaveLength(14)
    const answers = new Map(questions.map(question => [
      question.id,
      question.options.map(option => option.id).sort((a, b) => b.length - a.length)[0]!,
    ]))
    const encoded = encodeAnswers(answers)
    expect(encoded.length).toBeLessThanOrEqual(4096)
    expect(decodeAnswers(encoded, questions).size).toBe(14)
  })

  it('leaves out answers that would not fit, rather than send what the platform refuses', () => {
    const many = new Map(Array.from({ length: 500 }, (_, index) => [`question-${index}`, 'an-option']))
    expect(encodeAnswers(many).length).toBeLessThanOrEqual(suspendDataLimit)
  })

  it('drops answers to questions or options no longer in the bank, and data it does not know', () => {
    expect(decodeAnswers('1|origins-bargain:gone,removed-question:x,un-embrace:legitimacy', questions))
      .toEqual(new Map([
        ['un-embrace', 'legitimacy'],
      ]))
    expect(decodeAnswers('', questions).size).toBe(0)
    expect(decodeAnswers('some other course\'s data', questions).size).toBe(0)
  })
})

describe('score and completion', () => {
  it('scores round(100 × right ÷ all questions): 1 right of 14 is 7', () => {
    expect(questions).toHaveLength(14)
    const [first, second] = questions
    expect(scoreOf(new Map([
      [
        first.id,
        right(first),
      ],
      [
        second.id,
        wrong(second),
      ],
    ]), questions)).toBe(7)
    expect(scoreOf(new Map(), questions)).toBe(0)
    expect(scoreOf(new Map(questions.map(question => [
      question.id,
      right(question),
    ])), questions)).toBe(100)
  })

  it('is complete at the last slide with every question answered, right or wrong', () => {
    const all = new Map(questions.map(question => [
      question.id,
      wrong(question),
    ]))
    expect(isLessonComplete(20, all, questions, deck)).toBe(true)
    expect(isLessonComplete(19, all, questions, deck)).toBe(false)
    const allButOne = new Map([...all].slice(1))
    expect(isLessonComplete(20, allButOne, questions, deck)).toBe(false)
  })
})

describe('lesson_location', () => {
  it('names a slide by its alias where it has one, else its number', () => {
    expect(locationOf(12, deck)).toBe('blacklist')
    expect(locationOf(5, deck)).toBe('5')
    expect(slideAt('blacklist', deck)).toBe(12)
    expect(slideAt('5', deck)).toBe(5)
  })

  it('keeps an old number within a deck that has since lost slides, and ignores what is no slide', () => {
    expect(slideAt('31', deck)).toBe(20)
    expect(slideAt('nowhere', deck)).toBeUndefined()
  })
})

describe('session_time', () => {
  it('is written HHHH:MM:SS.SS', () => {
    expect(sessionTime(0)).toBe('0000:00:00.00')
    expect(sessionTime(3_723_450)).toBe('0001:02:03.45')
  })
})

describe('the lesson\'s record in the platform', () => {
  function recordWith(values: Record<string, string> = {}) {
    const platform = fakeApi(values)
    const record = new ScormLessonRecord(new ScormConnection(platform.api), questions, () => deck, () => 0)
    return { ...platform, record }
  }

  it('starts incomplete, with nothing to resume', () => {
    const { record, data, calls } = recordWith()
    expect(record.start()).toEqual({
      answers: new Map(),
      resumeAt: undefined,
    })
    expect(calls[0]).toBe('LMSInitialize')
    expect(data.get('cmi.core.lesson_status')).toBe('incomplete')
    expect(calls).toContain('LMSCommit')
  })

  it('leaves a completed or passed lesson as it was', () => {
    for (const status of ['completed', 'passed']) {
      const { record, data } = recordWith({ 'cmi.core.lesson_status': status })
      record.start()
      expect(data.get('cmi.core.lesson_status')).toBe(status)
    }
  })

  it('resumes at the slide and with the answers kept last time', () => {
    const { record } = recordWith({
      'cmi.core.lesson_status': 'incomplete',
      'cmi.core.lesson_location': 'blacklist',
      'cmi.suspend_data': '1|un-embrace:legitimacy',
    })
    expect(record.start()).toEqual({
      answers: new Map([
        ['un-embrace', 'legitimacy'],
      ]),
      resumeAt: 12,
    })
  })

  it('completes at once when the last visit left nothing to do in today\'s deck', () => {
    const { record, data } = recordWith({
      'cmi.core.lesson_status': 'incomplete',
      'cmi.core.lesson_location': '31',
      'cmi.suspend_data': encodeAnswers(new Map(questions.map(question => [question.id, question.correct]))),
    })
    record.start()
    expect(data.get('cmi.core.lesson_status')).toBe('completed')
  })

  it('keeps the furthest slide reached, not the last one seen', () => {
    const { record, data } = recordWith()
    record.start()
    record.reachSlide(5)
    record.reachSlide(12)
    record.reachSlide(3)
    expect(data.get('cmi.core.lesson_location')).toBe('blacklist')
  })

  it('reports answers, score 0–100 and commits', () => {
    const { record, data, calls } = recordWith()
    record.start()
    const [first, second] = questions
    calls.length = 0
    record.answersChanged(new Map([
      [
        first.id,
        right(first),
      ],
      [
        second.id,
        wrong(second),
      ],
    ]))
    expect(data.get('cmi.suspend_data')).toBe(`1|${first.id}:${right(first)},${second.id}:${wrong(second)}`)
    expect(data.get('cmi.core.score.raw')).toBe('7')
    expect(data.get('cmi.core.score.min')).toBe('0')
    expect(data.get('cmi.core.score.max')).toBe('100')
    expect(calls.at(-1)).toBe('LMSCommit')
  })

  it('completes once the last slide is reached with every question answered', () => {
    const { record, data } = recordWith()
    record.start()
    record.answersChanged(new Map(questions.map(question => [
      question.id,
      wrong(question),
    ])))
    expect(data.get('cmi.core.lesson_status')).toBe('incomplete')
    record.reachSlide(20)
    expect(data.get('cmi.core.lesson_status')).toBe('completed')
  })

  it('finishes once: session time, exit "suspend" while incomplete, commit, LMSFinish', () => {
    const { record, data, calls } = recordWith()
    record.start()
    calls.length = 0
    record.finish()
    record.finish()
    expect(calls).toEqual([
      'set cmi.core.session_time',
      'set cmi.core.exit',
      'LMSCommit',
      'LMSFinish',
    ])
    expect(data.get('cmi.core.exit')).toBe('suspend')
  })
})

describe('a platform whose API fails', () => {
  for (const failure of ['false', 'error-code', 'throws'] as const) {
    it(`(${failure}) leaves the lesson working with one console warning`, () => {
      const { api } = fakeApi({}, failure)
      const warn = vi.fn()
      const record = new ScormLessonRecord(new ScormConnection(api, warn), questions, () => deck)
      expect(() => {
        record.start()
        record.reachSlide(4)
        record.answersChanged(new Map([
          ['un-embrace', 'legitimacy'],
        ]))
        record.finish()
      }).not.toThrow()
      expect(warn).toHaveBeenCalledTimes(1)
      expect(warn.mock.calls[0]![0]).toContain('LMSInitialize')
    })
  }

  it('warns once however many later calls fail', () => {
    const platform = fakeApi()
    const warn = vi.fn()
    const record = new ScormLessonRecord(new ScormConnection(platform.api, warn), questions, () => deck)
    record.start()
    platform.api.LMSSetValue = () => 'false'
    platform.api.LMSCommit = () => 'false'
    for (let no = 2; no < 10; no++)
      record.reachSlide(no)
    record.finish()
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0]![0]).toContain('cmi.core.lesson_location')
  })
})
