/**
 * `node scripts/reading-view.ts [--dir dist]` (run by `npm run build`): writes `read.html`, the
 * reading view, into a built site. Headless Chromium opens the built deck's overview (every slide
 * with every click shown, and its notes), and the slides' own markup is taken from there into one
 * responsive page with its own small CSS (only the deck's rules that match it, its dark palette for
 * a dark system), a few of the deck's bundled fonts and a small enhancement script (lib/reading-view.ts).
 * The service workers learn the new files.
 */
import type { Page } from 'playwright-core'
import type { Question } from '../data/questions.ts'
import { Buffer } from 'node:buffer'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { load } from '@slidev/parser/fs'
import { chromium } from 'playwright-core'
import { transformWithOxc } from 'vite'
import { materials } from '../data/materials.ts'
import { correctOption, optionLetter, questionsFor, sectionTitles } from '../data/questions.ts'
import { selfCheckAttributes } from '../lib/reading-view.ts'
import { launchFlags } from './browser.ts'
import { deckPlans, partHeadings } from './deck-parts.ts'
import { escapeMarkup } from './escape-markup.ts'
import { learnerNotes } from './learner-notes.ts'
import { serveDist } from './serve-dist.ts'
import { browserOrExit } from './slidev.ts'

const root = resolve(import.meta.dirname, '..')

export interface SlideEntry {
  no: number
  title: string
  alias?: string
  file: string
  /** The slide is the answer to a task (frontmatter `readingView: answer`): shown behind a disclosure. */
  answer: boolean
}

/** The slides as the built deck numbers them (hidden ones left out), as tests/support/deck.ts reads them. */
export async function deckSlides(): Promise<{ title: string, slides: SlideEntry[] }> {
  const data = await load({
    userRoot: root,
    roots: [root],
  }, join(root, 'slides.md'))
  const slides = data.slides
    .filter(slide => !slide.frontmatter.hide && !slide.frontmatter.disabled)
    .map((slide, index) => ({
      no: index + 1,
      title: slide.title ?? `Slide ${index + 1}`,
      alias: typeof slide.frontmatter.routeAlias === 'string'
        ? slide.frontmatter.routeAlias
        : undefined,
      file: basename(slide.source.filepath),
      answer: slide.frontmatter.readingView === 'answer',
    }))
  return {
    title: String(data.headmatter.title ?? slides[0]?.title),
    slides,
  }
}

/** The slides a learner looks things up in, by their routeAlias, linked from the contents when present. */
const referenceAliases = [
  'claims',
  'glossary',
  'sources',
  'answer-key',
] as const

/** A run of consecutive slides from one part of the lesson. */
interface Part {
  id: string
  title: string
  slides: SlideEntry[]
}

/**
 * Slides grouped by their part of the lesson plans (data/lesson.ts), headed as in the printed outline;
 * the cover joins the first part, slides no plan times are "Reference".
 */
export function partsOf(slides: readonly SlideEntry[]): Part[] {
  const headings = partHeadings(slides.map(slide => slide.alias), deckPlans)
  const parts: Part[] = []
  slides.forEach((slide, index) => {
    const heading = headings[index] ?? headings.find(found => found !== null) ?? 'Reference'
    if (parts.at(-1)?.title !== heading)
      parts.push({ id: `part-${parts.length + 1}`, title: heading, slides: [] })
    parts.at(-1)!.slides.push(slide)
  })
  return parts
}

/** What the overview page gives for one slide, its markup already made fit for the reading view. */
interface ExtractedSlide {
  no: number
  html: string
  notesHtml: string
  hasHeading: boolean
}

interface Extraction {
  slides: ExtractedSlide[]
  /** SVG paths that several slides draw, each once, for their <use href="#…">. */
  shapes: string
  css: string
}

/**
 * Runs in the overview page. For each slide: the layout's markup with every click shown, headings
 * moved two levels down (the page has h1, the parts h2, the slides h3), Slidev's runtime attributes
 * dropped, each self-check replaced by a placeholder; its notes; then the deck's CSS rules that
 * match any of that markup (the rest of Slidev's stylesheet is left behind).
 */
