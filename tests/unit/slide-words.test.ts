// @vitest-environment happy-dom
import type { Component, Directive } from 'vue'
import type { DeckSlide } from '../support/deck'
import { mount } from '@vue/test-utils'
import { beforeAll, describe, expect, it } from 'vitest'
import { lessonOne, lessonTwo } from '../../data/lesson'
import { loadDeck } from '../support/deck'

/**
 * Projected slides must be readable at a glance: about 60 words of body text at most (the title, the
 * part's kicker and the source line aside), on at least 90% of the two lessons' slides, and none far
 * beyond. The self-study and the reference pages are read on screen or printed, not projected in class.
 */
const limit = 60
const farBeyond = 90

/** Loaded on demand: some components need Slidev's client, which only the extension's slides use. */
const componentLoaders = Object.fromEntries(Object.entries(import.meta.glob<{ default: Component }>('../../components/*.vue'))
  .map(([path, load]) => [
    path.replace(/^.*\/(\w+)\.vue$/, '$1'),
    load,
  ]))
const components: Record<string, Component> = {}

/** The part's kicker, the slide's source line and its own styles are not the slide's body. */
function bodyOnly(content: string): string {
  return content.replace(/<(?:PartKicker|SourceLine)(?:\s[^>]*)?\/>/g, ' ').replace(/<style>[\s\S]*?<\/style>/g, ' ')
}

async function loadComponents(content: string): Promise<void> {
  for (const [, name] of bodyOnly(content).matchAll(/<([A-Z]\w+)/g)) {
    if (!components[name!] && componentLoaders[name!])
      components[name!] = (await componentLoaders[name!]!()).default
  }
}

const noop: Directive = {}

/** What a component tag in the Markdown renders, as text a reader sees (screen-reader-only text left out). */
function renderedText(name: string, attributes: string): string {
  const component = components[name]
  if (!component)
    throw new Error(`The slide uses <${name} />, which components/ does not have`)
  const props: Record<string, unknown> = {}
  for (const [, key, value] of attributes.matchAll(/(:?[\w-]+)(?:="([^"]*)")?/g)) {
    const prop = key!.replace(/^:/, '').replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())
    props[prop] = value === undefined
      ? true
      : key!.startsWith(':')
        ? JSON.parse(value)
        : value
  }
  const wrapper = mount(component, {
    props,
    global: {
      directives: { click: noop, after: noop },
    },
  })
  for (const hidden of wrapper.element.querySelectorAll?.('.visually-hidden, [aria-hidden="true"]') ?? [])
    hidden.remove()
  const text = wrapper.element.textContent ?? ''
  wrapper.unmount()
  return ` ${text} `
}

/** A slide's body as words: its Markdown with components rendered, without title, kicker, tags or markup. */
export function bodyWords(content: string): string[] {
  const text = bodyOnly(content)
    .replace(/^# .*$/m, ' ')
    .replace(/<([A-Z]\w*)(\s[^>]*)?\/>/g, (_, name: string, attributes: string | undefined) => renderedText(name, attributes ?? ''))
    .replace(/<[^>]*>/g, ' ')
    .replace(/::\w+::/g, ' ')
    .replace(/[*_#|`]/g, ' ')
  return text.split(/\s+/).filter(word => /[\p{L}\p{N}]/u.test(word))
}

const lessons = [lessonOne, lessonTwo]
let projected: DeckSlide[]
beforeAll(async () => {
  const deck = await loadDeck()
  const core = new Set(lessons.flatMap(lesson => lesson.parts.flatMap(part => part.slides)))
  projected = deck.filter(slide => slide.alias !== undefined && core.has(slide.alias))
  for (const slide of projected)
    await loadComponents(slide.content)
  await loadComponents('<EssayRef')
})

describe('body words on the projected slides', () => {
  it('counts words as a reader sees them: the title and the kicker aside, components rendered', () => {
    expect(bodyWords('# A title\n\n<PartKicker />\n\n- **Two** words')).toEqual(['Two', 'words'])
    expect(bodyWords('Read <EssayRef n="6" />.')).toEqual(['Read', '(the', 'essay,', '¶6)'])
  })

  it('finds every slide of the two lessons', () => {
    expect(projected.length).toBe(lessons.flatMap(lesson => lesson.parts.flatMap(part => part.slides)).length)
  })

  it(`keeps at least 90% of them to ${limit} words or fewer, and none beyond ${farBeyond}`, () => {
    const counts = projected.map(slide => ({ alias: slide.alias, words: bodyWords(slide.content).length }))
    const over = counts.filter(count => count.words > limit)
    expect(over.length, `over ${limit} words: ${over.map(count => `${count.alias} (${count.words})`).join(', ')}`).toBeLessThanOrEqual(Math.floor(projected.length * 0.1))
    expect(counts.filter(count => count.words > farBeyond)).toEqual([])
  })
})
