import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { setPresenterNotesDefaults } from '../../lib/presenter-layout'

function storage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial))
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  }
}

describe('the presenter view\'s notes, before a teacher resizes them', () => {
  it('take most of the right-hand column: 680 px wide, 760 px tall', () => {
    const fresh = storage()
    setPresenterNotesDefaults(fresh)
    expect(Object.fromEntries(fresh.items)).toEqual({
      'slidev-presenter-notes-width': '680',
      'slidev-presenter-notes-row-size': '760',
    })
  })

  it('keep a teacher\'s own sizes', () => {
    const resized = storage({ 'slidev-presenter-notes-width': '300' })
    setPresenterNotesDefaults(resized)
    expect(resized.items.get('slidev-presenter-notes-width')).toBe('300')
    expect(resized.items.get('slidev-presenter-notes-row-size')).toBe('760')
  })

  it('use the keys Slidev 53 reads (fails when an upgrade renames them)', () => {
    const presenter = readFileSync(resolve(import.meta.dirname, '../../node_modules/@slidev/client/pages/presenter.vue'), 'utf8')
    expect(presenter).toContain('useLocalStorage(\'slidev-presenter-notes-width\', 360)')
    expect(presenter).toContain('useLocalStorage(\'slidev-presenter-notes-row-size\', 280)')
  })
})