function extractInPage(): Extraction {
  /**
   * An SVG path of absolute M/L/Z commands (as d3-geo writes them) in relative commands, to
   * 1/`perUnit` of a unit (counted from the rounded points, so errors do not add up), leaving out
   * the points of an outline nearer than `thin` units to the last one kept.
   */
  const relativePath = (d: string, perUnit: number, thin: number): string => {
    const rings: { points: [number, number][], closed: boolean }[] = []
    for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
      if (command === 'Z') {
        rings.at(-1)!.closed = true
        continue
      }
      const numbers = (args!.match(/-?\d*\.?\d+/g) ?? []).map(Number)
      for (let index = 0; index + 1 < numbers.length; index += 2) {
        if (command === 'M' && index === 0)
          rings.push({ points: [], closed: false })
        rings.at(-1)!.points.push([
          Math.round(numbers[index]! * perUnit),
          Math.round(numbers[index + 1]! * perUnit),
        ])
      }
    }
    const format = (value: number): string => String(value / perUnit).replace(/^(-?)0\./, '$1.')
    const step = (command: string, dx: number, dy: number): string => {
      const second = format(dy)
      return `${command}${format(dx)}${second.startsWith('-')
        ? ''
        : ','}${second}`
    }
    let out = ''
    let x = 0
    let y = 0
    for (const { points, closed } of rings) {
      const [start, ...rest] = points
      out += step('m', start![0] - x, start![1] - y)
      x = start![0]
      y = start![1]
      rest.forEach(([nextX, nextY], index) => {
        if (index < rest.length - 1 && Math.hypot(nextX - x, nextY - y) < thin * perUnit)
          return
        out += step('l', nextX - x, nextY - y)
        x = nextX
        y = nextY
      })
      if (closed) {
        out += 'z'
        x = start![0]
        y = start![1]
      }
    }
    return out
  }
  const geometry = new Set([
    'x',
    'y',
    'width',
    'height',
    'cx',
    'cy',
    'r',
  ])
  /** What a mark shares with the marks it can be drawn with (its size, paint and other attributes), or null if it is no plain mark. */
  const markKey = (element: Element): string | null => {
    const square = element.tagName === 'rect' && element.getAttribute('width') === element.getAttribute('height') && !element.hasAttribute('rx')
    if ((!square && element.tagName !== 'circle') || element.children.length > 0)
      return null
    const style = getComputedStyle(element)
    if (style.stroke !== 'none' || style.fill === 'none')
      return null
    const others = [...element.attributes].filter(attribute => !geometry.has(attribute.name)).map(attribute => `${attribute.name}=${attribute.value}`)
    return [
      element.tagName,
      element.getAttribute('width') ?? element.getAttribute('r'),
      style.fill,
      style.fillOpacity,
      style.opacity,
      ...others,
    ].join(' ')
  }
  const mergeMarks = (marks: readonly SVGGraphicsElement[]): void => {
    const first = marks[0]!
    const round = first.tagName === 'circle'
    const number = (element: Element, name: string): number => Number(element.getAttribute(name) ?? 0)
    const size = round
      ? 2 * number(first, 'r')
      : number(first, 'width')
    const centres = marks.map(mark => round
      ? [
          number(mark, 'cx'),
          number(mark, 'cy'),
        ]
      : [number(mark, 'x') + size / 2, number(mark, 'y') + size / 2])
    const d = centres.map(([x, y]) => `M${x},${y}L${x},${y}`).join('')
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path')
    for (const attribute of first.attributes) {
      if (!geometry.has(attribute.name))
        path.setAttribute(attribute.name, attribute.value)
    }
    const style = getComputedStyle(first)
    path.setAttribute('d', relativePath(d, 10, 0).replace(/l0,0/g, 'h0'))
    path.setAttribute('style', `fill:none;stroke:${style.fill};stroke-opacity:${style.fillOpacity};stroke-width:${size};stroke-linecap:${round ? 'round' : 'square'}`)
    first.replaceWith(path)
    for (const mark of marks.slice(1))
      mark.remove()
  }
  const holder = document.createElement('div')
  holder.setAttribute('data-rv-holder', '')
  holder.hidden = true
  document.body.append(holder)
  const slides: ExtractedSlide[] = []
  for (const block of document.querySelectorAll('.overview-slide-block')) {
    const page = block.querySelector<HTMLElement>('.slidev-page[data-slidev-no]')
    const layout = page?.querySelector(':scope > .slidev-layout')
    if (!page || !layout)
      continue
    const content = layout.cloneNode(true) as HTMLElement
    content.removeAttribute('frontmatter')
    // In the page from the start: the marks below are merged by their computed paint.
    holder.append(content)
    for (const element of content.querySelectorAll('*')) {
      for (const name of [...element.classList]) {
        if (name.startsWith('slidev-vclick'))
          element.classList.remove(name)
      }
      if (element.classList.length === 0)
        element.removeAttribute('class')
      for (const attribute of ['data-slidev-clicks-start', 'data-slidev-clicks-end', 'frontmatter'])
        element.removeAttribute(attribute)
    }
    // The deck's own link to this page, on the cover, and what print says in its place (.in-print, slides.md).
    for (const link of content.querySelectorAll('a[href$="read.html"]'))
      (link.closest('p') ?? link).remove()
    for (const printOnly of content.querySelectorAll('.in-print'))
      printOnly.remove()
    // The map's details answer pointing and focus, which the reading view has not.
    for (const details of content.querySelectorAll('.member-map .details'))
      details.remove()
    const comments = document.createTreeWalker(content, NodeFilter.SHOW_COMMENT)
    const placeholders: Node[] = []
    while (comments.nextNode())
      placeholders.push(comments.currentNode)
    for (const comment of placeholders)
      comment.parentNode?.removeChild(comment)
    // Coordinates to a tenth of a pixel (the screen cannot show more), paths as relative moves: a third
    // of the bytes. The map's outlines, drawn 350 units wide for a phone, to a whole unit (half a
    // pixel), without the points closer than a pixel and a half to the last one.
    for (const element of content.querySelectorAll('svg *')) {
      const outline = element.matches('.member-map-chart path:not(.texture)')
      for (const attribute of [...element.attributes]) {
        if (attribute.name === 'd' && /^[MLZ\d.,\s-]+$/.test(attribute.value)) {
          element.setAttribute('d', outline
            ? relativePath(attribute.value, 1, 1.5)
            : relativePath(attribute.value, 10, 0))
        }
        else if (/^(?:[xyr]|x1|x2|y1|y2|cx|cy|dx|dy|width|height|transform|points)$/.test(attribute.name)) {
          element.setAttribute(attribute.name, attribute.value.replace(/-?\d+\.\d{2,}/g, number => String(Math.round(Number(number) * 10) / 10)))
        }
      }
    }
    // A chart's run of like squares or dots (hundreds of them): one path of zero-length strokes with
    // square or round caps, in the colour the marks were filled with; a tenth of the bytes.
    for (const parent of content.querySelectorAll('svg, svg g')) {
      let run: SVGGraphicsElement[] = []
      let runKey = ''
      const flush = (): void => {
        if (run.length >= 8)
          mergeMarks(run)
        run = []
        runKey = ''
      }
      for (const child of [...parent.children]) {
        const key = markKey(child)
        if (key === null || key !== runKey)
          flush()
        if (key !== null) {
          run.push(child as SVGGraphicsElement)
          runKey = key
        }
      }
      flush()
    }
    // The deck's own controls (the map's year buttons) do nothing in a page without the deck; the
    // map's countries keep their names for screen readers but leave the tab order.
    for (const button of content.querySelectorAll('button:not([data-self-check] button)')) {
      const group = button.parentElement
      button.remove()
      if (group && group !== content && group.children.length === 0 && !group.textContent?.trim())
        group.remove()
    }
    for (const focusable of content.querySelectorAll('svg [tabindex]'))
      focusable.removeAttribute('tabindex')
    for (const check of content.querySelectorAll('[data-self-check]')) {
      const placeholder = document.createElement('div')
      placeholder.setAttribute('data-rv-self-check', check.getAttribute('data-self-check') ?? '')
      check.replaceWith(placeholder)
    }
    let hasHeading = false
    for (const heading of content.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
      const level = Number(heading.tagName[1])
      const demoted = document.createElement(`h${Math.min(6, level + 2)}`)
      for (const attribute of heading.attributes)
        demoted.setAttribute(attribute.name, attribute.value)
      demoted.append(...heading.childNodes)
      if (level === 1 && !hasHeading) {
        demoted.id = `slide-${page.dataset.slidevNo}-title`
        demoted.classList.add('rv-slide-title')
        hasHeading = true
      }
      heading.replaceWith(demoted)
    }
    for (const heading of content.querySelectorAll('[role="heading"][aria-level]'))
      heading.setAttribute('aria-level', String(Math.min(6, Number(heading.getAttribute('aria-level')) + 2)))
    const note = block.querySelector('.slidev-note')
    const notes = note?.cloneNode(true) as HTMLElement | undefined
    for (const element of notes?.querySelectorAll('*') ?? [])
      element.removeAttribute('class')
    content.setAttribute('data-rv-slide', page.dataset.slidevNo ?? '')
    holder.append(content)
    if (notes)
      holder.append(notes)
    slides.push({
      no: Number(page.dataset.slidevNo),
      html: '',
      notesHtml: notes?.innerHTML.trim() ?? '',
      hasHeading,
    })
  }

  // A shape drawn on several slides (the map's countries) is written once and used by reference.
  const shapeIds = new Map<string, string>()
  const pathsByShape = new Map<string, SVGPathElement[]>()
  for (const path of holder.querySelectorAll<SVGPathElement>('svg path[d]')) {
    const d = path.getAttribute('d')!
    if (d.length >= 200) {
      pathsByShape.set(d, [
        ...(pathsByShape.get(d) ?? []),
        path,
      ])
    }
  }
  let shapes = ''
  for (const [d, paths] of pathsByShape) {
    if (paths.length < 2)
      continue
    const id = `rv-shape-${shapeIds.size + 1}`
    shapeIds.set(d, id)
    shapes += `<path id="${id}" d="${d}"/>`
    for (const path of paths) {
      const use = document.createElementNS('http://www.w3.org/2000/svg', 'use')
      for (const attribute of path.attributes) {
        if (attribute.name !== 'd')
          use.setAttribute(attribute.name, attribute.value)
      }
      use.setAttribute('href', `#${id}`)
      path.replaceWith(use)
    }
  }

  // State and pseudo-element parts of a selector never match querySelector; drop them to test the rest.
  const dynamic = /::?(?:hover|focus-visible|focus-within|focus|active|visited|checked|disabled|enabled|before|after|placeholder|marker|selection|first-letter|first-line|-webkit-[\w-]+|-moz-[\w-]+)(?:\([^)]*\))?/g
  const matchesContent = (selector: string): boolean => {
    const testable = selector.replace(dynamic, '').trim().replace(/[>+~]\s*$/, '') || '*'
    try {
      return [
        ...document.querySelectorAll(testable),
      ].some(element => holder.contains(element) && element !== holder)
    }
    catch {
      return false
    }
  }
  /** The deck's dark scheme (html.dark) is the reading view's when the reader's system is dark: `html.dark x` → `x`. */
  const darkPrefix = /^(?:html)?\.dark(?![\w-])\s*/
  const keptSelectors: string[] = []
  /** The rules of `rules` that apply to the content: those for the light scheme, or (`dark`) those for the dark one. */
  const keep = (rules: CSSRuleList, dark: boolean): string => {
    let kept = ''
    for (const rule of rules) {
      if (rule instanceof CSSFontFaceRule || rule instanceof CSSKeyframesRule) {
        if (!dark)
          kept += rule.cssText
      }
      else if (rule instanceof CSSStyleRule) {
        const selectors = rule.selectorText.split(/,(?![^()]*\))/).map(part => part.trim()).filter(part => dark === darkPrefix.test(part)).map(part => dark
          ? part.replace(darkPrefix, '') || ':root'
          : part)
        if (selectors.some(part => /^(?::root|html)$/.test(part))) {
          const custom = [...rule.style].filter(name => name.startsWith('--'))
          if (custom.length > 0)
            kept += `:root{${custom.map(name => `${name}:${rule.style.getPropertyValue(name)}`).join(';')}}`
          continue
        }
        const matching = selectors.filter(part => !/\.dark(?![\w-])/.test(part) && matchesContent(part))
        keptSelectors.push(...matching)
        if (matching.length > 0)
          kept += `${matching.join(',')}{${rule.style.cssText}}`
      }
      else if (rule instanceof CSSMediaRule || rule instanceof CSSContainerRule || rule instanceof CSSSupportsRule) {
        const inner = keep(rule.cssRules, dark)
        if (inner) {
          const prelude = rule instanceof CSSMediaRule
            ? `@media ${rule.conditionText}`
            : rule instanceof CSSContainerRule
              ? `@container ${rule.conditionText}`
              : `@supports ${rule.conditionText}`
          kept += `${prelude}{${inner}}`
        }
      }
      else if (rule instanceof CSSLayerBlockRule) {
        kept += keep(rule.cssRules, dark)
      }
    }
    return kept
  }
  let css = ''
  let darkCss = ''
  for (const sheet of document.styleSheets) {
    try {
      css += keep(sheet.cssRules, false)
      darkCss += keep(sheet.cssRules, true)
    }
    catch {
      // A stylesheet from elsewhere cannot be read; the built deck has none.
    }
  }
  if (darkCss)
    css += `@media (prefers-color-scheme:dark){${darkCss}}`

  // Vue's scope attributes (data-v-…) stay only on the elements a kept rule selects by them: those
  // matching its selector up to the compound that names the attribute.
  const scopesNeeded = new Map<Element, Set<string>>()
  const scopesEverywhere = new Set<string>()
  for (const selector of keptSelectors) {
    const testable = selector.replace(dynamic, '')
    let depth = 0
    let start = 0
    for (let index = 0; index <= testable.length; index++) {
      const char = testable[index] ?? ' '
      if ('(['.includes(char))
        depth++
      else if (')]'.includes(char))
        depth--
      if (depth > 0 || !/[\s>+~]/.test(char))
        continue
      const prefix = testable.slice(0, index).trim()
      for (const [, scope] of testable.slice(start, index).matchAll(/\[(data-v-[0-9a-f]+)\]/g)) {
        try {
          for (const element of holder.querySelectorAll(prefix))
            scopesNeeded.set(element, (scopesNeeded.get(element) ?? new Set()).add(scope!))
        }
        catch {
          scopesEverywhere.add(scope!)
        }
      }
      start = index + 1
    }
  }
  for (const element of holder.querySelectorAll('*')) {
    for (const attribute of [...element.attributes]) {
      if (attribute.name.startsWith('data-v-') && !scopesEverywhere.has(attribute.name) && !scopesNeeded.get(element)?.has(attribute.name))
        element.removeAttribute(attribute.name)
    }
  }

  for (const slide of slides) {
    const content = holder.querySelector(`[data-rv-slide="${slide.no}"]`)!
    content.removeAttribute('data-rv-slide')
    slide.html = content.outerHTML
  }
  holder.remove()
  return { slides, shapes, css }
}

