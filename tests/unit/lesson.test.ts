import type { LessonPlan } from '../../data/lesson'
import type { DeckSlide } from '../support/deck'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { handIn, motion, runningOrder } from '../../data/debate'
import { exitTicket, exitTicketMinutes, questionsOfLesson } from '../../data/exit-ticket'
import { lessonMinutes, lessonOne, lessonTwo, referenceSlides, selfStudy } from '../../data/lesson'
import { readHeadmatter } from '../../scripts/deck-source'
import { loadDeck } from '../support/deck'

/** The minutes a slide's notes give it: "**Time:** 2 min". */
function minutesOf(slide: DeckSlide): number | undefined {
  const match = slide.note.match(/\*\*Time:\*\*\s*(\d+)\s*min/)
  return match
    ? Number(match[1])
    : undefined
}

function slidesOf(plan: LessonPlan): string[] {
  return plan.parts.flatMap(part => part.slides)
}

let deck: DeckSlide[]
beforeAll(async () => {
  deck = await loadDeck()
})

function slide(alias: string): DeckSlide {
  const found = deck.find(candidate => candidate.alias === alias)
  if (!found)
    throw new Error(`data/lesson.ts names a slide "${alias}" that the deck does not have`)
  return found
}

describe('the lesson plans', () => {
  it('give each of the two lessons 50 minutes, and the self-study its own', () => {
    expect(lessonOne.minutes).toBe(50)
    expect(lessonTwo.minutes).toBe(50)
    expect(lessonMinutes).toBe(50)
    expect(selfStudy.minutes).toBe(51)
  })

  it.each([lessonOne, lessonTwo, selfStudy])('$title: its parts add up to its length', (plan) => {
    expect(plan.parts.reduce((sum, part) => sum + part.minutes, 0)).toBe(plan.minutes)
  })

  it.each([lessonOne, lessonTwo, selfStudy])('$title: each part gets as many minutes in the slides\' notes as the plan promises', (plan) => {
    for (const part of plan.parts) {
      const minutes = part.slides.reduce((sum, alias) => sum + (minutesOf(slide(alias)) ?? 0), 0)
      expect(minutes, `minutes in the notes of "${part.title}"`).toBe(part.minutes)
    }
  })

  it('sets the presenter\'s countdown timer to a lesson', () => {
    const headmatter = readHeadmatter()
    expect(headmatter.duration).toBe('50min')
    expect(headmatter.timer).toBe('countdown')
  })

  it('places every slide in exactly one plan, or among the reference pages, in deck order: lesson 1, lesson 2, self-study, reference', () => {
    const planned = [
      ...slidesOf(lessonOne),
      ...slidesOf(lessonTwo),
      ...slidesOf(selfStudy),
      ...referenceSlides,
    ]
    expect(deck.map(candidate => candidate.alias)).toEqual(planned)
  })

  it('gives the reference pages no minutes', () => {
    for (const alias of referenceSlides)
      expect(minutesOf(slide(alias)), alias).toBe(0)
  })

  it('gives the debate a minute to form teams, six to prepare, minutes for changeovers, and the hand-in six', () => {
    expect(runningOrder[0]).toEqual({ step: 'Move into your teams: roles are on the plan', minutes: 1 })
    expect(runningOrder[1]!.step).toMatch(/prepare/)
    expect(runningOrder[1]!.minutes).toBe(6)
    expect(runningOrder.some(step => /changeovers/i.test(step.step))).toBe(true)
    expect(runningOrder.at(-1)!.step).toMatch(/^Hand-in/)
    expect(handIn.minutes).toBe(6)
    expect(exitTicketMinutes).toBe(4)
  })

  it('times the debate, the hand-in and the exit ticket in the notes as data/debate.ts and data/exit-ticket.ts do', () => {
    const debateMinutes = runningOrder.slice(0, -1).reduce((sum, step) => sum + step.minutes, 0)
    expect(minutesOf(slide('activity'))).toBe(debateMinutes)
    expect(minutesOf(slide('hand-in'))).toBe(handIn.minutes + handIn.collectMinutes)
    expect(minutesOf(slide('exit-ticket'))).toBe(exitTicketMinutes)
  })

  it('has every student write the evidence for each objective inside the lesson that teaches it, spread through the lesson', () => {
    expect(questionsOfLesson(1).map(question => [question.writtenAt, question.objective])).toEqual([
      ['non-refoulement', 2],
      ['trace', 3],
      ['exit-ticket', 1],
    ])
    expect(questionsOfLesson(2).map(question => [question.writtenAt, question.objective])).toEqual([
      ['other-side', 4],
    ])
    for (const question of exitTicket) {
      const plan = question.lesson === 1
        ? lessonOne
        : lessonTwo
      expect(slidesOf(plan), question.id).toContain(question.writtenAt)
      expect(minutesOf(slide(question.writtenAt))!, question.id).toBeGreaterThanOrEqual(question.minutes)
      const calledFor = question.writtenAt === 'exit-ticket'
        ? '<ExitTicketSlide />'
        : `<SheetQuestion v-click id="${question.id}" />`
      expect(slide(question.writtenAt).content, question.id).toContain(calledFor)
    }
  })

  it('asks for written answers no longer than a student writes in their minutes, about fifteen words a minute', () => {
    for (const question of exitTicket) {
      const words = question.modelAnswer.split(/\s+/).length
      expect(words, question.id).toBeLessThanOrEqual(question.minutes * 15)
    }
  })

  it.each([lessonOne, lessonTwo])('$title: marks at most six questions to the class essential, the rest "if time", and gives timing checkpoints', (plan) => {
    const notes = slidesOf(plan).map(alias => slide(alias).note)
    const essential = notes.flatMap(note => note.match(/\*\*Ask:\*\*/g) ?? [])
    expect(essential.length).toBeGreaterThan(0)
    expect(essential.length).toBeLessThanOrEqual(6)
    const checkpoints = notes.flatMap(note => note.match(/\*\*Check:\*\* at (?:about )?minute \d+/g) ?? [])
    expect(checkpoints.length).toBeGreaterThanOrEqual(2)
  })

  it.each([lessonOne, lessonTwo])('$title: puts each timing checkpoint at the minute its slide starts or ends, by the notes\' minutes', (plan) => {
    let clock = 0
    const checked: [string, number][] = []
    for (const alias of slidesOf(plan)) {
      const start = clock
      clock += minutesOf(slide(alias)) ?? 0
      const minute = slide(alias).note.match(/\*\*Check:\*\* at (?:about )?minute (\d+)/)?.[1]
      if (minute !== undefined) {
        checked.push([
          alias,
          Number(minute),
        ])
        expect([start, clock], `${alias}: "**Check:** at minute ${minute}"`).toContain(Number(minute))
      }
    }
    expect(checked.length).toBeGreaterThanOrEqual(2)
  })

  it('debates a motion that takes no side', () => {
    expect(motion).toBe('U.S. engagement with the SCO should be conditioned on human-rights benchmarks.')
  })
})

