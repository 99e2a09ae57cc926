import { describe, expect, it } from 'vitest'
import { usesTwoslash } from '../../scripts/lean-first-slide'

describe('usesTwoslash', () => {
  it('finds a twoslash code block on any slide, fenced with backticks or tildes', () => {
    expect(usesTwoslash(['# Plain', '```ts twoslash\nconst a = 1\n```'])).toBe(true)
    expect(usesTwoslash(['~~~ts {1} twoslash\nconst a = 1\n~~~'])).toBe(true)
  })

  it('finds none in slides whose code blocks are ordinary, or that only mention the word', () => {
    expect(usesTwoslash(['```ts\nconst a = 1\n```', 'Twoslash is not used here.'])).toBe(false)
    expect(usesTwoslash([])).toBe(false)
  })
})