/** The charts that lay themselves out for their width (the map by its frame's), and the width of a phone's reading column. */
const chartSelectors = ['.blacklist-stats', '.extradition-timeline', '.member-map .map-frame']
const phoneChartWidth = 350

export async function openOverview(page: Page, url: string, expected: number): Promise<void> {
  await page.goto(`${url}#/overview`)
  // Every slide's page and, inside it, its layout: a page can be there before its slide has mounted.
  await page.waitForFunction(count => document.querySelectorAll('.overview-slide-block .slidev-page[data-slidev-no] > .slidev-layout').length === count
    && document.querySelectorAll('.slidev-slide-loading').length === 0, expected, { timeout: 60_000 })
  await page.waitForLoadState('networkidle')
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await layChartsOutForAPhone(page)
}

/**
 * The charts lay themselves out for the width of their column (lib/chart-width.ts): given a phone's
 * column here, they are captured in their narrow form, labels at full size, rather than shrunk.
 */
async function layChartsOutForAPhone(page: Page): Promise<void> {
  await page.addStyleTag({ content: `${chartSelectors.join(', ')} { width: ${phoneChartWidth}px !important; }` })
  await page.waitForFunction(({ selectors, width }) => [
    ...document.querySelectorAll<SVGSVGElement>(selectors.map(selector => `${selector} > svg`).join(', ')),
  ]
    .every(svg => svg.viewBox.baseVal.width <= width), { selectors: chartSelectors, width: phoneChartWidth }, { timeout: 30_000 })
}

