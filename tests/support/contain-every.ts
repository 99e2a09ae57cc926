/**
 * `expect(text).toContainEvery([...])`: the text holds each phrase of a list, for a test that names
 * several things a text must say. One failure lists every phrase the text lacks, where a run of
 * `toContain` would stop at the first (vitest.dev, "Extending Matchers"). Registered for every unit
 * test by tests/support/unit-setup.ts.
 */
import { expect } from 'vitest'

declare module 'vitest' {
  // eslint-disable-next-line unused-imports/no-unused-vars -- a merged declaration repeats Vitest's type parameters
  interface Matchers<R extends void | Promise<void> = void | Promise<void>, T = unknown> {
    toContainEvery: (phrases: readonly string[]) => R
  }
}

function quoted(phrases: readonly string[]): string {
  return phrases.map(phrase => JSON.stringify(phrase)).join(', ')
}

expect.extend({
  toContainEvery(received: unknown, phrases: readonly string[]) {
    if (typeof received !== 'string')
      throw new TypeError(`toContainEvery expects a string, received ${this.utils.printReceived(received)}`)
    const missing = phrases.filter(phrase => !received.includes(phrase))
    return {
      pass: missing.length === 0,
      message: () => this.isNot
        ? `expected ${this.utils.printReceived(received)} to lack at least one of ${quoted(phrases)}`
        : `expected ${this.utils.printReceived(received)} to contain every phrase; it lacks ${quoted(missing)}`,
    }
  },
})
