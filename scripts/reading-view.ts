/**
 * `node scripts/reading-view.ts [--dir dist]` (run by `npm run build`): captures the deck's reading view
 * (`#/read`, components/ReadingView.vue) from a built site into read.html, a static page that needs no
 * JavaScript. Chromium opens the route at a phone's width (the charts lay themselves out for its column)
 * and waits as the PDF export does (scripts/export-pdfs.ts); the page's markup is kept, its CSS is the
 * deck's with the rules for its dark scheme under prefers-color-scheme. Then maintained tools: PurgeCSS
 * keeps the rules the page uses, lightningcss minifies them, SVGO shortens the charts' paths, and
 * workbox-build writes the reading view's service worker and the deck's (which now precaches read.html).
 */
import { Buffer } from 'node:buffer'
import { createHash } from 'node:crypto'
import { readdir, rm, writeFile } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { transform } from 'lightningcss'
import { chromium } from 'playwright-core'
import { PurgeCSS } from 'purgecss'
import { optimize } from 'svgo'
import { generateSW } from 'workbox-build'
import { launchFlags } from './browser.ts'
import { printWhenReady } from './export-pdfs.ts'
import { serveDist } from './serve-dist.ts'
import { browserOrExit } from './slidev.ts'

/** The width the reading view is captured at: a phone's, so every chart is drawn for a phone's column. */
const captureWidth = 390

/** Runs in the page: the reading view's markup (made static) and the CSS of the whole page. */
function capture(): { title: string, body: string, css: string } {
  const view = document.querySelector('.reading-view')!.cloneNode(true) as HTMLElement
  // What does nothing without the deck's script (the map's year buttons), or belongs to print alone.
  for (const element of view.querySelectorAll('button, .in-print, .member-map .details'))
    element.remove()
  for (const focusable of view.querySelectorAll('svg [tabindex]'))
    focusable.removeAttribute('tabindex')
  // A title that is the section's heading (lib/reading-view.ts): the marks of the re-levelling are done with.
  view.querySelectorAll('h1[data-print-level="none"]').forEach(heading => heading.remove())
  view.querySelectorAll('[data-print-level]').forEach(heading => heading.removeAttribute('data-print-level'))
  // The cover's link to read.html, in read.html itself.
  for (const link of view.querySelectorAll('.rv-slide-body a[href$="read.html"]'))
    (link.closest('p') ?? link).remove()
  /** The deck's dark scheme (html.dark) is the page's when the reader's system is dark. */
  const dark = /^(?:html)?\.dark(?![\w-])\s*/
  const rulesOf = (rules: CSSRuleList, inDark: boolean): string => [...rules].map((rule) => {
    if (rule instanceof CSSStyleRule) {
      const selectors = rule.selectorText.split(/,(?![^()]*\))/).map(part => part.trim())
        .filter(part => inDark === dark.test(part))
        .map(part => inDark
          ? part.replace(dark, '') || ':root'
          : part)
      return selectors.length > 0
        ? `${selectors.join(',')}{${rule.style.cssText}}`
        : ''
    }
    if (rule instanceof CSSGroupingRule) {
      const inner = rulesOf(rule.cssRules, inDark)
      return inner && `${rule.cssText.slice(0, rule.cssText.indexOf('{'))}{${inner}}`
    }
    return inDark
      ? ''
      : rule.cssText
  }).join('')
  const sheets = [...document.styleSheets]
  const css = sheets.map(sheet => rulesOf(sheet.cssRules, false)).join('\n')
  const darkCss = sheets.map(sheet => rulesOf(sheet.cssRules, true)).join('')
  return {
    title: document.title,
    body: view.outerHTML.replace(/<!--[\s\S]*?-->/g, ''),
    css: `${css}\n@media (prefers-color-scheme: dark){${darkCss}}`,
  }
}

/**
 * Font faces the deck declares that the reading view leaves out, each a file to fetch for a few words:
 * the bold (the deck's bold is the semibold, which stands in), the serif italic (one quotation, which
 * is slanted from the upright face instead) and the monospace (source addresses, in the reader's own).
 */
const omittedFontFaces = /@font-face\{[^}]*(?:font-family:"?Source Sans 3"?;[^}]*font-weight:700|font-family:"?Source Serif 4"?;[^}]*font-style:italic|font-family:"?Source Code Pro)[^}]*\}/g

/** The page's CSS: the rules its markup uses, minified, with the fonts it loads. */
async function pageCss(css: string, html: string): Promise<string> {
  const [purged] = await new PurgeCSS().purge({
    content: [{ raw: html, extension: 'html' }],
    css: [{ raw: css }],
    variables: true,
    keyframes: true,
  })
  const minified = transform({ filename: 'read.css', code: Buffer.from(purged!.css), minify: true }).code.toString()
  // woff2 alone: every browser that runs the page reads it.
  return minified.replace(omittedFontFaces, '').replace(/,url\("?[^")]+\.woff"?\) format\("woff"\)/g, '')
}