/**
 * Vue's scope attributes (data-v-1a2b3c4d="") are a tenth of the markup; the same numbered short
 * (data-v-1), in the markup and its CSS alike, select the same.
 */
function shortScopeIds(extraction: Extraction): Extraction {
  const ids = new Map<string, string>()
  const short = (id: string): string => {
    if (!ids.has(id))
      ids.set(id, `data-v-${ids.size.toString(36)}`)
    return ids.get(id)!
  }
  const slides = extraction.slides.map(slide => ({
    ...slide,
    html: slide.html.replace(/data-v-([0-9a-f]{8})=""/g, (_, id: string) => short(id)),
  }))
  const css = extraction.css.replace(/\[data-v-([0-9a-f]{8})\]/g, (_, id: string) => `[${short(id)}]`)
  return { slides, shapes: extraction.shapes, css }
}

/**
 * The page's CSS without comments and spaces, and without the custom properties that neither it nor
 * the markup reads (most of what Slidev and its themes declare on :root).
 */
export function compactCss(css: string, markup: string): string {
  let compact = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    // Declarations (not selectors, where a space is a combinator) without the space after their colon.
    .replace(/([{;])([a-z-]+): /g, '$1$2:')
    .trim()
  for (;;) {
    const read = new Set([
      ...`${compact}${markup}`.matchAll(/var\(\s*(--[\w-]+)/g),
    ].map(match => match[1]))
    const next = compact
      .replace(/(--[\w-]+):[^;{}]*(?:;|(?=\}))/g, (declaration, name: string) => read.has(name)
        ? declaration
        : '')
      .replace(/;\}/g, '}')
      .replace(/(?<=\})[^{}@]+\{\}/g, '')
    if (next === compact)
      return compact
    compact = next
  }
}

