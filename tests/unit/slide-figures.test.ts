import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exercises } from '../../data/exercises'
import { figures } from '../../data/figures'
import { formatNumber } from '../../lib/format'
import { loadDeck } from '../support/deck'

/** A slide's visible text as written: its Markdown without the notes (the last HTML comment) or frontmatter. */
function slideBodies(): { where: string, body: string }[] {
  const root = resolve(import.meta.dirname, '../..')
  const files = [
    'slides.md',
    ...readFileSync(resolve(root, 'slides.md'), 'utf8').matchAll(/src: \.\/(pages\/[\w-]+\.md)/g).map(match => match[1]!),
  ]
  return files.flatMap(file => readFileSync(resolve(root, file), 'utf8')
    .split(/^---$/m)
    .map((chunk, index) => ({
      where: `${file}, block ${index}`,
      body: chunk.replace(/<!--[\s\S]*?-->/g, ''),
    })))
}

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
      for (const { where, body } of slideBodies()) {
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
