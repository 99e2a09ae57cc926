/**
 * `node scripts/reading-view.ts [--dir dist]` (run by `npm run build`): captures the deck's reading view
 * (`#/read`, components/ReadingView.vue) from a built site into read.html, a static page that needs no
 * JavaScript. Chromium opens the route at a phone's width (the charts lay themselves out for its column)
 * and waits as the PDF export does (scripts/export-pdfs.ts); the page's markup is kept, its CSS is the
 * deck's with the rules for its dark scheme under prefers-color-scheme (lib/reading-capture.ts). Then
 * maintained tools make it small (scripts/lean-page.ts: PurgeCSS, lightningcss, SVGO; minify-html), and workbox-build
 * writes the reading view's own service worker and the deck's (which now precaches read.html).
 */
import { Buffer } from 'node:buffer'
import { createHash } from 'node:crypto'
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import minifyHtml from '@minify-html/node'
import { chromium } from 'playwright-core'
import { generateSW } from 'workbox-build'
import { capture } from '../lib/reading-capture.ts'
import { launchFlags } from './browser.ts'
import { printWhenReady } from './export-pdfs.ts'
import { compactSvg, leanMarkup, pageCss } from './lean-page.ts'
import { serveDist } from './serve-dist.ts'
import { browserOrExit } from './slidev.ts'

const { minify } = minifyHtml

/** The width the reading view is captured at: a phone's, so every chart is drawn for a phone's column. */
const captureWidth = 390

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
  const common = {
    globDirectory: dir,
    inlineWorkboxRuntime: true,
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    sourcemap: false,
  } as const
  await generateSW({
    ...common,
    globPatterns: [...files],
    swDest: join(dir, 'read-sw.js'),
    cacheId: 'reading-view',
  })
  // Slidev's settings (@slidev/cli, node/vite/pwa.ts) again, now that read.html and its files exist.
  for (const old of await readdir(dir)) {
    if (/^workbox-[\w-]+\.js(?:\.map)?$/.test(old))
      await rm(join(dir, old))
  }
  await generateSW({
    globPatterns: ['**/*.{js,css,html,woff,woff2,ttf,png,jpg,jpeg,svg,gif,webp,avif,ico}', 'manifest.webmanifest'],
    globIgnores: ['read-sw.js', 'sw.js', 'kit/**'],
    maximumFileSizeToCacheInBytes: 104_857_600,
    navigateFallback: 'index.html',
    navigateFallbackDenylist: [/^\/(?:presenter|notes|overview|print|export)/],
    swDest: join(dir, 'sw.js'),
    ...common,
  })
}

export async function writeReadingView(browserPath: string, dir: string): Promise<{ path: string, bytes: number }> {
  const site = await serveDist(dir)
  const browser = await chromium.launch({
    executablePath: browserPath,
    args: launchFlags(),
  })
  let page: ReturnType<typeof capture>
  try {
    const tab = await browser.newPage({
      viewport: { width: captureWidth, height: 844 },
      colorScheme: 'light',
    })
    await printWhenReady(tab, `${site.url}#/read`, 120_000)
    page = await tab.evaluate(capture)
  }
  finally {
    await browser.close()
    await site.close()
  }
  const written = await Promise.all(page.sheets.map(sheet => sheet.startsWith(site.url)
    ? readFile(join(dir, new URL(sheet).pathname), 'utf8')
    : sheet))
  const { html: body, css } = leanMarkup(compactSvg(page.body), await pageCss(written.join('\n'), page.body))
  for (const old of await readdir(join(dir, 'assets'))) {
    if (/^read-[\w-]+\.css(?:\.gz)?$/.test(old))
      await rm(join(dir, 'assets', old))
  }
  const cssFile = `assets/read-${hash(css)}.css`
  await writeFile(join(dir, cssFile), css)
  const html = pageHtml(page.title, minify(Buffer.from(body), {}).toString(), cssFile)
  await writeFile(join(dir, 'read.html'), html)
  // Static hosts compress text as they serve it; these let any host (and our loopback servers) send it compressed.
  await writeFile(join(dir, 'read.html.gz'), gzipSync(html, { level: 9 }))
  await writeFile(join(dir, `${cssFile}.gz`), gzipSync(css, { level: 9 }))
  const fonts = [
    ...new Set([
      ...css.matchAll(/url\("?\.?\/?([^")]+\.woff2)"?\)/g),
    ].map(match => `assets/${basename(match[1]!)}`)),
  ]
  await writeServiceWorkers(dir, [
    'read.html',
    cssFile,
    'favicon.svg',
    ...fonts,
  ])
  return {
    path: resolve(dir, 'read.html'),
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
