import type { OkabeItoName } from '../../lib/palette'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { okabeIto, okabeItoTextOnDark, okabeItoTextOnLight, paletteCss, paletteProperty, seriesColours } from '../../lib/palette'
import { contrastRatio } from '../support/contrast'

const deckCss = readFileSync('styles/deck.css', 'utf8')

/** The custom properties a CSS block declares, by name. */
function declarations(css: string, selector: string): Record<string, string> {
  const block = new RegExp(`${selector.replace('.', '\\.')}\\s*\\{([^}]*)\\}`).exec(css)?.[1] ?? ''
  return Object.fromEntries([
    ...block.matchAll(/(--[\w-]+):\s*([^;\s][^;]*);/g),
  ].map(([, name, value]) => [
    name!,
    value!.trim(),
  ]))
}

describe('the palette', () => {
  it('is Okabe and Ito\'s eight colours', () => {
    expect(Object.values(okabeIto)).toEqual([
      '#000000',
      '#e69f00',
      '#56b4e9',
      '#009e73',
      '#f0e442',
      '#0072b2',
      '#d55e00',
      '#cc79a7',
    ])
  })

  it('is set as CSS custom properties with the same values, text shades for light and dark pages included', () => {
    const light = declarations(paletteCss(), ':root')
    const dark = declarations(paletteCss(), 'html.dark')
    expect(Object.keys(light)).toHaveLength(12)
    expect(Object.keys(dark)).toHaveLength(4)
    expect(light['--okabe-sky-blue']).toBe('#56b4e9')
    expect(light['--okabe-vermillion-text']).toBe('#a34700')
    expect(dark['--okabe-blue-text']).toBe('#56b4e9')
    for (const [name, value] of Object.entries(okabeIto))
      expect(light[paletteProperty(name as OkabeItoName)], name).toBe(value)
    for (const [name, value] of Object.entries(okabeItoTextOnLight))
      expect(light[paletteProperty(name as OkabeItoName, 'text')], name).toBe(value)
    for (const [name, value] of Object.entries(okabeItoTextOnDark))
      expect(dark[paletteProperty(name as OkabeItoName, 'text')], name).toBe(value)
    expect(paletteProperty('bluishGreen', 'text')).toBe('--okabe-bluish-green-text')
  })

  it('sets text at WCAG AA (4.5:1) on the deck\'s light and dark pages', () => {
    expect(declarations(deckCss, ':root')['--deck-page']).toBe('#ffffff')
    expect(declarations(deckCss, 'html.dark')['--deck-page']).toBe('#121212')
    for (const [name, colour] of Object.entries(okabeItoTextOnLight))
      expect(contrastRatio(colour, '#ffffff'), name).toBeGreaterThanOrEqual(4.5)
    for (const [name, colour] of Object.entries(okabeItoTextOnDark))
      expect(contrastRatio(colour, '#121212'), name).toBeGreaterThanOrEqual(4.5)
  })

  it('draws chart marks at 3:1 or more against the light page, for the series the charts use', () => {
    for (const name of seriesColours)
      expect(contrastRatio(okabeIto[name], '#ffffff'), name).toBeGreaterThanOrEqual(3)
  })

  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6)
    expect(contrastRatio('#0072b2', '#ffffff')).toBeCloseTo(5.19, 2)
  })
})
