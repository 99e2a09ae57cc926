/**
 * SCORM 1.2 in the browser, once lib/scorm-api.ts has found the platform's `API`: the lesson's record in it
 * (furthest slide, self-check answers, score, status), and a connection that never lets the
 * platform's errors reach the learner. Pure: the deck wires it up in setup/scorm.ts.
 */
import type { Question } from '../data/questions'
import type { Scorm12Api } from './scorm-api'
import type { DeckIndex } from './slide-link'

/** SCORM 1.2's limit on `cmi.suspend_data`. */
export const suspendDataLimit = 4096

/** Question id → the option id the learner first checked. */
export type Answers = ReadonlyMap<string, string>

const formatVersion = '1'

/**
 * The answers as `1|question:option,question:option`, keyed by ids so that editing the questions'
 * texts or order keeps every answer. Answers that would push it past `limit` are left out.
 */
export function encodeAnswers(answers: Answers, limit = suspendDataLimit): string {
  let encoded = `${formatVersion}|`
  let first = true
  for (const [question, option] of answers) {
    const entry = `${first ? '' : ','}${question}:${option}`
    if (encoded.length + entry.length > limit)
      break
    encoded += entry
    first = false
  }
  return encoded
}

/** The answers in `suspend_data`, keeping only those whose question and option are still in `bank`. */
export function decodeAnswers(suspendData: string, bank: readonly Question[]): Map<string, string> {
  const answers = new Map<string, string>()
  const [version, body] = suspendData.split('|', 2)
  if (version !== formatVersion || !body)
    return answers
  for (const entry of body.split(',')) {
    const [questionId, optionId] = entry.split(':', 2)
    const question = bank.find(candidate => candidate.id === questionId)
    if (question && question.options.some(option => option.id === optionId))
      answers.set(question.id, optionId!)
  }
  return answers
}

/** round(100 × questions answered right ÷ all questions in `bank`). */
export function scoreOf(answers: Answers, bank: readonly Question[]): number {
  if (bank.length === 0)
    return 0
  const right = bank.filter(question => answers.get(question.id) === question.correct).length
  return Math.round(100 * right / bank.length)
}

/** The lesson is complete when the last slide was reached and every question has an answer. */
export function isLessonComplete(furthestSlide: number, answers: Answers, bank: readonly Question[], deck: DeckIndex): boolean {
  return furthestSlide >= deck.total && bank.every(question => answers.has(question.id))
}

/** A slide as `lesson_location`: its `routeAlias` if it has one (it survives slides added before it), else its number. */
export function locationOf(no: number, deck: DeckIndex): string {
  return deck.aliases.get(no) ?? String(no)
}

/** The slide a `lesson_location` or route parameter names in today's deck: an alias, or a number kept within the deck. */
export function slideAt(location: string, deck: DeckIndex): number | undefined {
  for (const [no, alias] of deck.aliases) {
    if (alias === location)
      return no
  }
  if (!/^\d+$/.test(location) || deck.total < 1)
    return undefined
  return Math.min(Math.max(Number(location), 1), deck.total)
}

/** `cmi.core.session_time` for a duration: HHHH:MM:SS.SS. */
export function sessionTime(milliseconds: number): string {
  const centiseconds = Math.max(0, Math.round(milliseconds / 10))
  const hours = Math.min(9999, Math.floor(centiseconds / 360_000))
  const minutes = Math.floor(centiseconds / 6000) % 60
  const seconds = (centiseconds % 6000) / 100
  const two = (value: number) => String(Math.floor(value)).padStart(2, '0')
  return `${String(hours).padStart(4, '0')}:${two(minutes)}:${two(seconds)}.${String(centiseconds % 100).padStart(2, '0')}`
}

/**
 * The platform's API behind calls that never throw. The first failure (an exception, a "false"
 * result or a non-zero `LMSGetLastError`) is reported once through `warn`; later ones are silent.
 * A failed `LMSInitialize` ends the conversation: nothing more is sent.
 */
export class ScormConnection {
  private warned = false
  private open = false

  constructor(
    private readonly api: Scorm12Api,
    private readonly warn: (message: string) => void = message => console.warn(message),
  ) {}

  /** True when the platform accepted `LMSInitialize`. */
  initialize(): boolean {
    this.open = this.call('LMSInitialize', () => this.api.LMSInitialize(''))
    return this.open
  }

