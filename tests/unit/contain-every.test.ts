import { describe, expect, it } from 'vitest'

describe('toContainEvery (tests/support/contain-every.ts)', () => {
  it('passes when the text holds each phrase', () => {
    expect('at least 42 organizations and over 1,100 individuals').toContainEvery(['at least 42', 'over 1,100'])
  })

  it('fails naming every phrase the text lacks, and only those', () => {
    expect(() => expect('at least 42 organizations').toContainEvery(['at least 42', 'over 1,100', 'unverified']))
      .toThrow(/it lacks "over 1,100", "unverified"$/)
  })

  it('refuses what is not a string', () => {
    expect(() => expect(['at least 42']).toContainEvery(['at least 42'])).toThrow(TypeError)
  })
})
