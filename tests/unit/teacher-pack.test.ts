// @vitest-environment happy-dom
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ContentGuidance from '../../components/handouts/ContentGuidance.vue'
import KeywordsSheet from '../../components/handouts/KeywordsSheet.vue'
import LessonAtAGlance from '../../components/handouts/LessonAtAGlance.vue'
import StatusesSheet from '../../components/handouts/StatusesSheet.vue'
import { variantMotion } from '../../data/content-guidance'
import { objectives } from '../../data/objectives'
import { lessonPlanBody } from '../../scripts/lesson-plan-page'
import { renderHandout } from '../support/handout'

const root = resolve(import.meta.dirname, '../..')
const cells = (row: { findAll: (selector: string) => { text: () => string }[] }): string[] => row.findAll('th, td').map(cell => cell.text())

describe('the lessons at a glance', () => {
  const wrapper = mount(LessonAtAGlance)
  const tables = wrapper.findAll('table')

  it('times both lessons by the clock, part by part', () => {
    expect(tables[0]!.findAll('tbody tr').map(row => cells(row).slice(0, 2))).toEqual([
      ['0–4', '4'],
      ['4–9', '5'],
      ['9–13', '4'],
      ['13–15', '2'],
      ['15–26', '11'],
      ['26–28', '2'],
      ['28–35', '7'],
      ['35–37', '2'],
      ['37–39', '2'],
      ['39–46', '7'],
      ['46–50', '4'],
    ])
    expect(tables[1]!.findAll('tbody tr').map(row => cells(row))).toEqual([
      ['0–3', '3', 'Start: where we are, and the debate’s roles'],
      ['3–13', '10', 'The essay against the treaty: a primary source'],
      ['13–21', '8', 'The other side, in its own words'],
      ['21–40', '19', 'The debate'],
      ['40–50', '10', 'Hand-in and close'],
    ])
  })

  it('lists what to print for 28, with copies and pages, and the debate\'s roles', () => {
    const print = tables[2]!.findAll('tbody tr').map(row => cells(row).slice(0, 3))
    expect(print[0]).toEqual(['Reading guide', 'each student', '28'])
    expect(print[5]).toEqual(['Glossary', 'each student', '28'])
    expect(print[6]).toEqual(['The claims checked', 'each pair', '14'])
    expect(print.at(-1)).toEqual(['The lessons at a glance', 'you', '1'])
    expect(tables[3]!.findAll('tbody tr').map(row => cells(row)[0])).toEqual([
      'For the motion',
      'Against the motion',
      'Fact-checkers',
      'Chair and timekeeper',
      'Audience',
    ])
    expect(wrapper.text()).toContain('two blocks of nine desks facing each other')
  })
})

describe('the keywords handout', () => {
  it('defines the seven keywords with the glossary\'s definitions', () => {
    const wrapper = mount(KeywordsSheet)
    expect(wrapper.findAll('dt').map(term => term.text())).toEqual([
      'SCO (Shanghai Cooperation Organization)',
      'Xinjiang / Uighurs',
      'Separatism',
      'Extremism',
      'Blacklist',
      'Extradition',
      'Non-refoulement',
    ])
    expect(wrapper.findAll('.keyword')[5]!.text()).toContain('One state formally handing a person over to another state that wants to try or punish them.')
  })
})

describe('statuses at a glance', () => {
  const wrapper = mount(StatusesSheet)
  const [claimsTable, readingsTable] = wrapper.findAll('table')

  it('gives every claim its number, label, paragraph and status, as an icon and a word', () => {
    const rows = claimsTable!.findAll('tbody tr')
    expect(rows).toHaveLength(21)
    expect(cells(rows[12]!)).toEqual([
      '13',
      'Blacklist figures',
      '¶6',
      'unverified',
    ])
    expect(cells(rows[20]!)).toEqual([
      '21',
      'Beyond violence',
      '¶6',
      'partly contradicted',
    ])
    for (const row of rows)
      expect(row.find('.status svg.verification-icon').exists()).toBe(true)
  })

  it('gives the essay\'s three readings as the essay\'s reading, not checked', () => {
    expect(readingsTable!.findAll('tbody tr').map(row => cells(row))).toEqual([
      ['Lists honoured without inquiry', '¶6', 'the essay’s reading, not checked'],
      ['Extradition, no refuge', '¶6', 'the essay’s reading, not checked'],
      ['Abuses and norms', '¶7', 'the essay’s reading, not checked'],
    ])
  })
})

describe('the content guidance', () => {
  it('offers a motion at the level of principle that names no government, beside the deck\'s', () => {
    expect(variantMotion).toBe('Should democracies condition their engagement with any regional security body on human-rights benchmarks?')
    const text = mount(ContentGuidance).text()
    expect(text).toContain('U.S. engagement with the SCO should be conditioned on human-rights benchmarks.')
    expect(text).toContain(variantMotion)
    expect(text).toContain('may have family in Xinjiang, Central Asia or Russia')
  })
})

describe('the teacher\'s guide', () => {
  const teaching = readFileSync(resolve(root, 'TEACHING.md'), 'utf8')

  it('is TEACHING.md with no developer instructions: no npm, routeAlias, handout route or file path', () => {
    expect(teaching).not.toMatch(/\bnpm\b/)
    expect(teaching).not.toContain('routeAlias')
    expect(teaching).not.toContain('#/')
    expect(teaching).not.toMatch(/\b(?:data|components|scripts|tests|pages|lib)\/|\.ts\b|\.vue\b/)
  })

  it('words the five objectives of the objectives slide for the teacher, each led by the same verb', () => {
    const section = teaching.split('## Learning objectives')[1]!.split('\n## ')[0]!
    const verbs = [
      ...section.matchAll(/^\d+\. (\w+)/gm),
    ].map(match => match[1])
    expect(verbs).toEqual([
      'summarize',
      'explain',
      'trace',
      'state',
      'argue',
    ])
    expect(objectives.map(objective => objective.split(' ')[0]!.toLowerCase())).toEqual(verbs)
  })

  it('prints TEACHING.md under the handout\'s own title, rendered by the kit\'s rendering', async () => {
    expect(lessonPlanBody('# Title\n\n## Part\n\ntext\n')).toBe('<h2>Part</h2>\n<p>text</p>\n')
    const wrapper = await renderHandout('teachers-guide')
    expect(wrapper.findAll('h1').map(heading => heading.text())).toEqual(['Teacher’s guide'])
    expect(wrapper.findAll('.plan h2').map(heading => heading.text())).toContain('Learning objectives')
    expect(wrapper.findAll('.plan h3').map(heading => heading.text())).toContain('Lesson 1 (50 minutes): the argument and its evidence')
  })

  it('leaves the README\'s two commands as they were', () => {
    const readme = readFileSync(resolve(root, 'README.md'), 'utf8')
    expect(readme).toContain('```sh\nnpm ci && npm run dev\n```')
    expect(readme).toContain('```sh\nnpm test\n```')
    expect(readme).toContain('## Changing the lesson')
  })
})