/** Each chart's paths to a tenth of a unit (the map's outlines to a whole one), as relative moves; a run of like marks, one path. */
function compactSvg(html: string): string {
  return html.replace(/<svg\b[\s\S]*?<\/svg>/g, (svg) => {
    const floatPrecision = svg.includes('member-map-chart') ? 0 : 1
    try {
      return optimize(svg, { plugins: [{ name: 'convertShapeToPath', params: { convertArcs: true } }, { name: 'convertPathData', params: { floatPrecision } }, 'mergePaths', { name: 'convertPathData', params: { floatPrecision } }, { name: 'cleanupNumericValues', params: { floatPrecision: 1 } }] }).data
    }
    catch {
      return svg
    }
  })
}

/** Classes and Vue's scope attributes (a third of the markup) only where a rule reads them, the scopes as short numbers. */
function leanMarkup(html: string, css: string): { html: string, css: string } {
  const used = [...new Set(css.match(/data-v-[0-9a-f]{8}/g))]
  const short = (id: string): string => `data-v-${used.indexOf(id).toString(36)}`
  const classes = (names: string): string => names.split(/\s+/).filter(name => css.includes(`.${name.replace(/[^\w-]/g, '\\$&')}`)).join(' ')
  return {
    html: html.replace(/ (data-v-[0-9a-f]{8})=""/g, (_, id: string) => used.includes(id) ? ` ${short(id)}` : '')
      .replace(/ class="([^"]*)"/g, (_, names: string) => classes(names) ? ` class="${classes(names)}"` : ''),
    css: css.replace(/data-v-[0-9a-f]{8}/g, short),
  }
}

const hash = (content: string): string => createHash('sha256').update(content).digest('hex').slice(0, 10)

function pageHtml(title: string, body: string, cssFile: string): string {
  return `<!DOCTYPE html>
<html lang="en" data-reading-view>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="The whole lesson on one page, for reading on any screen: every slide with its notes, the self-checks, the glossary and the sources.">
<link rel="icon" href="favicon.svg">
<link rel="stylesheet" href="${cssFile}">
</head>
<body>
${body}
<script>if ('serviceWorker' in navigator && location.protocol !== 'file:') navigator.serviceWorker.register('read-sw.js', { scope: './read.html' }).catch(() => {})</script>
</body>
</html>
`
}

/** The reading view's own service worker (its few files, so a phone does not fetch the deck) and the deck's, as Slidev configures it. */
async function writeServiceWorkers(dir: string, files: readonly string[]): Promise<void> {
  await generateSW({
    globDirectory: dir,
    globPatterns: [...files],
    swDest: join(dir, 'read-sw.js'),
    cacheId: 'reading-view',
    inlineWorkboxRuntime: true,
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    mode: 'production',
    sourcemap: false,
  })
  // Slidev's settings (@slidev/cli, node/vite/pwa.ts) again, now that read.html and its files exist.
  for (const old of await readdir(dir)) {
    if (/^workbox-[\w-]+\.js(?:\.map)?$/.test(old))
      await rm(join(dir, old))
  }
  await generateSW({
    globDirectory: dir,
    globPatterns: ['**/*.{js,css,html,woff,woff2,ttf,png,jpg,jpeg,svg,gif,webp,avif,ico}', 'manifest.webmanifest'],
    globIgnores: ['read-sw.js', 'sw.js', 'kit/**'],
    maximumFileSizeToCacheInBytes: 104_857_600,
    navigateFallback: 'index.html',
    navigateFallbackDenylist: [/^\/(?:presenter|notes|overview|print|export)/],
    swDest: join(dir, 'sw.js'),
    inlineWorkboxRuntime: true,
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    mode: 'production',
    sourcemap: false,
  })
}

export async function writeReadingView(browserPath: string, dir: string): Promise<{ path: string, bytes: number }> {
  const site = await serveDist(dir)
  const browser = await chromium.launch({ executablePath: browserPath, args: launchFlags() })
  let page: ReturnType<typeof capture>
  try {
    const tab = await browser.newPage({ viewport: { width: captureWidth, height: 844 }, colorScheme: 'light' })
    await printWhenReady(tab, `${site.url}#/read`, 120_000)
    page = await tab.evaluate(capture)
  }
  finally {
    await browser.close()
    await site.close()
  }
  const { html: body, css } = leanMarkup(compactSvg(page.body), await pageCss(page.css, page.body))
  for (const old of await readdir(join(dir, 'assets'))) {
    if (/^read-[\w-]+\.css(?:\.gz)?$/.test(old))
      await rm(join(dir, 'assets', old))
  }
  const cssFile = `assets/read-${hash(css)}.css`
  await writeFile(join(dir, cssFile), css)
  const html = pageHtml(page.title, body, cssFile)
  await writeFile(join(dir, 'read.html'), html)
  // Static hosts compress text as they serve it; these let any host (and our loopback servers) send it compressed.
  await writeFile(join(dir, 'read.html.gz'), gzipSync(html, { level: 9 }))
  await writeFile(join(dir, `${cssFile}.gz`), gzipSync(css, { level: 9 }))
  const fonts = [...new Set([...css.matchAll(/url\("?\.?\/?([^")]+\.woff2)"?\)/g)].map(match => `assets/${basename(match[1]!)}`))]
  await writeServiceWorkers(dir, ['read.html', cssFile, 'favicon.svg', ...fonts])
  return { path: resolve(dir, 'read.html'), bytes: Buffer.byteLength(html) }
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } })
  const written = await writeReadingView(browserOrExit(), values.dir)
  console.log(`Wrote ${written.path} (${Math.round(written.bytes / 1000)} kB)`)
  process.exit(0)
}