  get(element: string): string {
    if (!this.open)
      return ''
    let value: unknown = ''
    this.call(`LMSGetValue("${element}")`, () => {
      value = this.api.LMSGetValue(element)
      return true
    })
    return typeof value === 'string'
      ? value
      : String(value ?? '')
  }

  set(element: string, value: string): void {
    if (this.open)
      this.call(`LMSSetValue("${element}")`, () => this.api.LMSSetValue(element, value))
  }

  commit(): void {
    if (this.open)
      this.call('LMSCommit', () => this.api.LMSCommit(''))
  }

  finish(): void {
    if (!this.open)
      return
    this.open = false
    this.call('LMSFinish', () => this.api.LMSFinish(''))
  }

  private call(name: string, run: () => unknown): boolean {
    let ok: boolean
    let detail = ''
    try {
      const result = run()
      // eslint-disable-next-line unicorn/throw-new-error -- SCORM's function, not an Error class
      const code = String(this.api.LMSGetLastError() ?? '0')
      ok = String(result) !== 'false' && (code === '0' || code === '')
      if (!ok)
        detail = ` (error ${code})`
    }
    catch (error) {
      ok = false
      detail = ` (${error instanceof Error
        ? error.message
        : String(error)})`
    }
    if (!ok && !this.warned) {
      this.warned = true
      this.warn(`The learning platform’s SCORM API refused ${name}${detail}; the lesson goes on, but your progress may not be recorded.`)
    }
    return ok
  }
}

const finishedStatuses = new Set(['completed', 'passed'])

/**
 * The lesson's record in the platform: started with `start`, told of every slide reached and every
 * change of answers, finished once with `finish`. Writes and commits only what changed.
 */
export class ScormLessonRecord {
  private furthest = 0
  private answers: Answers = new Map()
  private completed = false
  private finished = false
  private readonly startedAt: number

  constructor(
    private readonly connection: ScormConnection,
    private readonly bank: readonly Question[],
    private readonly deck: () => DeckIndex,
    private readonly now: () => number = Date.now,
  ) {
    this.startedAt = now()
  }

  /**
   * Opens the session. Returns the answers kept from last time and the slide to resume at
   * (undefined when there is nothing to resume), or undefined when the platform refused.
   */
  start(): { answers: Map<string, string>, resumeAt: number | undefined } | undefined {
    if (!this.connection.initialize())
      return undefined
    this.completed = finishedStatuses.has(this.connection.get('cmi.core.lesson_status'))
    if (!this.completed)
      this.connection.set('cmi.core.lesson_status', 'incomplete')
    const answers = decodeAnswers(this.connection.get('cmi.suspend_data'), this.bank)
    this.answers = answers
    const location = this.connection.get('cmi.core.lesson_location')
    const resumeAt = location === ''
      ? undefined
      : slideAt(location, this.deck())
    this.furthest = resumeAt ?? 0
    // Questions removed since the last visit may leave nothing more to do.
    this.updateCompletion()
    this.connection.commit()
    return {
      answers: new Map(answers),
      resumeAt,
    }
  }

  reachSlide(no: number): void {
    if (this.finished || no <= this.furthest)
      return
    this.furthest = no
    this.connection.set('cmi.core.lesson_location', locationOf(no, this.deck()))
    this.updateCompletion()
    this.connection.commit()
  }

  answersChanged(answers: Answers): void {
    if (this.finished)
      return
    this.answers = new Map(answers)
    this.connection.set('cmi.suspend_data', encodeAnswers(this.answers))
    this.connection.set('cmi.core.score.min', '0')
    this.connection.set('cmi.core.score.max', '100')
    this.connection.set('cmi.core.score.raw', String(scoreOf(this.answers, this.bank)))
    this.updateCompletion()
    this.connection.commit()
  }

  /** Says how long this visit took and whether the learner will be back, then ends the session. */
  finish(): void {
    if (this.finished)
      return
    this.finished = true
    this.connection.set('cmi.core.session_time', sessionTime(this.now() - this.startedAt))
    this.connection.set('cmi.core.exit', this.completed ? '' : 'suspend')
    this.connection.commit()
    this.connection.finish()
  }

  private updateCompletion(): void {
    if (this.completed || !isLessonComplete(this.furthest, this.answers, this.bank, this.deck()))
      return
    this.completed = true
    this.connection.set('cmi.core.lesson_status', 'completed')
  }
}
