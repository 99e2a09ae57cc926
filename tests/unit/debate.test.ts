// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import DebatePack from '../../components/handouts/DebatePack.vue'
import ExitTicket from '../../components/handouts/ExitTicket.vue'
import { evidenceCards, handIn, motion, roles, rubric, runningOrder } from '../../data/debate'
import { exitTicket, exitTicketMinutes } from '../../data/exit-ticket'
import { sources } from '../../data/sources'
import { sentence } from '../../lib/format'

describe('the debate', () => {
  it('debates a motion either side can argue, not the essay\'s or Boland\'s slogan', () => {
    expect(motion).toBe('U.S. engagement with the SCO should be conditioned on human-rights benchmarks.')
    expect(roles.map(role => role.name)).toEqual([
      'For the motion',
      'Against the motion',
      'Fact-checkers',
      'Chair and timekeeper',
      'Audience',
    ])
  })

  it('judges by evidence, accuracy, rebuttal and a fair statement of the other side, each on three levels', () => {
    const wordedLevels = (levels: readonly string[]) => levels.filter(level => level.trim() !== '').length
    expect(rubric.map(({ criterion, levels }) => [
      criterion,
      wordedLevels(levels),
    ])).toEqual([
      ['Evidence', 3],
      ['Accuracy', 3],
      ['Rebuttal', 3],
      ['Fair statement of the other side', 3],
    ])
  })

  it('gives six minutes to prepare and six to the hand-in', () => {
    expect(runningOrder[1]!.minutes).toBe(6)
    expect(runningOrder.at(-1)).toEqual({ step: 'Hand-in, written by each student', minutes: 6 })
    expect(handIn.minutes).toBe(6)
  })

  it('prints a hand-in on which a student can argue either side', () => {
    const wrapper = mount(DebatePack)
    const handInSection = wrapper.get('section.hand-in')
    expect(handInSection.text()).toContain('For the motion')
    expect(handInSection.text()).toContain('Against the motion')
    expect(handInSection.findAll('.steps > li')).toHaveLength(4)
    expect(wrapper.findAll('.rubric tbody tr')).toHaveLength(4)
    expect(wrapper.findAll('.checklist ol > li')).toHaveLength(6)
  })

  it('gives each side six evidence cards, each in its speaker\'s own words, with its source and that source\'s voice', () => {
    expect(evidenceCards.filter(card => card.side === 'for')).toHaveLength(6)
    expect(evidenceCards.filter(card => card.side === 'against')).toHaveLength(6)
    const againstSources = evidenceCards.filter(card => card.side === 'against').map(card => card.source)
    expect(againstSources).toEqual(expect.arrayContaining([
      'boland',
      'bolandPaper',
      'convention2009',
      'kazakhAssurances',
    ]))
    const wrapper = mount(DebatePack)
    const against = wrapper.get('section[aria-labelledby="cards-against"]')
    expect(against.findAll('li.card')).toHaveLength(6)
    const first = against.get('li.card')
    expect(first.get('blockquote').text()).toContain('“more than just an old autocrat’s club”')
    expect(first.get('blockquote footer').text()).toBe('— Julie Boland’s op-ed, its standfirst, 10 June 2011')
    expect(first.get('.meta').text()).toContain('Voice: think tank (Federal Executive Fellow at the Brookings Institution, a U.S. think tank, which lists the op-ed under her fellowship)')
    const forFidh = wrapper.findAll('section[aria-labelledby="cards-for"] li.card').find(card => card.text().includes('FIDH'))
    expect(forFidh?.text()).toContain('Not independent: HRIC is affiliated with FIDH')
    expect(sources.fidh2012.voice).toBe('advocacy group')
  })

  it('heads each row of the roles and the rubric with its name, for a screen reader', () => {
    const wrapper = mount(DebatePack)
    const firstRole = wrapper.get('[aria-label="Roles"] tbody tr')
    expect(firstRole.findAll('th, td').map(cell => cell.element.tagName)).toEqual(['TH', 'TD', 'TD', 'TD'])
    expect(firstRole.get('th').attributes('scope')).toBe('row')
    expect(firstRole.get('th').text()).toBe('For the motion')
    expect(wrapper.get('.rubric tbody tr th[scope="row"]').text()).toBe('Evidence')
  })
})

