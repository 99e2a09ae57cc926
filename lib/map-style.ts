/**
 * How the member map looks: a fill and a texture per status (Okabe–Ito colours, so colour-blind
 * readers can tell them apart, and a texture so that status never rests on colour alone), and where
 * the members' names go.
 */
import type { IsoCode, Status } from '../data/membership'
import type { Box, LabelSpec } from './geo'
import { okabeIto } from './palette'

export type Texture = 'none' | 'hatch' | 'back-hatch' | 'dots' | 'stripes'

export interface StatusStyle {
  readonly fill: string
  readonly texture: Texture
}

/** Dark lines and dots drawn over a status's fill. */
export const textureInk = '#1b2733'

/** Distance between a texture's lines or dots, in viewBox units. */
export const textureSpacing = 5
const dotRadius = 1.3

export interface TextureDrawing {
  readonly d: string
  /** Lines are stroked, dots filled. */
  readonly paint: 'stroke' | 'fill'
}

const round = (value: number) => Math.round(value * 10) / 10

/** The SVG attributes that paint a texture drawing. */
export function textureAttributes(drawing: TextureDrawing): Record<string, string | number> {
  return drawing.paint === 'stroke'
    ? {
        'fill': 'none',
        'stroke': textureInk,
        'stroke-opacity': 0.6,
        'stroke-width': 1.2,
      }
    : { 'fill': textureInk, 'fill-opacity': 0.6 }
}

/**
 * A texture as plain path data covering `box`, on one grid for the whole map so that neighbours'
 * textures line up. Drawn geometry rather than an SVG <pattern>, which Chromium prints as a picture
 * (large PDFs) and paints only partly on small shapes.
 */
export function texturePath(texture: Texture, box: Box, spacing = textureSpacing): TextureDrawing | null {
  if (texture === 'none')
    return null
  return {
    d: textureSegments(texture, box, spacing).join(''),
    paint: texture === 'dots'
      ? 'fill'
      : 'stroke',
  }
}

/** The texture's lines (or dots) over `box`, one path segment each. */
function textureSegments(texture: Exclude<Texture, 'none'>, { x0, y0, x1, y1 }: Box, spacing: number): string[] {
  const segments: string[] = []
  const diagonalStep = spacing * Math.SQRT2
  switch (texture) {
    case 'stripes':
      for (let y = Math.ceil(y0 / spacing) * spacing; y <= y1; y += spacing)
        segments.push(`M${round(x0)},${round(y)}H${round(x1)}`)
      break
    case 'hatch': // "/": lines x + y = c
      for (let c = Math.ceil((x0 + y0) / diagonalStep) * diagonalStep; c <= x1 + y1; c += diagonalStep) {
        const start = Math.max(x0, c - y1)
        const end = Math.min(x1, c - y0)
        if (end > start)
          segments.push(`M${round(start)},${round(c - start)}L${round(end)},${round(c - end)}`)
      }
      break
    case 'back-hatch': // "\": lines x - y = c
      for (let c = Math.ceil((x0 - y1) / diagonalStep) * diagonalStep; c <= x1 - y0; c += diagonalStep) {
        const start = Math.max(x0, c + y0)
        const end = Math.min(x1, c + y1)
        if (end > start)
          segments.push(`M${round(start)},${round(start - c)}L${round(end)},${round(end - c)}`)
      }
      break
    case 'dots':
      for (let row = Math.ceil(y0 / spacing); row * spacing <= y1; row++) {
        const shift = row % 2
          ? spacing / 2
          : 0
        for (let x = Math.ceil((x0 - shift) / spacing) * spacing + shift; x <= x1; x += spacing)
          segments.push(`M${round(x - dotRadius)},${round(row * spacing)}a${dotRadius},${dotRadius} 0 1,0 ${2 * dotRadius},0a${dotRadius},${dotRadius} 0 1,0 ${-2 * dotRadius},0`)
      }
      break
  }
  return segments
}

export const statusStyles: Readonly<Record<Status, StatusStyle>> = {
  member: { fill: okabeIto.blue, texture: 'none' },
  observer: { fill: okabeIto.orange, texture: 'hatch' },
  dialoguePartner: { fill: okabeIto.skyBlue, texture: 'dots' },
  partner: { fill: okabeIto.reddishPurple, texture: 'back-hatch' },
  guest: { fill: okabeIto.yellow, texture: 'stripes' },
}

/**
 * Land outside the organization, the sea, and the borders between countries, as CSS custom properties of
 * the palette (styles/deck.css), so that the map follows dark mode; print is always light.
 */
export const contextColors = {
  land: 'var(--map-land)',
  sea: 'var(--map-sea)',
  border: 'var(--map-border)',
} as const

/**
 * Name colours: white on a member's blue (5.2 : 1), ink on the pale land (over 10 : 1). No white
 * halo: Chromium prints stroked text as Type 3 fonts, which the PDF checks reject.
 */
export const labelColors = { light: '#ffffff', dark: '#1b2733' } as const

/** Countries smaller than this (square viewBox units) also get a round marker, big enough to see and to point at. */
export const markerBelowArea = 40
export const markerRadius = 4.5

/** The map's two drawings: the slide's, and a phone's column's (lib/geo.ts's phoneMapViewBox). */
export type MapLayout = 'slide' | 'phone'

/**
 * The drawing for a map frame `width` px wide: below this the slide's drawing is too small for its
 * names (set at 18 px by the browser) to keep apart, so the phone's is drawn, with its own places for them.
 */
export function mapLayoutFor(width: number): MapLayout {
  return width < 480
    ? 'phone'
    : 'slide'
}

/**
 * Where each member's name sits: the point it names ([lon, lat]) and, for states too small to hold
 * their name, an offset (viewBox units) with a leader line back.
 */
export const memberLabels: Readonly<Partial<Record<IsoCode, LabelSpec>>> = {
  156: {
    at: [113, 28.5],
  },
  643: {
    at: [98, 62],
  },
  398: {
    at: [68, 50],
  },
  860: {
    at: [66.6, 43.8],
    tone: 'dark',
  },
  417: {
    at: [74.6, 41.5],
    offset: [38, 0],
  },
  762: {
    at: [71, 38.7],
    offset: [38, 14],
  },
  356: {
    at: [78.5, 22],
  },
  586: {
    at: [66.5, 27.6],
  },
  364: {
    at: [54.5, 32.5],
  },
  112: {
    at: [28, 53.5],
    offset: [-18, -14],
    tone: 'dark',
  },
}

/**
 * The same names in the phone's drawing, where Central Asia is too small to hold its states' names at
 * 18 px: Uzbekistan's is set dark on a pale backing to the west, over the Caspian, Kyrgyzstan's and
 * Tajikistan's one over the other over western China, each with a leader line back; China's moves
 * south-east, clear of them.
 */
export const phoneMemberLabels: Readonly<Partial<Record<IsoCode, LabelSpec>>> = {
  ...memberLabels,
  156: {
    at: [108, 25.5],
  },
  398: {
    at: [70, 50.5],
  },
  860: {
    at: [63.5, 41],
    offset: [-26, -2],
    tone: 'dark',
  },
  417: {
    at: [74.6, 41.5],
    offset: [22, -2],
  },
  762: {
    at: [71, 38.7],
    offset: [30, 12],
  },
  586: {
    at: [67, 27.8],
    offset: [-8, 24],
    tone: 'dark',
  },
  112: {
    at: [28, 53.5],
    offset: [-10, -12],
    tone: 'dark',
  },
}
