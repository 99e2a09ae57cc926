/**
 * `npm run bench [-- --no-build] [-- --loads 5] [-- --no-export]`: a benchmark, not a test.
 *
 * Builds this deck and a plain Slidev deck with as many slides (each a title and three bullets,
 * generated in a temporary folder, same installed Slidev), serves both on loopback, and measures
 * side by side in one run:
 * - the first slide in headless Chromium: bytes the browser requested before it was visible
 *   (resource timing) and ms until visible, median of `--loads` cold loads, alternating decks;
 * - the reading view (read.html) on a phone: bytes of the first visit and ms until shown;
 * - the teacher's kit (issue 28): the single-file deck's size and its first slide's ms opened from
 *   `file://` beside the hosted deck's, and the single-file read.html's size;
 * - our PDF export (scripts/export-pdfs.ts, every PDF from our built site): seconds per page of the
 *   slides PDF against its budget, and each PDF's time, median of `--exports` runs.
 * Prints every figure, the ratios and the budgets of scripts/budget.ts. `--no-build` uses dist/.
 */
import type { Server } from 'node:http'
import type { Browser } from 'playwright-core'
import type { ExportedPdf } from './export-pdfs.ts'
import type { BytesByKind, FirstSlideLoad } from './first-slide.ts'
import { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { resolveOptions } from '@slidev/cli'
import { PDFDocument } from 'pdf-lib'
import { chromium } from 'playwright-core'
import { launchFlags } from './browser.ts'
import { exportSecondsPerPageBudget, firstSlideRatioBudget, firstSlideScriptAndFontBytes, readingViewFirstVisitBytes, singleFileFirstSlideRatioBudget } from './budget.ts'
import { exportPdfs } from './export-pdfs.ts'
import { bytesByKind, firstSlideGlobal, recordFirstSlideLoad, requestedBeforeVisible, resourceKinds } from './first-slide.ts'
import { singleFileDeckName } from './kit-files.ts'
import { writeReadingView } from './reading-view.ts'
import { serveDist } from './serve-dist.ts'
import { writeSingleFileDeck } from './single-file-deck.ts'
import { singleReadingView } from './single-reading-view.ts'
import { browserOrExit } from './slidev.ts'

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    'no-export': { type: 'boolean', default: false },
    'loads': { type: 'string', default: '5' },
    'exports': { type: 'string', default: '3' },
  },
})
const loads = Number(values.loads)
const exportRuns = Number(values.exports)
if (![loads, exportRuns].every(count => Number.isInteger(count) && count >= 1)) {
  console.error('--loads and --exports take a whole number of runs, at least 1.')
  process.exit(1)
}

const projectRoot = process.cwd()
const slidevBin = join(projectRoot, 'node_modules/@slidev/cli/bin/slidev.mjs')
const browserPath = browserOrExit()

interface Deck {
  readonly name: 'ours' | 'plain'
  readonly root: string
  readonly dist: string
  url: string
  buildSeconds?: number
}

/** Runs a command to completion, its output shown only if it fails; resolves with its wall time in seconds. */
function timed(command: string, args: string[], cwd: string): Promise<number> {
  const started = performance.now()
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    for (const stream of [child.stdout, child.stderr]) {
      stream.setEncoding('utf8')
      stream.on('data', (chunk: string) => output += chunk)
    }
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code === 0)
        resolvePromise((performance.now() - started) / 1000)
      else
        reject(new Error(`${[command, ...args].join(' ')} (in ${cwd}) exited with ${code}:\n${output}`))
    })
  })
}

function plainSlides(count: number): string {
  const headmatter = [
    '---',
    'theme: default',
    'title: Plain Slidev deck',
    '# the two settings a plain deck needs to stay on this machine: no web fonts, a local favicon',
    'fonts:',
    '  provider: none',
    'favicon: /favicon.svg',
    'routerMode: hash',
    '---',
  ].join('\n')
  const slides = Array.from({ length: count }, (_, index) => [
    `# Slide ${index + 1}: a title of ordinary length`,
    '',
    '- A first bullet with a few words of ordinary text',
    '- A second bullet, a little longer than the first one is',
    '- A third and last bullet',
  ].join('\n'))
  return `${headmatter}\n\n${slides.join('\n\n---\n\n')}\n`
}

interface LoadFigures { readonly ms: number, readonly bytes: BytesByKind, readonly transferBytes: number }

