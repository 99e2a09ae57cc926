import type Token from 'markdown-it/lib/token.mjs'
import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { deckMarkdownOptions } from '../../scripts/deck-markdown'
import { loadDeck } from '../support/deck'

/**
 * What the deck prints uses curly quotation marks and apostrophes (’ “ ” ‘): every string data/
 * exports, and the slides' Markdown prose as Slidev renders it (scripts/deck-markdown.ts). Code,
 * HTML attributes and Markdown syntax keep their straight quotes: they are not printed.
 */
const straight = /['"]/

/** Every string reachable from `value`, with its path: objects, arrays and phrases' parts, not functions. */
function strings(value: unknown, path: string, seen = new Set<unknown>()): { path: string, text: string }[] {
  if (typeof value === 'string') {
    return [
      { path, text: value },
    ]
  }
  if (typeof value !== 'object' || value === null || seen.has(value))
    return []
  seen.add(value)
  return Object.entries(value).flatMap(([key, inner]) => strings(inner, `${path}.${key}`, seen))
}

const dataModules = import.meta.glob<Record<string, unknown>>('../../data/*.ts', { eager: true })

describe('printed text uses curly quotation marks and apostrophes', () => {
  it('in every string data/ exports', () => {
    const found = Object.entries(dataModules).flatMap(([file, exports]) =>
      strings(exports, file.replace('../../', '')))
    expect(found.length).toBeGreaterThan(1000)
    expect(found.filter(({ text }) => straight.test(text)).map(({ path, text }) => `${path}: ${text}`)).toEqual([])
  })

  it('in the slides\' Markdown prose, as the deck renders it', async () => {
    const markdown = new MarkdownIt({ html: true, ...deckMarkdownOptions })
    const printed = (tokens: readonly Token[]): string[] => tokens.flatMap(token => token.type === 'text'
      ? [token.content]
      : printed(token.children ?? []))
    const slides = await loadDeck()
    const found = slides.flatMap(slide => printed(markdown.parse(slide.content, {}))
      .filter(text => straight.test(text))
      .map(text => `slide ${slide.no} (${slide.file}): ${text}`))
    expect(found).toEqual([])
  })

  it('fails on a straight quote in printed text', () => {
    expect(strings({
      a: [
        'fine’s “curly”',
        { b: 'HRIC\'s figure' },
      ],
    }, 'x').filter(({ text }) => straight.test(text))).toEqual([
      { path: 'x.a.1.b', text: 'HRIC\'s figure' },
    ])
    const markdown = new MarkdownIt({ html: true, ...deckMarkdownOptions })
    expect(markdown.renderInline('the essay\'s "claim" <Cite src="x" />')).toBe('the essay’s “claim” <Cite src="x" />')
  })
})
