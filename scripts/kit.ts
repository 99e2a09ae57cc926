/**
 * `node scripts/kit.ts [--dir dist]` (run last by `npm run build`): the teacher's kit (issue 28), the
 * whole lesson for a folder, a USB stick or an email, with no server and no toolchain. Into `<dir>/kit/`
 * it writes the files of scripts/kit-files.ts (the single-file deck, the single-file reading view,
 * every PDF, the SCORM package, the licences) and START-HERE.html, and zips that folder into
 * `<dir>/sco-dubious-agenda-kit.zip`. The hosted site in `<dir>` is left as it is.
 */
import type { KitFile } from './kit-files.ts'
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { zipSync } from 'fflate'
import { readDeck } from './deck-source.ts'
import { deckFacts } from './export-pdfs.ts'
import { kitFiles, kitFolderName, kitZipName, lessonPlanName, singleFileDeckName, singleReadingViewName, startHereName } from './kit-files.ts'
import { lessonPlanHtml } from './lesson-plan-page.ts'
import { writeSingleFileDeck } from './single-file-deck.ts'
import { singleReadingView } from './single-reading-view.ts'
import { runOrExit } from './slidev.ts'
import { startHereHtml } from './start-here.ts'

const root = resolve(import.meta.dirname, '..')
/**
 * Where a teacher who wants to change the lesson gets its source: the repository a GitHub workflow
 * builds (its own variables), else package.json's `repository`, else none (START-HERE then says to
 * ask whoever gave the kit).
 */
async function sourceAddress(): Promise<string | undefined> {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository } = process.env
  if (server && repository)
    return `${server}/${repository}`
  const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { repository?: string | { url?: string } }
  const url = typeof manifest.repository === 'string'
    ? manifest.repository
    : manifest.repository?.url
  return url?.replace(/^git\+/, '').replace(/\.git$/, '')
}
/** Fixed, so the same files always make the same zip. */
const fileTime = new Date('2025-01-01T00:00:00Z')
const compressed = /\.(?:pdf|zip|woff2?)$/

/** The lesson's minutes, from the headmatter's `duration` ("50min"). */
async function lessonMinutes(): Promise<number> {
  const { headmatter } = await readDeck(root)
  const minutes = Number.parseInt(String(headmatter.duration ?? ''), 10)
  if (!Number.isFinite(minutes))
    throw new TypeError(`slides.md: \`duration\` should be like "50min", not ${JSON.stringify(headmatter.duration)}`)
  return minutes
}

/** Puts one listed file into the kit folder. */
async function place(file: KitFile, siteDir: string, kitDir: string): Promise<void> {
  const target = join(kitDir, file.file)
  if (file.from === 'made') {
    if (file.file === singleFileDeckName)
      await writeSingleFileDeck(target)
    else if (file.file === singleReadingViewName)
      await writeFile(target, await singleReadingView(siteDir, singleFileDeckName))
    else if (file.file === lessonPlanName)
      await writeFile(target, await lessonPlanHtml(join(root, 'TEACHING.md'), (await deckFacts(root)).title))
    else
      throw new TypeError(`scripts/kit-files.ts lists ${file.file} as made by the kit step, which does not know how to make it`)
    return
  }
  const source = file.from.startsWith('repo:')
    ? join(root, file.from.slice('repo:'.length))
    : join(siteDir, file.from)
  await copyFile(source, target)
}

/** The kit folder zipped, its files under one folder named like the zip. */
function kitZip(names: readonly string[], contents: readonly Uint8Array[]): Uint8Array {
  const entries: Record<string, [Uint8Array, { mtime: Date, level: 0 | 6 }]> = {}
  names.forEach((name, index) => {
    entries[`${kitFolderName}/${name}`] = [
      contents[index]!,
      {
        mtime: fileTime,
        level: compressed.test(name)
          ? 0
          : 6,
      },
    ]
  })
  return zipSync(entries)
}

/** Writes `<siteDir>/kit/` and `<siteDir>/sco-dubious-agenda-kit.zip`; returns the zip's path and the kit's files. */
export async function writeKit(siteDir: string): Promise<{ zip: string, files: string[] }> {
  const deck = await deckFacts(root)
  const files = kitFiles(deck)
  const kitDir = join(siteDir, 'kit')
  await rm(kitDir, { recursive: true, force: true })
  await mkdir(kitDir, { recursive: true })
  for (const file of files)
    await place(file, siteDir, kitDir)
  await writeFile(join(kitDir, startHereName), startHereHtml(files, {
    title: deck.title,
    minutes: await lessonMinutes(),
    sourceAddress: await sourceAddress(),
  }))
  const names = [
    startHereName,
    ...files.map(file => file.file),
  ]
  const contents = await Promise.all(names.map(name => readFile(join(kitDir, name))))
  const zip = join(siteDir, kitZipName)
  await writeFile(zip, kitZip(names, contents))
  return { zip, files: names }
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
    },
  })
  await runOrExit(async () => {
    const { zip, files } = await writeKit(values.dir)
    console.log(`Teacher's kit: ${zip} (${files.length} files)`)
  })
}