/** The first slide of the deck at `url` (a served site's root, or a single file's address). */
async function loadFirstSlide(browser: Browser, url: string): Promise<LoadFigures> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
  })
  try {
    const page = await context.newPage()
    await page.addInitScript(recordFirstSlideLoad, {
      slideSelector: '[data-slidev-no="1"] :is(h1, h2)',
      globalName: firstSlideGlobal,
      settleMs: 1000,
    })
    await page.goto(`${url}#/1`)
    const load = await page.evaluate(name => (window as unknown as Record<string, () => Promise<FirstSlideLoad>>)[name]!(), firstSlideGlobal)
    const requested = requestedBeforeVisible(load)
    return {
      ms: load.visibleAt,
      bytes: bytesByKind(requested, url),
      transferBytes: requested.reduce((sum, resource) => sum + resource.transferSize, 0),
    }
  }
  finally {
    await context.close()
  }
}

interface ReadingViewLoad { readonly ms: number, readonly bytes: number, readonly rawBytes: number }

/** A first visit to the reading view on a 390 × 844 phone: bytes as served (compressed where the server compresses) and uncompressed, and ms until its text is shown in its fonts. */
async function loadReadingView(browser: Browser, deck: Deck): Promise<ReadingViewLoad> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  })
  try {
    const page = await context.newPage()
    await page.goto(`${deck.url}read.html`, { waitUntil: 'load' })
    return await page.evaluate(async () => {
      await document.fonts.ready
      const ms = performance.now()
      const entries = [
        ...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource'),
      ] as PerformanceResourceTiming[]
      return {
        ms,
        bytes: entries.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
        rawBytes: entries.reduce((sum, entry) => sum + entry.decodedBodySize, 0),
      }
    })
  }
  finally {
    await context.close()
  }
}

function median(numbers: readonly number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? sorted[middle]!
    : (sorted[middle - 1]! + sorted[middle]!) / 2
}

async function pdfPages(path: string): Promise<number> {
  return (await PDFDocument.load(await readFile(path), { updateMetadata: false })).getPageCount()
}

const kB = (bytes: number): string => `${(bytes / 1000).toLocaleString('en-US', { maximumFractionDigits: 1 })} kB`
function within(ratio: number, budget: number): string {
  return ratio <= budget
    ? `within ${budget}x`
    : `OVER ${budget}x`
}

function row(label: string, ours: string, plain: string, ratio = '', verdict = ''): string {
  return `  ${label.padEnd(34)}${ours.padStart(12)}${plain.padStart(12)}${ratio.padStart(9)}  ${verdict}`
}

if (values['no-build'] && !existsSync(join(projectRoot, 'dist/index.html'))) {
  console.error('--no-build measures dist/, and there is no built site there: run `npm run build` first.')
  process.exit(1)
}

