/**
 * `npm run export [-- --out-dir DIR] [-- --site DIR]`: every PDF (the slides, the notes handout, the
 * note-taking handout, each of data/materials.ts), in exports/ unless told otherwise. It builds the site
 * afresh into a temporary folder first, so the PDFs always show the slides as they are now; `--site dist`
 * prints an existing build instead (faster, but as old as that build).
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { exportPdfs } from './export-pdfs.ts'
import { browserOrExit, buildSite, runOrExit } from './slidev.ts'

const { values } = parseArgs({
  options: {
    'out-dir': { type: 'string', default: 'exports' },
    'site': { type: 'string' },
  },
})
const browserPath = browserOrExit()
await runOrExit(async () => {
  const temporary = values.site
    ? undefined
    : await mkdtemp(join(tmpdir(), 'sco-export-site-'))
  try {
    if (temporary) {
      console.log('Building the site to print it…')
      await buildSite(temporary)
    }
    const written = await exportPdfs({ site: values.site ?? temporary!, outDir: values['out-dir'], browserPath })
    for (const pdf of written)
      console.log(`Wrote ${pdf.path} (${pdf.seconds.toFixed(1)} s)`)
  }
  finally {
    if (temporary)
      await rm(temporary, { recursive: true, force: true })
  }
})
