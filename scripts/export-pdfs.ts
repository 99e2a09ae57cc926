/**
 * The one PDF export: build, `npm run export`, the benchmark and the tests all call `exportPdfs`.
 *
 * It serves a built site (`slidev build` output) on loopback and has headless Chromium print, one
 * after the other, the deck's print view (`#/print`, one page per slide) and every handout route
 * (`#/handout/<slug>`: the notes, the note-taking sheets, each of `data/materials.ts`), each as a
 * tagged PDF with an outline built from its headings. It prints once a page has what it shows (fonts
 * loaded, every slide mounted, the map and charts drawn), not after a fixed delay, and does not retry.
 * Then it sets each PDF's metadata in place (pdf-lib, no page copying, so the tags and outline stay).
 */
import type { Page } from 'playwright-core'
import type { PdfMetadata } from './export-metadata.ts'
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-core'
import { materials } from '../data/materials.ts'
import { handoutPath } from '../lib/handout-routes.ts'
import { launchFlags } from './browser.ts'
import { readDeck } from './deck-source.ts'
import { withMetadata } from './export-metadata.ts'
import { serveDist } from './serve-dist.ts'

/** One PDF the export writes. */
export interface PdfDocument {
  /** File name, `<base>.pdf` or `<base>-<slug>.pdf`. */
  readonly file: string
  /** Address in the built site, relative to its root. */
  readonly path: string
  readonly title: string
  readonly subject: string
  /** The slides' print view is as wide as a slide; handouts are A4. */
  readonly layout: 'slides' | 'a4'
}

/** What the deck's headmatter (slides.md) says that the PDFs need. */
export interface DeckFacts {
  readonly title: string
  readonly author: string
  readonly keywords: string
  /** The slides PDF's name without `.pdf`: the headmatter's `download`, which the site's download button offers. */
  readonly pdfBaseName: string
  readonly canvasWidth: number
  readonly canvasHeight: number
}

export interface ExportedPdf {
  readonly document: PdfDocument
  readonly path: string
  readonly seconds: number
}

/** The deck's facts, read from slides.md at `root`. */
export async function deckFacts(root = process.cwd()): Promise<DeckFacts> {
  const { headmatter } = await readDeck(root)
  const download = headmatter.download
  if (typeof download !== 'string' || !download.endsWith('.pdf'))
    throw new Error(`slides.md: \`download\` must name the slides PDF (like sco-dubious-agenda.pdf), not ${JSON.stringify(download)}`)
  const canvasWidth = Number(headmatter.canvasWidth ?? 980)
  const [width, height] = String(headmatter.aspectRatio ?? '16/9').split('/').map(Number)
  return {
    title: String(headmatter.title),
    author: String(headmatter.author ?? ''),
    keywords: String(headmatter.keywords ?? ''),
    pdfBaseName: download.replace(/\.pdf$/, ''),
    canvasWidth,
    canvasHeight: Math.ceil(canvasWidth / (width! / height!)),
  }
}

/** Every PDF the export writes, in order: the slides, the two handouts of the slides, the materials. */
export function pdfDocuments(deck: DeckFacts): PdfDocument[] {
  const handout = (slug: string, title: string, subject: string): PdfDocument => ({
    file: `${deck.pdfBaseName}-${slug}.pdf`,
    path: handoutPath(slug),
    title: `${deck.title}: ${title}`,
    subject,
    layout: 'a4',
  })
  return [
    {
      file: `${deck.pdfBaseName}.pdf`,
      path: '?print#/print',
      title: `${deck.title}: slides`,
      subject: 'The lesson\'s slides, one page per slide, every step shown.',
      layout: 'slides',
    },
    handout('notes', 'notes handout', 'Every slide as wide as the page, with its speaker notes under it.'),
    handout('note-taking', 'note-taking handout', 'The two lessons\' slides, two a page, with lines for notes.'),
    ...materials.map(material => handout(material.slug, material.title, material.description)),
  ]
}

/**
 * Why the page is not ready to print yet ('' once it is): runs in the page. Every slide on it mounted
 * (Slidev loads each slide's component on its own) with its outline headings in the print view, every
 * member map's chart drawn (it loads d3 and the shapes on its own), every chart has its text alternative
 * and marks, every image decoded, fonts loaded.
 */
