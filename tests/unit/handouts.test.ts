import { describe, expect, it } from 'vitest'
import { handoutPath } from '../../lib/handout-routes'
import { byPart, handoutSlide, inPagesOf } from '../../lib/handout-slides'
import { addressSegments } from '../../lib/web-address'
import { deckDate } from '../../scripts/deck-date'
import { partHeadings } from '../../scripts/deck-parts'

describe('handout routes', () => {
  it('opens a handout in Slidev\'s print mode', () => {
    expect(handoutPath('notes')).toBe('?print#/handout/notes')
  })
})

describe('what a handout prints about a slide', () => {
  const parts = [null, 'Part 1 · Origins', 'Part 1 · Origins']

  it('takes its title, its part by number and its notes', () => {
    const route = {
      no: 2,
      meta: {
        slide: { title: 'Shanghai Five', noteHTML: '<p>Say why.</p>' },
      },
    }
    expect(handoutSlide(route, parts)).toEqual({
      no: 2,
      title: 'Shanghai Five',
      part: 'Part 1 · Origins',
      notes: '<p>Say why.</p>',
      route,
    })
  })

  it('names an untitled slide by its number, and has no part or notes where there are none', () => {
    const route = { no: 4, meta: {} }
    expect(handoutSlide(route, parts)).toEqual({
      no: 4,
      title: 'Slide 4',
      part: null,
      notes: '',
      route,
    })
  })
})

describe('the slides of a handout', () => {
  const slide = (no: number, part: string | null) => ({ no, title: `Slide ${no}`, part })

  it('groups consecutive slides of one part', () => {
    const sections = byPart([
      slide(1, null),
      slide(2, 'Part 1'),
      slide(3, 'Part 1'),
      slide(4, 'Part 2'),
    ])
    expect(sections.map(section => [
      section.part,
      section.slides.map(each => each.no),
    ])).toEqual([
      [
        null,
        [1],
      ],
      [
        'Part 1',
        [2, 3],
      ],
      [
        'Part 2',
        [4],
      ],
    ])
  })

  it('cuts a list into pages of three, the last one shorter, or with a first page of its own size', () => {
    expect(inPagesOf([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([
      [1, 2, 3],
      [4, 5, 6],
      [7],
    ])
    expect(inPagesOf([1, 2, 3, 4, 5, 6], 2, 1)).toEqual([
      [1],
      [2, 3],
      [4, 5],
      [6],
    ])
    expect(inPagesOf([], 2)).toEqual([])
    expect(() => inPagesOf([1], 0)).toThrow(RangeError)
    expect(() => inPagesOf([1], 2, 0)).toThrow(RangeError)
  })
})

describe('partHeadings', () => {
  const plans = [
    {
      prefix: 'Part',
      plan: {
        title: 'Core',
        minutes: 8,
        parts: [
          {
            title: 'Opening',
            kicker: 'Opening',
            minutes: 4,
            slides: ['start', 'objectives'],
          },
          {
            title: 'Origins',
            kicker: 'Origins',
            minutes: 4,
            slides: ['origins'],
          },
        ],
      },
    },
    {
      prefix: 'Extension',
      plan: {
        title: 'More',
        minutes: 5,
        parts: [
          {
            title: 'The map',
            kicker: 'The map',
            minutes: 5,
            slides: ['member-map'],
          },
        ],
      },
    },
  ]

  it('heads each slide with its part of the lesson plans, the cover with none, untimed slides as reference', () => {
    const headed: [slide: string | undefined, heading: string | null][] = [
      ['start', null],
      ['objectives', 'Part 1 · Opening'],
      ['origins', 'Part 2 · Origins'],
      ['member-map', 'Extension 1 · The map'],
      ['glossary', 'Reference'],
      [undefined, 'Reference'],
    ]
    expect(partHeadings(headed.map(([slide]) => slide), plans)).toEqual(headed.map(([, heading]) => heading))
  })
})

describe('deckDate', () => {
  it('takes SOURCE_DATE_EPOCH when it is set, as a UTC day', () => {
    expect(deckDate({ SOURCE_DATE_EPOCH: '1796083200' })).toBe('2026-12-01')
  })

  it('is otherwise a YYYY-MM-DD day (the commit\'s)', () => {
    expect(deckDate({})).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
})

describe('addressSegments', () => {
  it('cuts an address after each slash and dot, and between the words of a path, never inside a word', () => {
    expect(addressSegments('english.china.org.cn/english/features/')).toEqual([
      'english.',
      'china.',
      'org.',
      'cn/',
      'english/',
      'features/',
    ])
    expect(addressSegments('rferl.org/a/kazakhstan_extradites/24230209.html')).toEqual([
      'rferl.',
      'org/',
      'a/',
      'kazakhstan_',
      'extradites/',
      '24230209.',
      'html',
    ])
    expect(addressSegments('nationalinterest.org/commentary/the-sco-5478')).toEqual([
      'nationalinterest.',
      'org/',
      'commentary/',
      'the-',
      'sco-',
      '5478',
    ])
  })
})