/** The rows of the timing table under a TEACHING.md heading: clock, minutes, part. */
function timingTable(heading: string): { clock: string, minutes: number, part: string }[] {
  const teaching = readFileSync(resolve(import.meta.dirname, '../../TEACHING.md'), 'utf8')
  const section = teaching.split(/^### /m).find(part => part.startsWith(heading))
  if (!section)
    throw new Error(`TEACHING.md has no section "### ${heading}"`)
  return section.split('\n')
    .filter(line => /^\| \d+–\d+ \|/.test(line))
    .map((line) => {
      const [clock, minutes, part] = line.split('|').slice(1).map(cell => cell.trim())
      return {
        clock: clock!,
        minutes: Number(minutes),
        part: part!,
      }
    })
}

describe('the timing tables in TEACHING.md', () => {
  it.each([
    ['Lesson 1', lessonOne],
    ['Lesson 2', lessonTwo],
    ['Self-study', selfStudy],
  ] as const)('"%s" gives the parts, minutes and clock times of the plan, minute by minute', (heading, plan) => {
    const rows = timingTable(heading)
    expect(rows.map(row => row.part)).toEqual(plan.parts.map(part => part.title))
    expect(rows.map(row => row.minutes)).toEqual(plan.parts.map(part => part.minutes))
    let start = 0
    const clocks = plan.parts.map((part) => {
      const clock = `${start}–${start + part.minutes}`
      start += part.minutes
      return clock
    })
    expect(rows.map(row => row.clock)).toEqual(clocks)
    expect(start).toBe(plan.minutes)
  })
})

describe('the slides', () => {
  it('have speaker notes on every slide, each saying what to say and how many minutes', () => {
    const missing = deck.filter(candidate => !candidate.note.includes('**Say:**') || minutesOf(candidate) === undefined)
    expect(missing.map(candidate => `${candidate.no} ${candidate.title} (${candidate.file})`)).toEqual([])
  })

  it('give every slide a title, so the PDF outline and the overview can name it', () => {
    expect(deck.filter(candidate => !candidate.title.trim()).map(candidate => candidate.no)).toEqual([])
  })

  it('give every slide a unique route alias, so links and tests can name slides', () => {
    const aliases = deck.map(candidate => candidate.alias)
    expect(aliases.filter(alias => !alias)).toEqual([])
    expect(new Set(aliases).size).toBe(aliases.length)
  })
})