function notReadyBecause(): string {
  const pending: string[] = []
  // The print view; a handout of the slides (SlidesHandoutPage.vue); a material (HandoutView.vue shows its HandoutPage.vue); the reading view.
  if (!document.querySelector('#print-content, main.handout-page, main > .handout, .reading-view main'))
    pending.push('the page itself (the print view, or a handout: see components/handouts/)')
  const slides = Array.from(document.querySelectorAll('[data-slidev-no]'))
  const unmounted = slides.filter(slide => !slide.querySelector('.slidev-layout') || slide.querySelector('.slidev-slide-loading'))
  if (unmounted.length)
    pending.push(`slides ${unmounted.map(slide => slide.getAttribute('data-slidev-no')).join(', ')}`)
  // The print view's outline (components/PrintView.vue, lib/print-headings.ts) is added as slides mount.
  if (Array.from(document.querySelectorAll('#print-content [data-slidev-no]')).some(slide => !slide.hasAttribute('data-print-outlined')))
    pending.push('the outline')
  if (Array.from(document.querySelectorAll('figure.member-map')).some(map => !map.querySelector('svg [role="img"]')))
    pending.push('the member map')
  if (Array.from(document.querySelectorAll('svg[role="img"]')).some(chart => !(chart.getAttribute('aria-label') || chart.getAttribute('aria-labelledby')) || !chart.querySelector('path, rect, circle, line')))
    pending.push('a chart')
  if (Array.from(document.images).some(image => !image.complete || image.naturalWidth === 0))
    pending.push('an image')
  if (document.fonts.status !== 'loaded')
    pending.push('fonts')
  return pending.join('; ')
}

export async function printWhenReady(page: Page, url: string, timeoutMs: number): Promise<void> {
  const errors: string[] = []
  page.on('pageerror', error => errors.push(error.message))
  await page.goto(url)
  try {
    await page.waitForFunction(`(${notReadyBecause})() === ''`, undefined, { timeout: timeoutMs, polling: 'raf' })
  }
  catch {
    throw new Error(`${url} was not ready to print after ${timeoutMs / 1000} s, still waiting for: ${await page.evaluate(notReadyBecause)}`)
  }
  // Fonts may start loading as the last slides lay out: wait for them, then for one more frame.
  await page.evaluate(async () => {
    await document.fonts.ready
    await new Promise(resolveFrame => requestAnimationFrame(() => requestAnimationFrame(resolveFrame)))
  })
  if (errors.length)
    throw new Error(`${url} failed while rendering, so its PDF could be incomplete: ${errors.join('; ')}`)
}

export interface ExportOptions {
  /** The built site (`slidev build --base ./` output). */
  readonly site: string
  /** Where the PDFs go (created if missing). */
  readonly outDir: string
  /** The Chromium to launch (scripts/browser.ts finds one). */
  readonly browserPath: string
  /** The project root, for slides.md. */
  readonly root?: string
  /** How long one page may take to be ready to print. */
  readonly timeoutMs?: number
}

/** Prints every PDF of `pdfDocuments` from the built site into `outDir`; resolves with what it wrote. */
export async function exportPdfs(options: ExportOptions): Promise<ExportedPdf[]> {
  if (!existsSync(join(options.site, 'index.html')))
    throw new Error(`No built site in ${options.site}: build it first (npm run build).`)
  const deck = await deckFacts(options.root)
  const metadataOf = (document: PdfDocument): PdfMetadata => ({
    title: document.title,
    author: deck.author,
    subject: document.subject,
    keywords: deck.keywords,
    language: 'en',
  })
  await mkdir(options.outDir, { recursive: true })
  const site = await serveDist(options.site)
  const { url } = site
  const browser = await chromium.launch({
    executablePath: options.browserPath,
    args: launchFlags(),
  })
  const written: ExportedPdf[] = []
  try {
    for (const document of pdfDocuments(deck)) {
      const started = performance.now()
      const context = await browser.newContext({
        colorScheme: 'light',
        reducedMotion: 'reduce',
        // No offline caching while printing: its "Caching for offline…" notice would print on every page.
        serviceWorkers: 'block',
        viewport: document.layout === 'slides'
          ? { width: deck.canvasWidth, height: deck.canvasHeight }
          : { width: 794, height: 1123 },
      })
      try {
        const page = await context.newPage()
        // Slidev's print view is made for screen media, as its own exporter prints it; the handouts are
        // pages for print media (their on-screen controls hide there).
        await page.emulateMedia({
          media: document.layout === 'slides'
            ? 'screen'
            : 'print',
        })
        await printWhenReady(page, `${url}${document.path}`, options.timeoutMs ?? 60_000)
        const pdf = await page.pdf({
          tagged: true,
          outline: true,
          preferCSSPageSize: true,
          printBackground: true,
        })
        const path = join(options.outDir, document.file)
        await writeFile(path, await withMetadata(pdf, metadataOf(document)))
        written.push({ document, path, seconds: (performance.now() - started) / 1000 })
      }
      finally {
        await context.close()
      }
    }
  }
  finally {
    await browser.close()
    await site.close()
  }
  return written
}
