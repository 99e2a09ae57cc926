import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { deckSlides, slideAliases } from '../../scripts/deck-parts'
import { isShown, readDeck, readHeadmatter } from '../../scripts/deck-source'

// A small deck of its own (its cover takes the headmatter's title, as in Slidev): a cover, a hidden slide, a disabled one and two shown after them.
const root = mkdtempSync(join(tmpdir(), 'deck-source-'))
writeFileSync(join(root, 'slides.md'), [
  '---',
  'title: A small deck',
  'duration: 50min',
  'routeAlias: start',
  '---',
  '',
  '# Cover',
  '',
  '---',
  'hide: true',
  'routeAlias: hidden',
  '---',
  '',
  '# Hidden',
  '',
  '---',
  'disabled: true',
  'routeAlias: disabled',
  '---',
  '',
  '# Disabled',
  '',
  '---',
  'routeAlias: second',
  '---',
  '',
  '# Second',
  '',
  '<!-- **Say:** the notes -->',
  '',
  '---',
  'src: ./pages/more.md',
  '---',
  '',
].join('\n'))
const pages = join(root, 'pages')
mkdirSync(pages)
writeFileSync(join(pages, 'more.md'), '---\nrouteAlias: third\n---\n\n# Third <SelfCheck id="origins" />\n')

afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('the one reader of slides.md (scripts/deck-source.ts)', () => {
  it('leaves hidden and disabled slides out, numbering the rest as the deck does', async () => {
    const deck = await readDeck(root)
    expect(deck.slides.map(slide => [
      slide.no,
      slide.alias,
      slide.title,
      slide.file,
    ])).toEqual([
      [
        1,
        'start',
        'A small deck',
        'slides.md',
      ],
      [2, 'second', 'Second', 'slides.md'],
      [
        3,
        'third',
        'Third <SelfCheck id="origins" />',
        'more.md',
      ],
    ])
    expect(deck.slides[1]!.note).toBe('**Say:** the notes')
    expect(deck.slides[2]!.selfChecks).toEqual(['origins'])
  })

  it('gives the build the same slides as the tests', async () => {
    expect(slideAliases(await deckSlides(root))).toEqual(['start', 'second', 'third'])
  })

  it('reads the headmatter, at once or with the slides', async () => {
    expect(readHeadmatter(root)).toMatchObject({ title: 'A small deck', duration: '50min' })
    expect((await readDeck(root)).headmatter).toMatchObject({ title: 'A small deck', duration: '50min' })
  })

  it('takes `hide` and `disabled` alike', () => {
    expect([
      isShown({}),
      isShown({ hide: true }),
      isShown({ disabled: true }),
      isShown({ hide: false }),
    ]).toEqual([true, false, false, true])
  })
})
