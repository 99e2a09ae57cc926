import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { expect, test } from '@playwright/test'
import { browserEnvVariable, findBrowser, machineBrowserLookup } from '../../lib/browser'
import { loadDeck } from '../support/deck'
import { pdfPageCount, pdfPageTexts } from '../support/pdf'

const run = promisify(execFile)
const root = resolve(import.meta.dirname, '../..')
const slidesPdf = 'sco-dubious-agenda.pdf'
const notesPdf = 'sco-dubious-agenda-notes.pdf'
const deck = await loadDeck()

/** The notes handout is stamped with the time it was printed ("11/28/2026, 4:24:12 AM"); that line may differ. */
function withoutPrintDate(text: string): string {
  return text.replace(/\d{1,4}[./-]\d{1,2}[./-]\d{1,4},? \d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?/gi, '<date>')
}

async function exportInto(dir: string): Promise<void> {
  await run(process.execPath, ['scripts/export.ts', '--out-dir', dir], { cwd: root, maxBuffer: 16 * 1024 * 1024 })
}

test.describe.serial('the export under stress', () => {
  let work = ''
  test.beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'sco-export-stress-'))
  })
  test.afterAll(async () => {
    await rm(work, { recursive: true, force: true })
  })

  test('two exports in a row give the same pages with the same text', async () => {
    test.slow()
    const [first, second] = [
      join(work, 'first'),
      join(work, 'second'),
    ]
    await exportInto(first)
    await exportInto(second)

    expect(await pdfPageCount(join(first, slidesPdf))).toBe(deck.length)
    expect(await pdfPageCount(join(second, slidesPdf))).toBe(deck.length)
    expect(await pdfPageTexts(join(second, slidesPdf))).toEqual(await pdfPageTexts(join(first, slidesPdf)))

    expect(await pdfPageCount(join(second, notesPdf))).toBe(await pdfPageCount(join(first, notesPdf)))
    const notes = async (dir: string): Promise<string[]> => (await pdfPageTexts(join(dir, notesPdf))).map(withoutPrintDate)
    expect(await notes(second)).toEqual(await notes(first))
  })

  // Its colours are checked where that is fast, slide by slide in the browser: quality.spec.ts runs
  // axe's contrast rule on every slide in dark mode, which is what --dark prints.
  test('a dark export (slidev export --dark) has the same pages and text as the light one', async () => {
    test.slow()
    const dark = join(work, 'dark.pdf')
    await run(process.execPath, [
      'node_modules/@slidev/cli/bin/slidev.mjs',
      'export',
      '--dark',
      '--executable-path',
      findBrowser(machineBrowserLookup()),
      '--output',
      dark,
      '--timeout',
      '120000',
    ], { cwd: root, maxBuffer: 16 * 1024 * 1024 })
    expect(await pdfPageCount(dark)).toBe(deck.length)
    expect(await pdfPageTexts(dark)).toEqual(await pdfPageTexts(join(work, 'first', slidesPdf)))
  })
})

test('an export with no browser to be found stops with one clear message, not a stack trace', async () => {
  const missing = '/nonexistent/chrome'
  const failure = await run(process.execPath, [
    'scripts/export.ts',
    '--out-dir',
    join(tmpdir(), 'sco-export-never-written'),
  ], {
    cwd: root,
    env: { ...process.env, [browserEnvVariable]: missing },
  }).then(() => undefined, (error: { code?: number, stdout: string, stderr: string }) => error)

  expect(failure, 'the export succeeded without a browser').toBeDefined()
  expect(failure!.code).not.toBe(0)
  expect(failure!.stdout.trim()).toBe('')
  const message = failure!.stderr.trim()
  expect(message.split('\n'), 'exactly one line of explanation').toHaveLength(1)
  expect(message).toContain(browserEnvVariable)
  expect(message).toContain(missing)
  expect(message).not.toMatch(/^\s+at |Error:/m)
})
