/**
 * The deck's colours for categories: Okabe & Ito's palette, told apart by readers with any common
 * colour-vision deficiency. Defined here once: styles/palette.ts sets them as the CSS custom
 * properties the stylesheets use (--okabe-<name>, --okabe-<name>-text), from `paletteCss()`.
 */

export const okabeIto = {
  black: '#000000',
  orange: '#e69f00',
  skyBlue: '#56b4e9',
  bluishGreen: '#009e73',
  yellow: '#f0e442',
  blue: '#0072b2',
  vermillion: '#d55e00',
  reddishPurple: '#cc79a7',
} as const

export type OkabeItoName = keyof typeof okabeIto

/** The colours a chart's text is set in, with their shades for text at WCAG AA (4.5:1) on each page colour. */
export type TextColourName = 'blue' | 'vermillion' | 'bluishGreen' | 'reddishPurple'

/** Darker shades on the light page (#ffffff). */
export const okabeItoTextOnLight: Readonly<Record<TextColourName, string>> = {
  blue: '#0072b2',
  vermillion: '#a34700',
  bluishGreen: '#00704f',
  reddishPurple: '#8f3f6c',
}

/** On the dark page (#121212) the palette's own colours are light enough, but its blue is not: sky blue stands in. */
export const okabeItoTextOnDark: Readonly<Record<TextColourName, string>> = {
  blue: '#56b4e9',
  vermillion: '#d55e00',
  bluishGreen: '#009e73',
  reddishPurple: '#cc79a7',
}

/** A chart's series in order: the first series is vermillion, the second bluish green, and so on. */
export const seriesColours: readonly TextColourName[] = [
  'vermillion',
  'bluishGreen',
  'blue',
  'reddishPurple',
]

/** The CSS custom property holding a palette colour, or its text shade: "--okabe-bluish-green-text". */
export function paletteProperty(name: OkabeItoName, use: 'mark' | 'text' = 'mark'): string {
  const kebab = name.replace(/[A-Z]/g, letter => `-${letter.toLowerCase()}`)
  return use === 'text'
    ? `--okabe-${kebab}-text`
    : `--okabe-${kebab}`
}

/** The palette as CSS custom properties: every colour and its text shade on the light page (`:root`), the text shades on the dark (`html.dark`). */
export function paletteCss(): string {
  const block = (selector: string, properties: [string, string][]) =>
    `${selector} {\n${properties.map(([name, value]) => `  ${name}: ${value};\n`).join('')}}\n`
  const colours = Object.entries(okabeIto) as [OkabeItoName, string][]
  const shades = (shade: Readonly<Record<TextColourName, string>>) =>
    (Object.entries(shade) as [TextColourName, string][]).map(([name, value]): [string, string] => [
      paletteProperty(name, 'text'),
      value,
    ])
  return block(':root', [
    ...colours.map(([name, value]): [string, string] => [
      paletteProperty(name),
      value,
    ]),
    ...shades(okabeItoTextOnLight),
  ]) + block('html.dark', shades(okabeItoTextOnDark))
}
