// @vitest-environment node
import type { Topology } from 'topojson-specification'
import type { Point } from '../../lib/geo'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { snapshots, stateName, stateNames, statesWith } from '../../data/membership'
import regionMap from '../../data/region-map.json'
import { drawRegionMap, mapViewBox, phoneMapViewBox, placeLabels, regionProjection } from '../../lib/geo'
import { mapLayoutFor, markerBelowArea, markerRadius, memberLabels, phoneMemberLabels, statusStyles, texturePath } from '../../lib/map-style'
import { loadWorldAtlas, makeRegionTopology, regionMapPath, toLintedJson } from '../../scripts/make-region-map'

const topology = regionMap as unknown as Topology
const map = drawRegionMap(topology, Object.keys(stateNames))
const { width, height } = mapViewBox

/** The points of an SVG path as d3-geo writes it: absolute M and L commands, Z to close. */
function pathPoints(d: string): Point[] {
  expect(d).toMatch(/^[\d\s,.MLZ-]+$/)
  return [
    ...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g),
  ].map(match => [
    Number(match[1]),
    Number(match[2]),
  ])
}

const inside = ([x, y]: Point, margin = 0) => x >= margin && x <= width - margin && y >= margin && y <= height - margin

describe('the region map', () => {
  it('is the one scripts/make-region-map.ts makes from world-atlas (regenerate it after changing either)', () => {
    expect(`${toLintedJson(makeRegionTopology(loadWorldAtlas()))}\n`).toBe(readFileSync(regionMapPath, 'utf8'))
  })

  it('draws every path inside the viewBox', () => {
    expect(map.shapes.length).toBeGreaterThan(50)
    for (const shape of map.shapes) {
      const points = pathPoints(shape.d)
      expect(points.length, shape.name).toBeGreaterThan(2)
      expect(points.filter(point => !inside(point)), `${shape.name} leaves the viewBox`).toEqual([])
    }
  })

  it('gives every state of every snapshot a shape that can be seen, or a marker inside the map', () => {
    for (const code of Object.keys(stateNames)) {
      const shape = map.focus.get(code)
      expect(shape, `${stateName(code)} has no shape`).toBeDefined()
      if (shape!.area < markerBelowArea)
        expect(inside(shape!.centroid, markerRadius), `${stateName(code)}'s marker leaves the map`).toBe(true)
      else
        expect(inside(shape!.centroid), `${stateName(code)}'s centre is off the map`).toBe(true)
    }
  })

  it('is fitted to the region: Belarus, Sri Lanka, the Pacific coast, Egypt and Turkey are all on it', () => {
    const places: Record<string, [number, number]> = {
      'Minsk': [27.56, 53.9],
      'Colombo': [79.86, 6.93],
      'Vladivostok': [131.9, 43.1],
      'Petropavlovsk-Kamchatsky': [158.65, 53.02],
      'Cairo': [31.24, 30.04],
      'Ankara': [32.85, 39.93],
      'Malé': [73.51, 4.18],
    }
    for (const [place, lonLat] of Object.entries(places))
      expect(inside(map.project(lonLat)), `${place} is off the map`).toBe(true)
  })

  it('refuses to fit a map to nothing', () => {
    expect(() => regionProjection([])).toThrow(/no focus countries/)
    expect(() => drawRegionMap({ type: 'Topology', objects: {}, arcs: [] }, [])).toThrow(/no "countries" object/)
  })
})

describe('the members\' labels', () => {
  const phoneMap = drawRegionMap(topology, Object.keys(stateNames), phoneMapViewBox)
  const drawings = [
    {
      name: 'the map',
      drawn: map,
      specs: memberLabels,
      size: [width, height],
    },
    {
      name: 'the phone\'s map, 350 × 240,',
      drawn: phoneMap,
      specs: phoneMemberLabels,
      size: [350, 240],
    },
  ] as const
  for (const { name, drawn, specs, size } of drawings) {
    for (const snapshot of Object.values(snapshots)) {
      // Where the browser sets each name, and whether the names then overlap, the browser test checks
      // (tests/e2e/chart-text.spec.ts); here, that every member has its anchor on the map.
      it(`anchor every member's name inside ${name} in ${snapshot.label}`, () => {
        const members = statesWith(snapshot, 'member')
        const labels = placeLabels(drawn, members.map(entry => ({
          id: entry.code,
          text: stateName(entry.code),
        })), specs)
        expect(labels.map(label => label.id)).toEqual(members.map(entry => entry.code))
        for (const label of labels)
          expect(label.x > 0 && label.y > 0 && label.x < size[0] && label.y < size[1], `${label.text} is anchored off the map`).toBe(true)
      })
    }
  }

  it('are drawn on the phone\'s map in a frame narrower than 480 px, where the slide\'s has no room for them', () => {
    expect(mapLayoutFor(920)).toBe('slide')
    expect(mapLayoutFor(480)).toBe('slide')
    expect(mapLayoutFor(470)).toBe('phone')
    expect(mapLayoutFor(350)).toBe('phone')
  })

  it('are moved aside, with a leader line, where the spec says so', () => {
    const [kyrgyzstan] = placeLabels(map, [
      { id: '417', text: 'Kyrgyzstan' },
    ], {
      417: {
        at: [74.6, 41.5],
        offset: [30, -8],
      },
    })
    const anchor = map.project([74.6, 41.5])
    expect(kyrgyzstan).toMatchObject({ x: anchor[0] + 30, y: anchor[1] - 8, anchor: 'start' })
    expect(kyrgyzstan!.leader?.from).toEqual(anchor)
  })
})

describe('the textures that tell statuses apart without colour', () => {
  const box = { x0: 10, y0: 20, x1: 40, y1: 35 }

  it('differ for every status', () => {
    const textures = Object.values(statusStyles).map(style => style.texture)
    expect(new Set(textures).size).toBe(textures.length)
  })

  for (const [texture, paint] of [
    ['hatch', 'stroke'],
    ['back-hatch', 'stroke'],
    ['stripes', 'stroke'],
    ['dots', 'fill'],
  ] as const) {
    it(`${texture}: covers the box and stays inside it, its marks painted by ${paint}`, () => {
      const drawing = texturePath(texture, box, 5)!
      expect(drawing.paint).toBe(paint)
      const numbers = [
        ...drawing.d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g),
      ].map(match => [
        Number(match[1]),
        Number(match[2]),
      ] as const)
      expect(drawing.d.split('M').length - 1, 'strokes or dots').toBeGreaterThanOrEqual(3)
      for (const [x, y] of numbers) {
        expect(x).toBeGreaterThanOrEqual(box.x0 - 1.3)
        expect(x).toBeLessThanOrEqual(box.x1)
        expect(y).toBeGreaterThanOrEqual(box.y0)
        expect(y).toBeLessThanOrEqual(box.y1)
      }
    })
  }

  it('lines up across neighbours: the same grid whatever the box', () => {
    const left = texturePath('stripes', { x0: 0, y0: 0, x1: 10, y1: 12 }, 5)!.d
    const right = texturePath('stripes', { x0: 10, y0: 0, x1: 20, y1: 12 }, 5)!.d
    expect(left).toBe('M0,0H10M0,5H10M0,10H10')
    expect(right).toBe('M10,0H20M10,5H20M10,10H20')
  })

  it('draws nothing for members, whose solid fill is their mark', () => {
    expect(texturePath('none', box)).toBeNull()
  })
})
