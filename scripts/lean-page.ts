import type { Selector } from 'lightningcss'
/**
 * The reading view's page (scripts/reading-view.ts) made small by maintained tools: PurgeCSS keeps the
 * CSS rules its markup uses and lightningcss minifies them; SVGO shortens the charts' paths and draws a
 * run of like marks as one path; classes and Vue's scope attributes stay only where a kept rule reads them.
 */
import { Buffer } from 'node:buffer'
import { transform } from 'lightningcss'
import { PurgeCSS } from 'purgecss'
import { optimize } from 'svgo'

/**
 * Font faces the deck declares that the reading view leaves out, each a file to fetch for a few words:
 * the bold (the deck's bold is the semibold, which stands in), the italics (a few words in the notes
 * and one quotation, slanted from the upright faces instead) and the monospace (source addresses, in
 * the reader's own).
 */
const omittedFontFaces = /@font-face\{[^}]*(?:font-family:"?Source Sans 3"?;[^}]*font-weight:700|font-style:italic|font-family:"?Source Code Pro)[^}]*\}/g

/** How many components of a selector say the deck's dark scheme (`html.dark `, `.dark `): 0 for none. */
function darkScheme(selector: Selector): number {
  const start = selector[0]?.type === 'type' && selector[0].name === 'html'
    ? 1
    : 0
  const dark = selector[start]
  if (dark?.type !== 'class' || dark.name !== 'dark')
    return 0
  return selector[start + 1]?.type === 'combinator'
    ? start + 2
    : start + 1
}

/** Matches nothing in the page: PurgeCSS takes it out. */
const nothing: Selector = [
  { type: 'class', name: 'rv-none' },
]
/** Phones a few years old read the page too: the media queries keep their older syntax. */
const targets = { safari: 15 << 16, chrome: 100 << 16 }

/**
 * The page's CSS: the deck's dark scheme (`html.dark x`, set by Slidev's script) as the reader's system's
 * (`@media (prefers-color-scheme: dark) { x }`), then only the rules its markup uses, minified.
 */