const work = await mkdtemp(join(tmpdir(), 'sco-bench-'))
const servers: Server[] = []
try {
  const options = await resolveOptions({ entry: 'slides.md' }, 'build')
  const slideCount = options.data.slides.length

  const ours: Deck = {
    name: 'ours',
    root: projectRoot,
    dist: values['no-build']
      ? join(projectRoot, 'dist')
      : join(work, 'ours-dist'),
    url: '',
  }
  const plain: Deck = {
    name: 'plain',
    root: join(work, 'plain'),
    dist: join(work, 'plain', 'dist'),
    url: '',
  }
  await mkdir(join(plain.root, 'public'), { recursive: true })
  await writeFile(join(plain.root, 'slides.md'), plainSlides(slideCount))
  await copyFile(join(projectRoot, 'public/favicon.svg'), join(plain.root, 'public/favicon.svg'))
  // The same installed packages, linked one by one so that Vite's cache (node_modules/.vite) stays the plain deck's own.
  await mkdir(join(plain.root, 'node_modules'))
  for (const entry of await readdir(join(projectRoot, 'node_modules'))) {
    if (entry !== '.vite')
      await symlink(join(projectRoot, 'node_modules', entry), join(plain.root, 'node_modules', entry))
  }

  console.log(`Building ${values['no-build'] ? 'the plain deck' : 'both decks'} (${slideCount} slides each)…`)
  const build = (deck: Deck): Promise<number> => timed(process.execPath, [
    slidevBin,
    'build',
    'slides.md',
    '--base',
    './',
    '--out',
    deck.dist,
  ], deck.root)
  if (!values['no-build']) {
    ours.buildSeconds = await build(ours)
    await writeReadingView(browserPath, ours.dist)
  }
  plain.buildSeconds = await build(plain)

  // The kit's single-file deck: the one `npm run build` wrote with --no-build, else built now.
  const builtSingleFile = join(ours.dist, 'kit', singleFileDeckName)
  const singleFile = values['no-build'] && existsSync(builtSingleFile)
    ? builtSingleFile
    : join(work, singleFileDeckName)
  if (singleFile !== builtSingleFile)
    await writeSingleFileDeck(singleFile)
  const singleFileUrl = pathToFileURL(singleFile).href
  const singleFileBytes = (await readFile(singleFile)).byteLength

  for (const deck of [ours, plain]) {
    const { server, url } = await serveDist(deck.dist)
    servers.push(server)
    deck.url = url
  }

  console.log(`Loading each first slide ${loads} times, cold, alternating decks…`)
  const browser = await chromium.launch({
    executablePath: browserPath,
    args: launchFlags(),
  })
  const figures: Record<Deck['name'], LoadFigures[]> = { ours: [], plain: [] }
  const readingLoads: ReadingViewLoad[] = []
  const singleFileLoads: LoadFigures[] = []
  try {
    for (const url of [ours.url, plain.url, singleFileUrl])
      await loadFirstSlide(browser, url) // warm the server and the disk cache; not counted
    for (let run = 0; run < loads; run++) {
      for (const deck of [ours, plain])
        figures[deck.name].push(await loadFirstSlide(browser, deck.url))
      singleFileLoads.push(await loadFirstSlide(browser, singleFileUrl))
    }
    if (existsSync(join(ours.dist, 'read.html'))) {
      for (let run = 0; run < loads; run++)
        readingLoads.push(await loadReadingView(browser, ours))
    }
  }
  finally {
    await browser.close()
  }

  const medianOf = (deck: Deck['name'], pick: (load: LoadFigures) => number): number => median(figures[deck].map(pick))
  const bytes = (kind: keyof BytesByKind) => (load: LoadFigures): number => load.bytes[kind]
  const ratio = (a: number, b: number): string => b > 0
    ? `${(a / b).toFixed(2)}x`
    : '–'

  console.log(`\nFirst slide, median of ${loads} cold loads in headless Chromium (${slideCount} slides each)`)
  console.log(row('', 'ours', 'plain', 'ratio', 'budget'))
  const totalRatio = medianOf('ours', bytes('total')) / medianOf('plain', bytes('total'))
  console.log(row('bytes requested before visible', kB(medianOf('ours', bytes('total'))), kB(medianOf('plain', bytes('total'))), `${totalRatio.toFixed(2)}x`, within(totalRatio, firstSlideRatioBudget)))
  for (const kind of resourceKinds)
    console.log(row(`  of which ${kind}`, kB(medianOf('ours', bytes(kind))), kB(medianOf('plain', bytes(kind))), ratio(medianOf('ours', bytes(kind)), medianOf('plain', bytes(kind)))))
  console.log(row('bytes on the wire (with headers)', kB(medianOf('ours', load => load.transferBytes)), kB(medianOf('plain', load => load.transferBytes)), ratio(medianOf('ours', load => load.transferBytes), medianOf('plain', load => load.transferBytes))))
  const msRatio = medianOf('ours', load => load.ms) / medianOf('plain', load => load.ms)
  console.log(row('ms until visible', medianOf('ours', load => load.ms).toFixed(0), medianOf('plain', load => load.ms).toFixed(0), `${msRatio.toFixed(2)}x`, within(msRatio, firstSlideRatioBudget)))

  const scriptAndFonts = (load: LoadFigures): number => load.bytes.script + load.bytes.font
  console.log(row('JavaScript + fonts', kB(medianOf('ours', scriptAndFonts)), kB(medianOf('plain', scriptAndFonts)), ratio(medianOf('ours', scriptAndFonts), medianOf('plain', scriptAndFonts))))
  for (const deck of [ours, plain]) {
    const times = figures[deck.name].map(load => `${load.ms.toFixed(0)} ms`).join(', ')
    const sizes = Array.from(new Set(figures[deck.name].map(scriptAndFonts))).join(' or ')
    console.log(`  each load, ${deck.name}: ${times}; JavaScript + fonts ${sizes} bytes`)
  }
  const established = Math.floor(medianOf('plain', scriptAndFonts) * firstSlideRatioBudget / 10_000) * 10_000
  const ourScriptAndFonts = medianOf('ours', scriptAndFonts)
  const verdict = ourScriptAndFonts <= firstSlideScriptAndFontBytes
    ? 'within'
    : 'OVER'
  console.log(`\n  Byte budget for the first slide's JavaScript and fonts, in scripts/budget.ts: ${firstSlideScriptAndFontBytes.toLocaleString('en-US')} bytes; ours ${ourScriptAndFonts.toLocaleString('en-US')} (${verdict}).`)
  console.log(`  This run establishes: the plain deck's ${medianOf('plain', scriptAndFonts).toLocaleString('en-US')} times ${firstSlideRatioBudget}, rounded down to 10 kB = ${established.toLocaleString('en-US')} bytes.`)

  if (readingLoads.length > 0) {
    const wire = median(readingLoads.map(load => load.bytes))
    const raw = median(readingLoads.map(load => load.rawBytes))
    const verdict = (bytes: number): string => bytes <= readingViewFirstVisitBytes
      ? 'within'
      : 'OVER'
    console.log(`\nReading view (read.html), first visit on a 390 × 844 phone, median of ${loads} cold loads; budget in scripts/budget.ts: ${kB(readingViewFirstVisitBytes)}`)
    console.log(`  bytes fetched, as served here (text compressed): ${kB(wire)} (${verdict(wire)} the budget)`)
    console.log(`  bytes fetched uncompressed, as a static host that does not compress serves them: ${kB(raw)} (${verdict(raw)} the budget)`)
    console.log(`  ms until its text is shown in its fonts: ${median(readingLoads.map(load => load.ms)).toFixed(0)}`)
  }
  else {
    console.log('\nReading view: no read.html in the built site (written by `npm run build`, not by `slidev build`).')
  }

  const singleMs = median(singleFileLoads.map(load => load.ms))
  const hostedMs = medianOf('ours', load => load.ms)
  const singleRatio = singleMs / hostedMs
  console.log(`\nTeacher's kit (dist/kit/), opened from file:// with no server`)
  console.log(`  single-file deck (${singleFileDeckName}): ${kB(singleFileBytes)}, ${kB(gzipSync(await readFile(singleFile)).byteLength)} gzipped`)
  console.log(`  first slide visible, median of ${loads} loads: ${singleMs.toFixed(0)} ms from the file, ${hostedMs.toFixed(0)} ms hosted: ${singleRatio.toFixed(2)}x (${within(singleRatio, singleFileFirstSlideRatioBudget)}, scripts/budget.ts)`)
  console.log(`  each load from the file: ${singleFileLoads.map(load => `${load.ms.toFixed(0)} ms`).join(', ')}`)
  if (existsSync(join(ours.dist, 'read.html'))) {
    const singleRead = await singleReadingView(ours.dist, singleFileDeckName)
    console.log(`  single-file read.html: ${kB(Buffer.byteLength(singleRead))}, ${kB(gzipSync(singleRead).byteLength)} compressed (the hosted read.html's first visit is measured above)`)
  }

  if (ours.buildSeconds !== undefined)
    console.log(`\nBuild (slidev build): ours ${ours.buildSeconds.toFixed(1)} s, plain ${plain.buildSeconds.toFixed(1)} s`)

  if (!values['no-export']) {
    console.log(`\nExporting every PDF from our built site with scripts/export-pdfs.ts, ${exportRuns} times…`)
    const runs: ExportedPdf[][] = []
    for (let run = 0; run < exportRuns; run++) {
      runs.push(await exportPdfs({
        site: ours.dist,
        outDir: join(work, `export-${run}`),
        browserPath,
        root: projectRoot,
      }))
    }
    const slidesPages = await pdfPages(runs[0]![0]!.path)
    const perPage = median(runs.map(run => run[0]!.seconds)) / slidesPages
    console.log(`\nPDF export, median of ${exportRuns} runs`)
    for (const [index, pdf] of runs[0]!.entries()) {
      const seconds = median(runs.map(run => run[index]!.seconds))
      console.log(`  ${pdf.document.file.padEnd(44)}${String(await pdfPages(pdf.path)).padStart(4)} pages${seconds.toFixed(1).padStart(8)} s`)
    }
    const verdict = perPage <= exportSecondsPerPageBudget
      ? 'within'
      : 'OVER'
    console.log(`  slides PDF, seconds per page: ${perPage.toFixed(2)} (${verdict} the budget of ${exportSecondsPerPageBudget} in scripts/budget.ts)`)
    console.log(`  every PDF, seconds in all: ${median(runs.map(run => run.reduce((sum, pdf) => sum + pdf.seconds, 0))).toFixed(1)}`)
  }
}
finally {
  for (const server of servers)
    server.close()
  await rm(resolve(work), { recursive: true, force: true })
}
process.exit(0)
