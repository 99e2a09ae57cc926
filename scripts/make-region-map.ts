/**
 * `node scripts/make-region-map.ts`: writes data/region-map.json, the member map's country shapes.
 *
 * From Natural Earth 1:50m in the world-atlas package (1:110m lacks Bahrain and the Maldives), it keeps
 * the countries that show in the map's viewBox, drops islands too small to see there (but never a
 * state's only visible land), simplifies outlines to what the map's scale can show, and quantizes.
 * Deterministic: the same world-atlas gives the same file, which tests/unit/geo.test.ts checks.
 */
import type { Objects, Polygon as PolygonArcs, Topology } from 'topojson-specification'
import type { CountryFeature } from '../lib/geo.ts'
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { geoPath } from 'd3-geo'
import { quantize } from 'topojson-client'
import { filter, presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify'
import { stateNames } from '../data/membership.ts'
import { countryFeatures, featureId, mapViewBox, regionProjection } from '../lib/geo.ts'

export const regionMapPath = resolve(dirname(fileURLToPath(import.meta.url)), '../data/region-map.json')

/** Islands smaller than this (square viewBox units) are left out, unless they are all a state has. */
const smallestIsland = 6
/** Points whose removal changes an outline by less than this area (square viewBox units) are dropped. */
const simplifyBelow = 0.25
/** The same for borders and coasts no SCO state touches: context, drawn more coarsely. */
const simplifyContextBelow = 1.5
/** Countries that come this close to the viewBox (viewBox units) are kept, so the map's edges are full. */
const margin = 8
/** Grid the coordinates are rounded to, per axis: a few hundredths of a degree, well under a viewBox unit. */
const quantization = 10_000

type Arcs = PolygonArcs['arcs']

export function loadWorldAtlas(): Topology {
  const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json')
  return JSON.parse(readFileSync(path, 'utf8')) as Topology
}

function polygonsOf(country: CountryFeature): number[][][][] {
  const geometry = country.geometry
  if (!geometry)
    return []
  return geometry.type === 'Polygon'
    ? [geometry.coordinates]
    : geometry.coordinates
}

export function makeRegionTopology(world: Topology): Topology {
  const countries = countryFeatures(world)
  const focus = new Set<string>(Object.keys(stateNames))
  // Measured unclipped, but only on the near hemisphere: land near the antipode would otherwise wrap round the rim.
  const projection = regionProjection(countries.filter(country => focus.has(featureId(country))), mapViewBox)
    .clipExtent(null)
    .clipAngle(90)
  const measure = geoPath(projection)
  const shows = (polygon: number[][][]): boolean => {
    const [[x0, y0], [x1, y1]] = measure.bounds({ type: 'Polygon', coordinates: polygon })
    return x1 >= -margin && x0 <= mapViewBox.width + margin && y1 >= -margin && y0 <= mapViewBox.height + margin
  }
  const area = (polygon: number[][][]): number => measure.area({ type: 'Polygon', coordinates: polygon })

  const source = world.objects.countries
  if (source?.type !== 'GeometryCollection')
    throw new Error('world-atlas has no "countries" collection')

  const protectedArcs = new Set<number>()
  const focusArcs = new Set<number>()
  const geometries = source.geometries.flatMap((geometry, index) => {
    const country = countries[index]!
    const arcsByPolygon: Arcs[] = geometry.type === 'Polygon'
      ? [geometry.arcs]
      : geometry.type === 'MultiPolygon'
        ? geometry.arcs
        : []
    const polygons = polygonsOf(country)
    const visible = polygons.map((polygon, i) => ({
      arcs: arcsByPolygon[i]!,
      area: area(polygon),
    }))
      .filter((_, i) => shows(polygons[i]!))
    if (visible.length === 0)
      return []
    const largest = visible.reduce((a, b) => (b.area > a.area
      ? b
      : a))
    const kept = visible.filter(polygon => polygon.area >= smallestIsland)
    if (kept.length === 0) {
      if (!focus.has(featureId(country)))
        return []
      kept.push(largest)
      for (const ring of largest.arcs) {
        for (const arc of ring) {
          protectedArcs.add(arc < 0
            ? ~arc
            : arc)
        }
      }
    }
    if (focus.has(featureId(country))) {
      for (const polygon of kept) {
        for (const ring of polygon.arcs) {
          for (const arc of ring) {
            focusArcs.add(arc < 0
              ? ~arc
              : arc)
          }
        }
      }
    }
    return [
      {
        type: 'MultiPolygon' as const,
        id: geometry.id,
        properties: { name: country.properties.name },
        arcs: kept.map(polygon => polygon.arcs),
      },
    ]
  })

  // Weights are spherical areas (steradians); on an equal-area projection of scale k, one steradian covers k² square units.
  const scale = projection.scale()
  const toWeight = (area: number) => area / (scale * scale)
  const weighted = presimplify(world as Topology<Objects>, sphericalTriangleArea)
  weighted.arcs.forEach((arc, index) => {
    for (const point of arc) {
      if (protectedArcs.has(index))
        point[2] = Infinity
      else if (!focusArcs.has(index) && point[2]! < toWeight(simplifyContextBelow))
        point[2] = 0
    }
  })
  const simplified = simplify(weighted, toWeight(simplifyBelow))
  const cut = filter({
    ...simplified,
    objects: {
      countries: { type: 'GeometryCollection', geometries },
    },
  }, () => true)
  const { bbox: _unused, ...topology } = quantize(cut, quantization)
  return topology
}

/** JSON on one line, spaced as the repository's lint rules want it (`[1, 2]`, `{ "a": 1 }`). */
export function toLintedJson(value: unknown): string {
  if (Array.isArray(value))
    return `[${value.map(toLintedJson).join(', ')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined)
    return entries.length
      ? `{ ${entries.map(([key, item]) => `${JSON.stringify(key)}: ${toLintedJson(item)}`).join(', ')} }`
      : '{}'
  }
  return JSON.stringify(value)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const topology = makeRegionTopology(loadWorldAtlas())
  const json = `${toLintedJson(topology)}\n`
  writeFileSync(regionMapPath, json)
  const countries = topology.objects.countries?.type === 'GeometryCollection'
    ? topology.objects.countries.geometries.length
    : 0
  console.log(`Wrote ${regionMapPath}: ${countries} countries, ${topology.arcs.length} arcs, ${(json.length / 1024).toFixed(1)} kB`)
}
