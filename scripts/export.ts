/**
 * `npm run export`: the slides PDF (one page per slide, with a PDF outline) and the notes handout
 * PDF, both in exports/. Slidev's own `export-notes` cannot be pointed at a browser, so the notes
 * handout is printed here from Slidev's presenter print view with the same browser lookup.
 */
import { mkdir } from 'node:fs/promises'
import process from 'node:process'
import { createServer, resolveOptions } from '@slidev/cli'
import { chromium } from 'playwright-core'
import { launchFlags } from '../lib/browser.ts'
import { browserOrExit, runSlidev } from './slidev.ts'

export const exportDir = 'exports'
const slidesPdf = `${exportDir}/sco-dubious-agenda.pdf`
const notesPdf = `${exportDir}/sco-dubious-agenda-notes.pdf`

/** Prints Slidev's presenter print view (every slide's notes) with our browser. */
async function exportNotesHandout(browserPath: string): Promise<void> {
  const options = await resolveOptions({ entry: 'slides.md' }, 'export')
  const server = await createServer(options, {
    server: { host: '127.0.0.1', port: 0 },
    clearScreen: false,
    logLevel: 'warn',
  })
  await server.listen()
  const address = server.httpServer?.address()
  const browser = await chromium.launch({
    executablePath: browserPath,
    args: launchFlags(),
  })
  try {
    if (!address || typeof address !== 'object')
      throw new Error('Slidev\'s server has no port')
    const page = await browser.newPage()
    await page.goto(`http://127.0.0.1:${address.port}/#/presenter/print`, { waitUntil: 'networkidle', timeout: 120_000 })
    await page.emulateMedia({ media: 'screen' })
    await page.pdf({ path: notesPdf, printBackground: true, preferCSSPageSize: true })
  }
  finally {
    await browser.close()
    await server.close()
  }
}

const browserPath = await browserOrExit()
await mkdir(exportDir, { recursive: true })
await runSlidev([
  'export',
  '--executable-path',
  browserPath,
  '--output',
  slidesPdf,
  '--timeout',
  '120000',
  ...process.argv.slice(2),
])
await exportNotesHandout(browserPath)
console.log(`\nWrote ${slidesPdf} and ${notesPdf}`)