describe('the exit ticket and the lesson 2 sheet', () => {
  it('asks three questions in the first lesson, for objectives 2, 3 and 1, each written when its slide calls for it', () => {
    expect(exitTicketMinutes).toBe(4)
    expect(exitTicket.filter(question => question.lesson === 1).map(question => question.objective)).toEqual([2, 3, 1])
    const wrapper = mount(ExitTicket)
    expect(wrapper.findAll('.questions > li')).toHaveLength(3)
    expect(wrapper.find('.questions > li .when').text()).toBe('Write it in the lesson’s “Security” part: 2 minutes.')
  })

  it('puts Boland\'s position (objective 4) and the hand-in (objective 5) on one sheet, collected together', () => {
    const sheet = mount(DebatePack).get('section.hand-in')
    expect(sheet.get('h2').text()).toBe('Lesson 2 sheet: Boland’s position, and your hand-in')
    expect(sheet.get('.before > li').text()).toContain('State Julie Boland’s position as fairly as her own words allow')
    expect(sheet.findAll('.steps > li')).toHaveLength(4)
  })

  it('keeps its model answer to Boland\'s position free of words the essay does not give her', () => {
    const boland = exitTicket.find(question => question.id === 'boland')!
    expect(boland.modelAnswer).not.toMatch(/insider access/i)
    expect(boland.modelAnswer).toContain('Kazakhstan and Kyrgyzstan')
  })
})

describe('the exemplar hand-ins', () => {
  const words = (text: string): number => text.split(/\s+/).filter(Boolean).length

  it('are a strong, a middling and a weak answer, each marked on every criterion of the rubric in order', async () => {
    const { exemplars } = await import('../../data/debate')
    expect(exemplars.map(exemplar => exemplar.level)).toEqual(['strong', 'middling', 'weak'])
    for (const exemplar of exemplars) {
      expect(exemplar.marks.map(mark => mark.criterion), exemplar.level).toEqual([
        'Evidence',
        'Accuracy',
        'Rebuttal',
        'Fair statement of the other side',
      ])
      expect(exemplar.marks.every(mark => mark.reason.trim() !== '' && !mark.reason.includes('\n')), exemplar.level).toBe(true)
    }
  })

  it('sum their marks to the totals the key states', async () => {
    const { exemplars } = await import('../../data/debate')
    expect(exemplars.map(exemplar => exemplar.marks.map(mark => mark.points))).toEqual([
      [2, 2, 2, 2],
      [1, 2, 1, 1],
      [1, 0, 0, 0],
    ])
    expect(exemplars.map(exemplar => exemplar.total)).toEqual([8, 5, 1])
    for (const exemplar of exemplars)
      expect(exemplar.marks.reduce((sum, mark) => sum + mark.points, 0), exemplar.level).toBe(exemplar.total)
  })

  it('are each as long as six minutes of writing allows (at most 90 words)', async () => {
    const { exemplars } = await import('../../data/debate')
    expect(exemplars.map(exemplar => words(sentence(exemplar.answer)))).toEqual([82, 55, 46])
    expect(handIn.minutes * 15).toBe(90)
  })

  it('keep the qualifier in the strong answer and drop it in the weak one', async () => {
    const { exemplars } = await import('../../data/debate')
    const [strong, middling, weak] = exemplars
    expect(sentence(strong!.answer)).toContain('at least 28 Uzbeks')
    expect(sentence(strong!.answer)).toContain('(claims 19 and 20, confirmed)')
    expect(sentence(strong!.answer)).toContain('is the essay’s reading (¶8)')
    expect(sentence(middling!.answer)).toContain('over 1,100 individuals')
    expect(sentence(weak!.answer)).toContain('sent 28 Uzbeks')
    expect(sentence(weak!.answer)).not.toContain('at least')
  })

  it('are printed in the teacher\'s answer key, each with its marks and total', async () => {
    const { default: TeacherAnswerKey } = await import('../../components/handouts/TeacherAnswerKey.vue')
    const wrapper = mount(TeacherAnswerKey)
    const sections = wrapper.findAll('.exemplar')
    expect(sections.map(section => section.find('h3').text())).toEqual([
      'Strong (for the motion): 8 of 8',
      'Middling (against the motion): 5 of 8',
      'Weak (for the motion): 1 of 8',
    ])
    expect(sections[2]!.findAll('tbody tr').map(row => row.findAll('th, td').map(cell => cell.text()).slice(0, 2))).toEqual([
      ['Evidence', '1'],
      ['Accuracy', '0'],
      ['Rebuttal', '0'],
      ['Fair statement of the other side', '0'],
    ])
  })
})
