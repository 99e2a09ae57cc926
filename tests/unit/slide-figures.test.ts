import { describe, expect, it } from 'vitest'
import { exercises } from '../../data/exercises'
import { figures } from '../../data/figures'
import { formatNumber } from '../../lib/format'
import { loadDeck } from '../support/deck'

/** Each slide's visible text as written: its title (which the frontmatter may give) and its Markdown, without notes (scripts/deck-source.ts). */
const slideBodies = (await loadDeck()).map(slide => ({ where: `slide ${slide.no} (${slide.file})`, body: `${slide.title}\n${slide.content}` }))

/** Single digits are left out: they stand for list numbers and minutes too often to tell apart. */
const shownFigures = [
  ...Object.entries(figures).map(([id, figure]) => ({ id, value: figure.value })),
  ...exercises.flatMap(exercise => exercise.troops
    ? [
        { id: `${exercise.year} troops`, value: exercise.troops.value },
      ]
    : []),
].filter(figure => figure.value >= 10)

describe('figures on slides', () => {
  it('are rendered from data/, never typed into a slide by hand (counts of 10 and more)', () => {
    const typed: string[] = []
    for (const { id, value } of shownFigures) {
      const written = new RegExp(`(?<![\\d,.])(${formatNumber(value)}|${value})(?![\\d,])`)
      for (const { where, body } of slideBodies) {
        if (written.test(body))
          typed.push(`${id} (${formatNumber(value)}) typed in ${where}`)
      }
    }
    expect(typed).toEqual([])
  })

  it('have a slide for every figure group the deck is built around', async () => {
    const aliases = new Set((await loadDeck()).map(slide => slide.alias))
    for (const alias of [
      'blacklist',
      'later-figures',
      'extraditions',
      'exercises',
      'member-map',
      'since-2011',
    ])
      expect(aliases, `no slide with routeAlias ${alias}`).toContain(alias)
  })
})
