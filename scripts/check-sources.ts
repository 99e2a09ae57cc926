/**
 * `npm run check:sources [-- FOLDER]`: the editors' check, run after changing a quotation or a claim.
 * Compares the deck's quotations (data/essay.ts and data/voices.ts), checked claims (data/claims.ts)
 * and sources (data/sources.ts: addresses, kinds of voice) with the course's source texts, essay.txt
 * and fact-check.md in FOLDER (default ../shared/source). Exits 1 naming every quotation, claim or
 * source that does not match, 2 when the folder or a file is missing. `npm test` does not
 * need the folder; only this command reads it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { registerHooks } from 'node:module'
import { join, relative, resolve } from 'node:path'
import process from 'node:process'
import { checkSources } from './source-check.ts'

// data/ imports its siblings without an extension, as Vite resolves them; Node needs the ".ts".
registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context)
    }
    catch (error) {
      if (/^\.\.?\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier))
        return nextResolve(`${specifier}.ts`, context)
      throw error
    }
  },
})

const root = resolve(import.meta.dirname, '..')
const folder = resolve(process.cwd(), process.argv[2] ?? resolve(root, '../shared/source'))

function fail(message: string): never {
  console.error(`check:sources: ${message}`)
  process.exit(2)
}

if (!existsSync(folder) || !statSync(folder).isDirectory())
  fail(`the folder ${folder} does not exist. Give the folder that holds essay.txt and fact-check.md: npm run check:sources -- path/to/source`)

function readSource(name: string): string {
  const path = join(folder, name)
  if (!existsSync(path))
    fail(`${path} is missing: the folder must hold essay.txt and fact-check.md`)
  return readFileSync(path, 'utf8')
}

const texts = {
  essay: readSource('essay.txt'),
  factSheet: readSource('fact-check.md'),
}

const { essayParagraphs, quotations, speakers } = await import('../data/essay.ts')
const { claims } = await import('../data/claims.ts')
const { sources } = await import('../data/sources.ts')
const { voiceQuotations } = await import('../data/voices.ts')

/** Everything the deck prints or says: slides, notes, data, components, the lesson plan. */
function deckFiles(): { name: string, text: string }[] {
  const inFolder = (dir: string, extension: string): string[] => existsSync(join(root, dir))
    ? readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
        .filter(name => name.endsWith(extension))
        .map(name => join(dir, name))
    : []
  return [
    'slides.md',
    'TEACHING.md',
    'README.md',
    ...inFolder('pages', '.md'),
    ...inFolder('data', '.ts'),
    ...inFolder('components', '.vue'),
  ].map(name => ({
    name,
    text: readFileSync(join(root, name), 'utf8'),
  }))
}

const problems = checkSources(texts, {
  essayTitle: sources.essay.title,
  paragraphCount: essayParagraphs.length,
  quotations,
  speakers,
  claims,
  sources,
  voiceQuotations,
  files: deckFiles(),
})

const shown = relative(process.cwd(), folder) || '.'
if (problems.length > 0) {
  console.error(`check:sources: ${problems.length} problem${problems.length === 1
    ? ''
    : 's'} against ${shown}:`)
  for (const problem of problems)
    console.error(`  - ${problem}`)
  process.exit(1)
}
console.log(`check:sources: ${Object.keys(quotations).length} quotations of the essay, ${Object.keys(voiceQuotations).length} of other voices, ${claims.length} claims and ${Object.keys(sources).length} sources agree with ${shown}`)
