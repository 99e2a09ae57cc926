import { spawn } from 'node:child_process'
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { createServer, resolveOptions } from '@slidev/cli'
import { chromium } from 'playwright-core'
import { BrowserNotFoundError, findBrowser, launchFlags, machineBrowserLookup } from '../lib/browser.ts'
import { pagesWithoutText } from '../lib/pdf-pages.ts'

export const pdfName = 'sco-dubious-agenda'

/** The browser for this run, or exit 1 with the lookup's advice (no stack trace). */
export function browserOrExit(): string {
  try {
    return findBrowser(machineBrowserLookup())
  }
  catch (error) {
    if (error instanceof BrowserNotFoundError) {
      console.error(`\n${error.message}\n`)
      process.exit(1)
    }
    throw error
  }
}

/** Runs the project's Slidev CLI with these arguments; resolves when it exits 0. */
export function runSlidev(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/@slidev/cli/bin/slidev.mjs', ...args], { stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code === 0)
        resolve()
      else
        reject(new Error(`slidev ${args[0]} exited with ${code}`))
    })
  })
}

/**
 * Prints Slidev's presenter print view (every slide with its notes) with our browser:
 * Slidev's own `export-notes` always launches Playwright's downloaded browser.
 */
async function exportNotesHandout(browserPath: string, output: string): Promise<void> {
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
    await page.locator('#page-root .break-inside-avoid-page').last().waitFor()
    await page.emulateMedia({ media: 'screen' })
    await page.pdf({ path: output, printBackground: true, preferCSSPageSize: true })
  }
  finally {
    await browser.close()
    await server.close()
  }
}

/**
 * `slidev export` with Slidev's own print view. Now and then (more often on a busy machine) Slidev prints
 * that view before its slides have rendered, or its outline step then finds it empty (known upstream:
 * slidevjs/slidev#466, #1624). Such a PDF is blank, so it is made again, up to three times in all.
 */
async function exportSlidesWithRetry(browserPath: string, output: string): Promise<void> {
  const attempts = 3
  for (let attempt = 1; ; attempt++) {
    const problem = await runSlidev([
      'export',
      '--executable-path',
      browserPath,
      '--output',
      output,
      '--timeout',
      '120000',
      '--wait',
      '500',
    ])
      .then(async () => {
        const blank = await pagesWithoutText(await readFile(output))
        return blank.length
          ? `pages ${blank.join(', ')} of ${output} came out blank`
          : undefined
      })
      .catch((error: Error) => error.message)
    if (!problem)
      return
    if (attempt === attempts)
      throw new Error(`${problem}, ${attempts} times in a row`)
    console.warn(`\n${problem}: exporting the slides again\n`)
  }
}

/** Writes the slides PDF and the notes handout PDF into `dir`; returns their paths. */
export async function exportPdfs(browserPath: string, dir: string): Promise<{ slides: string, notes: string }> {
  const slides = join(dir, `${pdfName}.pdf`)
  const notes = join(dir, `${pdfName}-notes.pdf`)
  await mkdir(dir, { recursive: true })
  await exportSlidesWithRetry(browserPath, slides)
  await exportNotesHandout(browserPath, notes)
  return { slides, notes }
}