const hash = (content: string | Buffer): string => createHash('sha256').update(content).digest('hex').slice(0, 10)

function selfCheckHtml(id: string, slideNo: number): string {
  const set = questionsFor(id)
  if (set.length === 0)
    throw new Error(`Slide ${slideNo} has a self-check "${id}" that data/questions.ts does not know`)
  return set.map((question: Question, index) => {
    const name = `check-${slideNo}-${index + 1}`
    const right = correctOption(question)!
    const rightLetter = optionLetter(question.options.indexOf(right))
    const options = question.options.map((option, position) => `<label class="rv-option"><input type="radio" name="${name}" value="${escapeMarkup(option.id)}" ${selfCheckAttributes.correct}="${escapeMarkup(question.correct)}"><span class="rv-letter" aria-hidden="true">${optionLetter(position)}</span><span>${escapeMarkup(option.text)}</span></label>`).join('')
    const explanations = question.options.map((option, position) => `<li ${selfCheckAttributes.option}="${escapeMarkup(option.id)}"><strong>${optionLetter(position)}${option.id === question.correct
      ? ' (right)'
      : ''}:</strong> <span class="rv-explanation">${escapeMarkup(option.feedback)}</span></li>`).join('')
    const count = set.length > 1
      ? ` · question ${index + 1} of ${set.length}`
      : ''
    return `<section class="rv-check" ${selfCheckAttributes.root} aria-labelledby="${name}-title">`
      + `<p class="rv-check-kicker" id="${name}-title">Self-check · ${escapeMarkup(sectionTitles[question.section])}${count}</p>`
      + `<form><fieldset><legend>${escapeMarkup(question.stem)}</legend>${options}</fieldset>`
      + `<p class="rv-actions" hidden><button type="submit">Check</button></p>`
      + `<p class="rv-feedback" role="status" aria-live="polite" aria-atomic="true"></p></form>`
      + `<details class="rv-answer"><summary>Show the answer</summary><p><strong>The answer is ${rightLetter}:</strong> ${escapeMarkup(right.text)}</p><ul>${explanations}</ul></details>`
      + `</section>`
  }).join('')
}

