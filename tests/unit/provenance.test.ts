import type { DeckSlide } from '../support/deck'
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { blacklistFigures } from '../../data/blacklist'
import { claimNumber, claims } from '../../data/claims'
import { essayParagraph, essayParagraphs, quotations, speakers } from '../../data/essay'
import { exercises } from '../../data/exercises'
import { extraditionFigures } from '../../data/extraditions'
import { sources } from '../../data/sources'
import { voiceQuotations } from '../../data/voices'
import { sentence } from '../../lib/format'
import { loadDeck } from '../support/deck'

/**
 * The provenance rule, where code can hold it: every statement is the essay's (with its paragraph),
 * a source's (a record in data/sources.ts) or our reading. `npm run check:sources` holds the
 * quotations and claims to the course's source texts; this test holds the deck to its own records.
 */

const root = resolve(import.meta.dirname, '../..')
const markdownFiles = [
  'slides.md',
  ...readdirSync(resolve(root, 'pages')).map(name => `pages/${name}`),
]
const markdown = markdownFiles.map(name => ({
  name,
  text: readFileSync(resolve(root, name), 'utf8'),
}))

/** Every string the data modules export (but the developers' citations of the fact sheet), with where. */
const dataModules = Object.entries(import.meta.glob<Record<string, unknown>>('../../data/*.ts', { eager: true }))
function dataStrings(): { where: string, text: string }[] {
  const found: { where: string, text: string }[] = []
  const seen = new Set<unknown>()
  function walk(value: unknown, where: string): void {
    if (typeof value === 'string') {
      found.push({ where, text: value })
      return
    }
    if (value === null || typeof value !== 'object' || seen.has(value))
      return
    seen.add(value)
    for (const [key, child] of Object.entries(value)) {
      if (key !== 'citation')
        walk(child, `${where}.${key}`)
    }
  }
  for (const [module, exports] of dataModules)
    walk(exports, module.replace('../../', ''))
  return found
}

/** Strings in a student's or the teacher's own voice: a model answer, our module's own title. */
const ownVoiceKeys = new Set(['modelAnswer', 'suggestedAttribution'])

/** The data's strings, less those in a student's or the teacher's own voice. */
function quotableStrings(): { where: string, text: string }[] {
  return dataStrings().filter(({ where }) => !ownVoiceKeys.has(where.split('.').at(-1)!))
}

