/**
 * The member map's geometry, as pure arithmetic: Natural Earth country shapes (TopoJSON, from the
 * world-atlas package) projected onto the region the SCO spans and turned into SVG path strings.
 * No DOM: what the caller renders from these strings is what prints.
 */
import type { GeoProjection } from 'd3-geo'
import type { Feature, MultiPolygon, Polygon } from 'geojson'
import type { GeometryCollection, Topology } from 'topojson-specification'
import type { Box } from './box'
import { geoArea, geoAzimuthalEqualArea, geoCentroid, geoPath } from 'd3-geo'
import { feature } from 'topojson-client'

export interface ViewBox {
  readonly width: number
  readonly height: number
}

/** The map's drawing space; the SVG scales it to whatever room the slide gives. */
export const mapViewBox: ViewBox = { width: 600, height: 410 }
/** The same region drawn for a phone's column (the reading view), its names at the same size on a smaller map. */
export const phoneMapViewBox: ViewBox = { width: 350, height: 240 }

export type Point = readonly [x: number, y: number]

export type { Box }

export type CountryFeature = Feature<Polygon | MultiPolygon | null, { name: string }>

/** A country as the map draws it. `id` is the zero-padded ISO 3166-1 numeric code where Natural Earth has one. */
export interface CountryShape {
  readonly id: string
  readonly name: string
  /** SVG path data in viewBox units, clipped to the viewBox. */
  readonly d: string
}

/** A country the map is about, with what labels and markers need. */
export interface FocusShape extends CountryShape {
  /** Where the country's geographic centroid falls in the viewBox. */
  readonly centroid: Point
  /** Area in square viewBox units. */
  readonly area: number
  /** The visible shape's bounding box. */
  readonly bounds: Box
}

export interface RegionMap {
  readonly viewBox: ViewBox
  /** Every country that shows, in the topology's order. */
  readonly shapes: readonly CountryShape[]
  /** The focus countries that show, by id. */
  readonly focus: ReadonlyMap<string, FocusShape>
  /** [longitude, latitude] to viewBox coordinates. */
  readonly project: (lonLat: readonly [number, number]) => Point
}

/** The countries of a world-atlas style topology (object `countries`) as GeoJSON features. */
export function countryFeatures(topology: Topology): CountryFeature[] {
  const countries = topology.objects.countries as GeometryCollection<{ name: string }> | undefined
  if (!countries)
    throw new Error('The topology has no "countries" object')
  return feature(topology, countries).features as CountryFeature[]
}

/** Natural Earth leaves a few disputed areas without a code: key those by name. */
export function featureId(country: CountryFeature): string {
  return String(country.id ?? country.properties.name)
}

/** Centred on Central Asia, where the organization began; equal-area, so sizes compare fairly. */
const regionCenter: readonly [number, number] = [85, 45]

/**
 * A projection that fits the `focus` countries (every state of every snapshot) inside the viewBox
 * with `padding` to spare, and clips everything else at its edges.
 */
export function regionProjection(focus: readonly CountryFeature[], viewBox: ViewBox = mapViewBox, padding = 10): GeoProjection {
  if (focus.length === 0)
    throw new Error('Nothing to fit the map to: no focus countries')
  return geoAzimuthalEqualArea()
    .rotate([-regionCenter[0], -regionCenter[1]])
    .fitExtent(
      [
        [padding, padding],
        [viewBox.width - padding, viewBox.height - padding],
      ],
      {
        type: 'FeatureCollection',
        features: [...focus],
      },
    )
    .clipExtent([
      [0, 0],
      [viewBox.width, viewBox.height],
    ])
}

/**
 * Every country of `topology` that shows in the viewBox, as path strings, with the projection fitted
 * to the countries whose ids are in `focusIds`.
 */
export function drawRegionMap(topology: Topology, focusIds: Iterable<string>, viewBox: ViewBox = mapViewBox): RegionMap {
  const countries = countryFeatures(topology)
  const wanted = new Set(focusIds)
  const projection = regionProjection(countries.filter(country => wanted.has(featureId(country))), viewBox)
  const path = geoPath(projection).digits(1)
  const project = (lonLat: readonly [number, number]): Point => {
    const [x, y] = projection([lonLat[0], lonLat[1]]) ?? [Number.NaN, Number.NaN]
    return [x, y]
  }
  // The projection is equal-area: a steradian of the globe covers scale² square units of the map.
  const unitsPerSteradian = projection.scale() ** 2
  const shapes: CountryShape[] = []
  const focus = new Map<string, FocusShape>()
  for (const country of countries) {
    const d = path(country)
    if (!d)
      continue
    const id = featureId(country)
    const shape = { id, name: country.properties.name, d }
    if (wanted.has(id)) {
      const detailed = {
        ...shape,
        centroid: project(geoCentroid(country)),
        area: geoArea(country) * unitsPerSteradian,
        bounds: toBox(path.bounds(country)),
      }
      focus.set(id, detailed)
      shapes.push(detailed)
    }
    else {
      shapes.push(shape)
    }
  }
  return { viewBox, shapes, focus, project }
}

function toBox([[x0, y0], [x1, y1]]: [[number, number], [number, number]]): Box {
  return { x0, y0, x1, y1 }
}

/** Where a member's name goes: `at` is the [lon, lat] it names (default: the centroid); `offset` moves the text away, with a leader line back. */
export interface LabelSpec {
  /** Light text for a label over a member's dark fill (the default), dark text over the pale land and sea. */
  readonly tone?: 'light' | 'dark'
  readonly at?: readonly [number, number]
  readonly offset?: Point
}

export interface MapLabel {
  readonly id: string
  readonly text: string
  readonly x: number
  readonly y: number
  readonly anchor: 'start' | 'middle' | 'end'
  /** From the point named to the text, when the text sits beside the country. */
  readonly leader: { readonly from: Point, readonly to: Point } | null
  readonly tone: 'light' | 'dark'
}

/** Labels for the focus shapes `entries` names, placed by `specs`; entries with no shape are left out. */
export function placeLabels(
  map: RegionMap,
  entries: readonly { readonly id: string, readonly text: string }[],
  specs: Readonly<Record<string, LabelSpec>>,
): MapLabel[] {
  const labels: MapLabel[] = []
  for (const { id, text } of entries) {
    const shape = map.focus.get(id)
    if (!shape)
      continue
    const spec = specs[id] ?? {}
    const [x0, y0] = spec.at
      ? map.project(spec.at)
      : shape.centroid
    const [dx, dy] = spec.offset ?? [0, 0]
    const anchor = dx > 0
      ? 'start'
      : dx < 0
        ? 'end'
        : 'middle'
    const moved = dx !== 0 || dy !== 0
    labels.push({
      id,
      text,
      x: x0 + dx,
      y: y0 + dy,
      anchor,
      tone: spec.tone ?? 'light',
      leader: moved
        ? {
            from: [x0, y0],
            to: leaderEnd([x0 + dx, y0 + dy], dx, dy),
          }
        : null,
    })
  }
  return labels
}

/** A leader line stops just short of its text (whose nearest edge is at the anchor): beside it when the text moved sideways, above or below it otherwise. */
function leaderEnd([x, y]: Point, dx: number, dy: number): Point {
  return dx === 0
    ? [x, y - Math.sign(dy) * 12]
    : [x - Math.sign(dx) * 2, y]
}
