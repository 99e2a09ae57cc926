/**
 * `npm run build [-- --out DIR]`: the static self-study site, with relative asset paths and hash
 * routing so it works from any folder of any static host, both PDFs beside it for download, and
 * the whole site again as a SCORM 1.2 package for learning platforms.
 */
import process from 'node:process'
import { parseArgs } from 'node:util'
import { writeScormPackage } from './scorm-package.ts'
import { browserOrExit, exportPdfs, runSlidev } from './slidev.ts'

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'dist' },
  },
})
const browser = await browserOrExit()
await runSlidev([
  'build',
  '--base',
  './',
  '--out',
  values.out,
])
await exportPdfs(browser, values.out)
// Last, so that the package holds every file written above.
console.log(`SCORM package: ${writeScormPackage(values.out)}`)
process.exit(0)