interface ReadingAssets { css: string, js: string }

function pageHtml(deckTitle: string, parts: readonly Part[], extracted: ReadonlyMap<number, ExtractedSlide>, shapes: string, assets: ReadingAssets): string {
  const deckLink = (slide: SlideEntry): string => `index.html#/${slide.alias ?? slide.no}`
  const total = parts.reduce((sum, part) => sum + part.slides.length, 0)
  const section = (slide: SlideEntry): string => {
    const found = extracted.get(slide.no)
    if (!found)
      throw new Error(`The overview did not show slide ${slide.no} "${slide.title}"`)
    let body = found.html
      .replace(/<div data-rv-self-check="([^"]*)"><\/div>/g, (_, id: string) => selfCheckHtml(id, slide.no))
    const heading = found.hasHeading
      ? ''
      : `<h3 id="slide-${slide.no}-title" class="rv-slide-title">${escapeMarkup(slide.title)}</h3>`
    const { own, answers, teacher } = learnerNotes(found.notesHtml)
    const task = own
      ? `<div class="rv-own">${own}</div>`
      : ''
    const answer = answers
      ? `<details class="rv-answer"><summary>Show the answer</summary>${answers}</details>`
      : ''
    const notes = teacher
      ? `<details class="rv-notes"><summary>Teacher's notes for this slide</summary><div class="rv-notes-body">${teacher}</div></details>`
      : ''
    if (!found.hasHeading)
      body = `${heading}${body}`
    // The task before its answer: an answer slide shows its title and the task, the slide behind a disclosure.
    const title = new RegExp(`<h3[^>]* id="slide-${slide.no}-title"[^>]*>[\\s\\S]*?</h3>`)
    const content = slide.answer
      ? `${body.match(title)?.[0] ?? heading}${task}`
      + `<details class="rv-answer"><summary>Show the answer</summary><div class="rv-slide-body">${body.replace(title, '')}</div></details>`
      : `<div class="rv-slide-body">${body}</div>${task}`
    return `<section class="rv-slide" id="slide-${slide.no}" aria-labelledby="slide-${slide.no}-title">`
      + `${content}${answer}${notes}`
      + `<p class="rv-to-deck"><a href="${deckLink(slide)}">Open slide ${slide.no} of ${total} in the deck</a></p></section>`
  }
  const studentMaterials = materials.filter(material => material.audience === 'student')
  const materialsSection = studentMaterials.length === 0
    ? ''
    : `<section class="rv-part" id="materials" aria-labelledby="materials-title"><h2 id="materials-title">Your materials</h2><ul class="rv-materials">${studentMaterials.map(material => `<li><a href="index.html#/handout/${escapeMarkup(material.slug)}">${escapeMarkup(material.title)}</a>: ${escapeMarkup(material.description)}</li>`).join('')}</ul></section>`
  const contents = parts.map(part => `<li><a href="#${part.id}">${escapeMarkup(part.title)}</a></li>`).join('')
    + (studentMaterials.length > 0
      ? '<li><a href="#materials">Your materials</a></li>'
      : '')
  const allSlides = parts.flatMap(part => part.slides)
  const references = referenceAliases
    .map(alias => allSlides.find(slide => slide.alias === alias))
    .filter(slide => slide !== undefined)
  const referenceLinks = references.length === 0
    ? ''
    : `<h2 class="rv-contents-title">To look up</h2><ul>${references.map(slide => `<li><a href="#slide-${slide.no}">${escapeMarkup(slide.title)}</a></li>`).join('')}</ul>`
  return `<!DOCTYPE html>
<html lang="en" data-reading-view>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeMarkup(deckTitle)} · Reading view</title>
<meta name="description" content="The whole lesson on one page, for reading on any screen: every slide with its notes, the self-checks, the glossary and the sources.">
<link rel="icon" href="favicon.svg">
<link rel="stylesheet" href="${assets.css}">
<script type="module" src="${assets.js}"></script>
</head>
<body>
${shapes
  ? `<svg class="rv-shapes" width="0" height="0" aria-hidden="true" focusable="false"><defs>${shapes}</defs></svg>`
  : ''}
<a class="rv-skip" href="#main">Skip to the lesson</a>
<a class="rv-skip" href="#contents">Skip to the contents</a>
<header class="rv-header">
<p class="rv-kind">Reading view · ${total} slides</p>
<h1>${escapeMarkup(deckTitle)}</h1>
<p class="rv-header-links"><a href="index.html">Open the slides</a></p>
</header>
<nav id="contents" class="rv-contents" aria-label="Contents"><h2 class="rv-contents-title">Contents</h2><ol>${contents}</ol>${referenceLinks}</nav>
<main id="main" tabindex="-1">
${parts.map(part => `<section class="rv-part" id="${part.id}" aria-labelledby="${part.id}-title"><h2 id="${part.id}-title">${escapeMarkup(part.title)}</h2>${part.slides.map(section).join('\n')}</section>`).join('\n')}
${materialsSection}
</main>
<footer class="rv-footer"><p><a href="#contents">Back to the contents</a> · <a href="index.html">Open the slides</a></p></footer>
</body>
</html>
`
}

