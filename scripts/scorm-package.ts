/**
 * `dist/sco-dubious-agenda-scorm12.zip`: the built site as a SCORM 1.2 package, the manifest at its
 * root, title and description from the deck's headmatter. Run last by scripts/build.ts, so it holds
 * every file written before it; nothing is fetched.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { zipSync } from 'fflate'
import { deckDescription } from './deck-source.ts'
import { scormManifest } from './scorm-manifest.ts'

export const scormPackageName = 'sco-dubious-agenda-scorm12.zip'
/** Fixed, so the same site always makes the same bytes. */
const fileTime = new Date('2025-01-01T00:00:00Z')
/** Files compressed already: stored as they are, as deflating them again only costs time. */
const compressed = /\.(?:woff2?|png|jpe?g|webp|avif|gz|br)$/

/** Every file under `dir`, relative and `/`-separated, sorted; earlier packages, the teacher's kit (kit/) and the editable copies (PPTX, DOCX: for teachers, in the kit) left out. */
export function siteFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile())
    .map(entry => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter(path => !path.endsWith('.zip') && !path.startsWith('kit/') && !/\.(?:pptx|docx)$/.test(path))
    .sort()
}

/** Writes the package into `siteDir` and returns its path. */
export function writeScormPackage(siteDir: string): string {
  const files = siteFiles(siteDir)
  const manifest = scormManifest({
    identifier: 'sco-dubious-agenda',
    ...deckDescription(),
    launch: 'index.html',
    files,
  })
  const entries: Record<string, [Uint8Array, { mtime: Date, level: 0 | 6 }]> = {
    'imsmanifest.xml': [
      new TextEncoder().encode(manifest),
      { mtime: fileTime, level: 6 },
    ],
  }
  for (const file of files) {
    entries[file] = [
      readFileSync(join(siteDir, file)),
      {
        mtime: fileTime,
        level: compressed.test(file)
          ? 0
          : 6,
      },
    ]
  }
  const target = join(siteDir, scormPackageName)
  writeFileSync(target, zipSync(entries))
  return target
}