export async function pageCss(written: string, html: string): Promise<string> {
  const code = Buffer.from(written)
  const light = transform({
    filename: 'read.css',
    code,
    targets,
    visitor: {
      Selector: selector => darkScheme(selector)
        ? nothing
        : selector,
    },
  }).code.toString()
  const dark = transform({
    filename: 'read.css',
    code,
    targets,
    visitor: {
      Rule: rule => [
        'style',
        'media',
        'container',
        'supports',
        'layer-block',
      ].includes(rule.type)
        ? undefined
        : [],
      Selector: selector => darkScheme(selector)
        ? (selector.length > darkScheme(selector)
            ? selector.slice(darkScheme(selector))
            : [
                { type: 'pseudo-class', kind: 'root' },
              ])
        : nothing,
    },
  }).code.toString()
  const css = `${light}\n@media (prefers-color-scheme: dark) {\n${dark}}`
  const [purged] = await new PurgeCSS().purge({
    content: [
      { raw: html, extension: 'html' },
    ],
    css: [
      { raw: css },
    ],
    variables: true,
    keyframes: true,
    // Custom properties the markup reads in its style attributes (the map's colours).
    safelist: {
      variables: [
        ...new Set([
          ...html.matchAll(/var\((--[\w-]+)/g),
        ].map(match => match[1]!)),
      ],
    },
  })
  const minified = transform({
    filename: 'read.css',
    code: Buffer.from(purged!.css),
    minify: true,
  }).code.toString()
  // woff2 alone: every browser that runs the page reads it.
  return minified.replace(omittedFontFaces, '').replace(/,url\("?[^")]+\.woff"?\) format\("woff"\)/g, '')
}

/** An SVG element as SVGO's tree holds it. */
interface SvgNode { type: string, name?: string, attributes?: Record<string, string>, children?: SvgNode[] }

/**
 * A run of like round marks (a count's circles, components/LowerBoundRun.vue) as one path of dots, each
 * a zero-length line with round caps as wide as the circle: a tenth of the bytes of a circle's arcs.
 */
const roundMarks = {
  name: 'roundMarks',
  fn: () => ({
    element: {
      enter(node: SvgNode) {
        if (!node.attributes?.class?.split(' ').includes('lower-bound-run') || !node.children)
          return
        const circles = node.children.filter(child => child.name === 'circle' && !child.attributes?.class?.includes('tail'))
        if (circles.length < 2 || new Set(circles.map(circle => `${circle.attributes!.class} ${circle.attributes!.r}`)).size > 1)
          return
        const { cx: _cx, cy: _cy, r, ...kept } = circles[0]!.attributes!
        const dots = circles.map(circle => `M${circle.attributes!.cx} ${circle.attributes!.cy}h0`).join('')
        const path = {
          type: 'element',
          name: 'path',
          attributes: { ...kept, d: dots, style: `fill:none;stroke:var(--series-mark);stroke-width:${2 * Number(r)};stroke-linecap:round` },
          children: [],
        }
        node.children = [
          path,
          ...node.children.filter(child => !circles.includes(child)),
        ]
      },
    },
  }),
}

/**
 * Each chart's paths to a tenth of a unit (the map's outlines, lines alone, to a whole one), as relative
 * moves; a run of like marks, one path. Icons are left as drawn: a circle drawn as one arc that almost
 * closes would be rounded to nothing.
 */
export function compactSvg(html: string): string {
  return html.replace(/<svg\b[\s\S]*?<\/svg>/g, (svg) => {
    if (svg.length < 1000)
      return svg
    const floatPrecision = svg.includes('member-map-drawing')
      ? 0
      : 1
    const paths = {
      name: 'convertPathData',
      params: { floatPrecision },
    } as const
    try {
      return optimize(svg, {
        plugins: [
          roundMarks,
          {
            name: 'convertShapeToPath',
            params: { convertArcs: true },
          },
          paths,
          'mergePaths',
          paths,
          {
            name: 'cleanupNumericValues',
            params: { floatPrecision: 1 },
          },
        ],
      }).data
    }
    catch {
      return svg
    }
  })
}

/**
 * Vue's scope attribute on an element only where a kept rule can select it by it: the rule's compound
 * before `[data-v-…]` names the element's tag or classes (a compound naming neither keeps it everywhere).
 */
function scopeReaders(css: string): (scope: string, tag: string, classes: readonly string[]) => boolean {
  const compounds = new Map<string, { tag?: string, classes: string[] }[] | 'any'>()
  for (const [, compound, scope] of css.matchAll(/([\w.-]*)\[(data-v-[0-9a-f]{8})\]/g)) {
    const tag = compound!.match(/^[a-z][\w-]*/)?.[0]
    const classes = [
      ...compound!.matchAll(/\.([\w-]+)/g),
    ].map(match => match[1]!)
    const known = compounds.get(scope!)
    if (known !== 'any') {
      compounds.set(scope!, tag || classes.length > 0
        ? [
            ...(known ?? []),
            { tag, classes },
          ]
        : 'any')
    }
  }
  return (scope, tag, classes) => {
    const known = compounds.get(scope)
    return known === 'any' || !!known?.some(needed => (!needed.tag || needed.tag === tag) && needed.classes.every(name => classes.includes(name)))
  }
}

/** Classes (outside the charts, which tests and readers name by them) and Vue's scope attributes only where a rule reads them, the scopes as short numbers. */
export function leanMarkup(html: string, css: string): { html: string, css: string } {
  const used = [
    ...new Set(css.match(/data-v-[0-9a-f]{8}/g)),
  ]
  const short = (id: string): string => `data-v-${used.indexOf(id).toString(36)}`
  const reads = scopeReaders(css)
  const kept = (names: string): string => names.split(/\s+/).filter(name => css.includes(`.${name.replace(/[^\w-]/g, '\\$&')}`)).join(' ')
  const lean = (tag: string, inChart: boolean): string => {
    const name = tag.match(/^<([\w-]+)/)?.[1] ?? ''
    const classes = tag.match(/ class="([^"]*)"/)?.[1]?.split(/\s+/) ?? []
    const scoped = tag.replace(/ (data-v-[0-9a-f]{8})=""/g, (_, scope: string) => reads(scope, name, classes)
      ? ` ${short(scope)}`
      : '')
    return inChart
      ? scoped
      : scoped.replace(/ class="([^"]*)"/, (_, names: string) => kept(names)
          ? ` class="${kept(names)}"`
          : '')
  }
  return {
    html: html.replace(/<svg\b[\s\S]*?<\/svg>|<[^>]+>/g, part => part.startsWith('<svg')
      ? part.replace(/<[^>]+>/g, tag => lean(tag, true))
      : lean(part, false)),
    css: css.replace(/data-v-[0-9a-f]{8}/g, short),
  }
}
