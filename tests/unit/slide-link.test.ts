import type { DeckIndex } from '../../lib/slide-link'
import { describe, expect, it } from 'vitest'
import { isValidClicks, landingFor, slidePath } from '../../lib/slide-link'

const deck: DeckIndex = {
  total: 12,
  aliases: new Map([
    [1, 'start'],
    [3, 'member-map'],
  ]),
}

describe('where a link to a slide lands', () => {
  it('a slide number inside the deck, or an alias, is that slide', () => {
    for (const param of [
      '1',
      '2',
      String(deck.total),
      'start',
      'member-map',
    ])
      expect(landingFor(param, deck), param).toEqual({ kind: 'slide' })
  })

  it('a number past the end lands on the last slide, zero or below on the first', () => {
    expect(landingFor(String(deck.total + 1), deck)).toEqual({ kind: 'nearest', no: deck.total })
    expect(landingFor('999', deck)).toEqual({ kind: 'nearest', no: deck.total })
    expect(landingFor('0', deck)).toEqual({ kind: 'nearest', no: 1 })
    expect(landingFor('-4', deck)).toEqual({ kind: 'nearest', no: 1 })
  })

  it('a number written oddly lands on the slide it names, under its plain address', () => {
    expect(landingFor('03', deck)).toEqual({ kind: 'nearest', no: 3 })
    expect(landingFor('+2', deck)).toEqual({ kind: 'nearest', no: 2 })
  })

  it('a name that is no slide, or a fraction, is not found', () => {
    for (const param of [
      'abc',
      '2abc',
      '1.5',
      '',
      'Member-Map',
      'print',
    ])
      expect(landingFor(param, deck), param).toEqual({ kind: 'not-found' })
  })

  it('an empty deck has no slide to land on', () => {
    expect(landingFor('1', {
      total: 0,
      aliases: new Map(),
    })).toEqual({ kind: 'not-found' })
  })

  it('a slide is addressed by its alias when it has one, as Slidev does', () => {
    expect(slidePath(3, deck, false)).toBe('/member-map')
    expect(slidePath(2, deck, false)).toBe('/2')
    expect(slidePath(2, deck, true)).toBe('/presenter/2')
  })
})

describe('the click count in a link', () => {
  it('is kept only as a whole number', () => {
    for (const clicks of ['0', '3', '99'])
      expect(isValidClicks(clicks), clicks).toBe(true)
    for (const clicks of ['x', '-2', '1.5', '', ' 2'])
      expect(isValidClicks(clicks), clicks).toBe(false)
  })
})