/** The service worker of the reading view alone: the page's few files, so a phone does not download the whole deck. */
function readingServiceWorker(files: readonly string[], version: string): string {
  return `// The reading view's own service worker (scope: read.html), written by scripts/reading-view.ts.
const cacheName = 'reading-view-${version}'
const files = ${JSON.stringify(files)}
self.addEventListener('install', (event) => {
  // The page has just fetched these; 'force-cache' takes them from the HTTP cache rather than the network.
  event.waitUntil(caches.open(cacheName).then(cache => Promise.all(files.map(file =>
    fetch(file, { cache: 'force-cache' }).then(response => response.ok ? cache.put(file, response) : undefined)))).then(() => self.skipWaiting()))
})
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then(keys => Promise.all(keys
    .filter(key => key.startsWith('reading-view-') && key !== cacheName)
    .map(key => caches.delete(key)))).then(() => self.clients.claim()))
})
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url)
  if (event.request.method !== 'GET' || url.origin !== location.origin)
    return
  const file = new URL(url.pathname, location.href).href.slice(new URL('./', location.href).href.length)
  if (!files.includes(file))
    return
  const cached = () => caches.open(cacheName).then(cache => cache.match(file))
  // The page itself: the network first, so an update shows; its hashed assets: the cache first.
  event.respondWith(file === 'read.html'
    ? fetch(event.request).catch(() => cached())
    : cached().then(response => response ?? fetch(event.request)))
})
`
}

/**
 * Adds files to the deck's service worker precache (generated by vite-plugin-pwa before read.html
 * existed), so a learner who opened the deck can also read offline.
 */
async function addToDeckPrecache(dir: string, files: readonly string[]): Promise<void> {
  const path = join(dir, 'sw.js')
  if (!existsSync(path))
    return
  // Entries an earlier run of this script added (a rebuilt site has none).
  const sw = (await readFile(path, 'utf8')).replace(/\{url:"(?:read\.html|assets\/read-[\w-]+\.(?:css|js))",revision:"\w+"\},/g, '')
  const marker = 'precacheAndRoute(['
  if (!sw.includes(marker))
    throw new Error(`${path} has no "${marker}": vite-plugin-pwa's output changed; read.html would not be precached`)
  const entries = await Promise.all(files.map(async file => `{url:${JSON.stringify(file)},revision:${JSON.stringify(hash(await readFile(join(dir, file))))}},`))
  await writeFile(path, sw.replace(marker, `${marker}${entries.join('')}`))
}

