/**
 * `npm run export [-- --out-dir DIR]`: the slides PDF (one page per slide, with a PDF outline) and
 * the notes handout PDF, in exports/ unless told otherwise.
 */
import process from 'node:process'
import { parseArgs } from 'node:util'
import { browserOrExit, exportPdfs } from './slidev.ts'

const { values } = parseArgs({
  options: {
    'out-dir': { type: 'string', default: 'exports' },
  },
})
const written = await exportPdfs(await browserOrExit(), values['out-dir'])
console.log(`\nWrote ${written.slides} and ${written.notes}`)
process.exit(0)