/** The text the components' templates write themselves (their `<template>`, without tags and bindings). */
const componentTexts = readdirSync(resolve(root, 'components'), { recursive: true, encoding: 'utf8' })
  .filter(name => name.endsWith('.vue'))
  .map(name => ({
    where: `components/${name}`,
    text: (readFileSync(resolve(root, 'components', name), 'utf8').match(/<template>([\s\S]*)<\/template>/)?.[1] ?? '')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/\{\{[\s\S]*?\}\}/g, ' ')
      // A tag, its quoted attributes holding any `>` an expression has.
      .replace(/<(?:[^>"']|"[^"]*"|'[^']*')*>/g, ' '),
  }))

/** Text a reader sees or hears: the markdown and the components' templates without HTML tags and their attributes, and the data's strings. */
const readable = [
  ...markdown.map(file => ({
    where: file.name,
    text: file.text.replace(/<[^>]*>/g, ' ').replace(/^---\n[\s\S]*?\n---$/gm, ''),
  })),
  ...componentTexts,
  ...dataStrings(),
]

/** Names and labels the deck puts in quotation marks that are neither the essay's words nor a title. */
const quotedNames = [
  'Claims checked',
  'Unverified',
  'n.d.',
  'https://',
  'since 2011',
  'after the essay',
  'three evils',
  'three evil forces',
  'Shanghai Five',
  'SCO partner',
  'SCO partners',
  'Coalition-2003',
  'Peace Mission 2005',
  'Peace Mission 2007',
  'principle of mutual recognition',
  'confirm',
  'Conditions would…',
  'Without conditions, engagement…',
  // A self-check's feedback quoting its own wrong option.
  'whatever its members do at home',
  // The worksheet naming the essay's qualifier ("several hundred … soldiers") as a word to keep.
  'several',
]

/** A figure with its qualifier, as data/ records it ("at least 42", "over 1,100"); a sentence starter ("the essay argues…"). */
const qualifiedFigure = /^(?:at least|over|more than|about) [\d,]+$/
const sentenceStarter = /…$/

/** The essay's quotations and the other voices' (data/voices.ts): every quotation the deck may print. */
const quotationTexts = [
  ...Object.values(quotations),
  ...Object.values(voiceQuotations),
].map(quotation => quotation.text.toLowerCase())
const titles = Object.values(sources).map(source => source.title.toLowerCase())

let deck: DeckSlide[]
beforeAll(async () => {
  deck = await loadDeck()
})

describe('the essay\'s quotations', () => {
  it('each name a paragraph the essay has and a speaker, and stay short', () => {
    expect(essayParagraphs.map(paragraph => paragraph.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
    for (const [id, quotation] of Object.entries(quotations)) {
      expect(() => essayParagraph(quotation.paragraph), id).not.toThrow()
      expect(Object.keys(speakers), id).toContain(quotation.speaker)
      expect(quotation.text.split(/\s+/).length, id).toBeLessThanOrEqual(15)
    }
  })

  it('give Boland\'s words to Boland, the officials\' to the officials, and the rest to the essay\'s author', () => {
    expect(quotations.bestHopes.speaker).toBe('boland')
    expect(quotations.harmRelations.speaker).toBe('kyrgyzOfficials')
    expect(quotations.insiderAccess.speaker).toBe('hric')
  })

  it('are the only quotations the slides render, each by an id data/essay.ts has', () => {
    const used = markdown.flatMap(file => [
      ...file.text.matchAll(/<EssayQuote\s[^>]*id="([^"]+)"/g),
    ].map(match => match[1]!))
    expect(used.length).toBeGreaterThan(10)
    expect(used.filter(id => !Object.hasOwn(quotations, id))).toEqual([])
  })

  it('are cited by paragraphs the essay has', () => {
    const cited = markdown.flatMap(file => [
      ...file.text.matchAll(/<EssayRef\s[^>]*n="([^"]+)"/g),
      ...file.text.matchAll(/<SourceLine\s[^>]*essay="([^"]+)"/g),
    ].flatMap(match => match[1]!.split(/\s*[,–-]\s*/).map(Number)))
    expect(cited.length).toBeGreaterThan(5)
    for (const number of cited)
      expect(() => essayParagraph(number), `¶${number}`).not.toThrow()
  })

  it('are the only words in quotation marks, besides titles and names: nothing is quoted that data/essay.ts or data/voices.ts does not record', () => {
    const quotable = [
      ...readable.filter(({ where }) => !where.includes('.ts.')),
      ...quotableStrings(),
    ]
    const unknown = quotable.flatMap(({ where, text }) => [
      ...text.matchAll(/“([^”]+)”|"([^"\n]+)"/g),
    ]
      .map(match => (match[1] ?? match[2])!)
      .filter(phrase => /[a-z]/i.test(phrase))
      .filter((phrase) => {
        const lower = phrase.toLowerCase().replace(/[.,;:]$/, '')
        return !quotationTexts.some(text => text.includes(lower))
          && !titles.some(title => title.includes(lower))
          && !quotedNames.some(name => name.toLowerCase() === lower)
          && !qualifiedFigure.test(lower)
          && !sentenceStarter.test(lower)
      })
      .map(phrase => `${where}: “${phrase}”`))
    expect(unknown).toEqual([])
  })
})