/**
 * Font faces the deck declares that the reading view leaves out, each a file to fetch for a few words:
 * the bold (the deck's bold is the semibold, which stands in), the serif italic (one quotation, which
 * is slanted from the upright face instead) and the monospace (source addresses, in the reader's own).
 */
const omittedFontFaces = [
  /font-family: ?"Source Sans 3";[^}]*font-weight: ?700;/,
  /font-family: ?"Source Serif 4";[^}]*font-style: ?italic;/,
  /font-family: ?"Source Code Pro";/,
]

function withoutOmittedFonts(css: string): string {
  return css
    .replace(/@font-face ?\{[^}]*\}/g, face => omittedFontFaces.some(pattern => pattern.test(face))
      ? ''
      : face)
    // woff2 alone: every browser that runs the page reads it.
    .replace(/, ?url\("?[^")]+\.woff"?\) format\("woff"\)/g, '')
}

/** The stylesheet of the page itself; the slides' own rules come from the deck. */
async function readingCss(): Promise<string> {
  return readFile(join(root, 'styles/reading-view.css'), 'utf8')
}

export async function writeReadingView(browserPath: string, dir: string): Promise<{ path: string, bytes: number }> {
  const { title, slides } = await deckSlides()
  const site = await serveDist(dir)
  const browser = await chromium.launch({
    executablePath: browserPath,
    args: launchFlags(),
  })
  let extraction: Extraction
  try {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 800 },
    })
    const errors: string[] = []
    page.on('pageerror', error => errors.push(error.message))
    await openOverview(page, site.url, slides.length)
    extraction = await page.evaluate(extractInPage)
    if (errors.length > 0)
      throw new Error(`The deck's overview had page errors: ${errors.join('; ')}`)
  }
  finally {
    await browser.close()
    await site.close()
  }
  if (extraction.slides.length !== slides.length)
    throw new Error(`The overview showed ${extraction.slides.length} slides, slides.md has ${slides.length}`)

  const short = shortScopeIds(extraction)
  for (const old of await readdir(join(dir, 'assets'))) {
    if (/^read-[\w-]+\.(?:css|js)(?:\.gz)?$/.test(old))
      await rm(join(dir, 'assets', old))
  }
  const css = compactCss(`${withoutOmittedFonts(short.css)}\n${await readingCss()}`, short.slides.map(slide => slide.html).join(''))
  const cssFile = `assets/read-${hash(css)}.css`
  await writeFile(join(dir, cssFile), css)
  const source = await readFile(join(root, 'lib/reading-view.ts'), 'utf8')
  const js = (await transformWithOxc(source, 'reading-view.ts', { lang: 'ts' })).code
  const jsFile = `assets/read-${hash(js)}.js`
  await writeFile(join(dir, jsFile), js)

  const extracted = new Map(short.slides.map(slide => [slide.no, slide]))
  const html = pageHtml(title, partsOf(slides), extracted, short.shapes, { css: cssFile, js: jsFile })
  const htmlPath = join(dir, 'read.html')
  await writeFile(htmlPath, html)

  // Static hosts compress text as they serve it; these let any host (and our loopback servers) send it compressed.
  for (const file of ['read.html', cssFile, jsFile])
    await writeFile(join(dir, `${file}.gz`), gzipSync(await readFile(join(dir, file)), { level: 9 }))

  const fonts = [
    ...new Set([
      ...css.matchAll(/url\("?\.?\/?([^")]+\.woff2)"?\)/g),
    ].map(match => `assets/${basename(match[1]!)}`)),
  ]
    .filter(file => existsSync(join(dir, file)))
  const files = [
    'read.html',
    cssFile,
    jsFile,
    'favicon.svg',
    ...fonts,
  ]
  await writeFile(join(dir, 'read-sw.js'), readingServiceWorker(files, hash(files.join() + html + css + js)))
  await addToDeckPrecache(dir, ['read.html', cssFile, jsFile])
  return {
    path: htmlPath,
    bytes: Buffer.byteLength(html),
  }
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
    },
  })
  const written = await writeReadingView(browserOrExit(), values.dir)
  console.log(`Wrote ${written.path} (${Math.round(written.bytes / 1000)} kB)`)
  process.exit(0)
}