describe('the deck\'s own voice', () => {
  it('points to its own "Claims checked", never to a fact sheet its users do not have', () => {
    const mentions = readable.filter(({ text }) => /fact[ -]sheet/i.test(text)).map(({ where }) => where)
    expect(mentions).toEqual([])
    expect(deck.map(slide => slide.alias)).toEqual(expect.arrayContaining(['claims-checked']))
  })

  it('never says "the West", a "wider case" with no source, or "all confirmed"', () => {
    const found = readable.filter(({ text }) => /\bthe West\b|wider case|all confirmed/i.test(text)).map(({ where }) => where)
    expect(found).toEqual([])
  })

  it('marks the essay\'s legal claims as the essay\'s wherever a paragraph states them', () => {
    const legal = /without (?:any |conducting any )?(?:independent )?inquiry|refus\w* (?:them )?refugee status|whether or not they use violence|violent or not/i
    const unmarked = markdown.flatMap(file => file.text.split(/\n\s*\n/)
      .filter(block => legal.test(block) && !/essay|reading|¶\d/i.test(block))
      .map(block => `${file.name}: ${block.trim().slice(0, 80)}`))
    expect(unmarked).toEqual([])
  })

  it('never credits the "three evils" to the essay', () => {
    const credited = readable.filter(({ text }) => text.split(/(?<=[.!?])\s+/)
      .some(sentence => /three evils/i.test(sentence) && /\bessay\b/i.test(sentence) && !/never|not|does not/i.test(sentence)))
    expect(credited.map(({ where }) => where)).toEqual([])
  })

  it('gives each claim the status data/claims.ts gives it wherever a sentence names one status and the claim\'s number', () => {
    const statuses = ['partly contradicted', 'unverified', 'confirmed'] as const
    const wrong: string[] = []
    for (const { where, text } of readable) {
      for (const sentence of text.split(/(?<=[.!?)])\s+/)) {
        const named = statuses.filter(status => new RegExp(`\\b${status}\\b`, 'i').test(sentence))
        const numbers = [
          ...sentence.matchAll(/\bclaims? ((?:\d+(?:,? (?:and )?)?)+)/g),
        ].flatMap(match => match[1]!.match(/\d+/g)!.map(Number))
        if (named.length !== 1 || numbers.length === 0)
          continue
        for (const number of numbers) {
          if (claimNumber(number).status !== named[0])
            wrong.push(`${where}: claim ${number} is "${claimNumber(number).status}", the text says "${named[0]}"`)
        }
      }
    }
    expect(wrong).toEqual([])
  })

  it('gives the exercises and the blacklist figures the status of the claims that check them', () => {
    expect(exercises.map(exercise => [exercise.year, exercise.verification])).toEqual([
      [2002, claimNumber(8).status],
      [2003, claimNumber(9).status],
      [2005, claimNumber(10).status],
      [2007, claimNumber(11).status],
    ])
    expect(blacklistFigures.blacklistOrganizations.verification).toBe(claimNumber(13).status)
    expect(blacklistFigures.blacklistIndividuals.verification).toBe(claimNumber(13).status)
    expect(extraditionFigures.extraditionIsrail.verification).toBe(claimNumber(19).status)
    expect(extraditionFigures.extraditionUzbeks.verification).toBe(claimNumber(20).status)
  })

  it('cites only sources data/sources.ts lists, and counts HRIC’s own pages as not independent', () => {
    for (const claim of claims) {
      for (const id of claim.sources)
        expect(Object.hasOwn(sources, id), `claim ${claim.number}: ${id}`).toBe(true)
    }
    const hricOwn = Object.entries(sources).filter(([, source]) => source.author.startsWith('Human Rights in China')).map(([id]) => id)
    expect(hricOwn.filter(id => !(sources[id as keyof typeof sources] as { byEssayAuthor?: true }).byEssayAuthor)).toEqual([])
  })

  it('keeps the essay\'s figures and qualifiers: at least 42, over 1,100, at least 29, at least 28', () => {
    const all = readable.map(({ text }) => text).join('\n')
    expect(sentence(claimNumber(13).claim)).toMatch(/at least 42 organizations and over 1,100 individuals/)
    expect(all).toContain('at least 29')
    expect(sentence(claimNumber(20).claim)).toContain('at least 28')
  })
})
