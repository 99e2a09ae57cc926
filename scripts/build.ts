/**
 * `npm run build [-- --out DIR]`: the static self-study site, with relative asset paths and hash
 * routing so it works from any folder of any static host, the reading view (read.html), every PDF
 * beside it for download, and the whole site again as a SCORM 1.2 package for learning platforms.
 */
import { parseArgs } from 'node:util'
import { exportPdfs } from './export-pdfs.ts'
import { writeReadingView } from './reading-view.ts'
import { writeScormPackage } from './scorm-package.ts'
import { browserOrExit, buildSite, runOrExit } from './slidev.ts'

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'dist' },
  },
})
const browserPath = browserOrExit()
await runOrExit(async () => {
  await buildSite(values.out)
  await writeReadingView(browserPath, values.out)
  const written = await exportPdfs({ site: values.out, outDir: values.out, browserPath })
  console.log(`\nWrote ${written.map(pdf => pdf.path).join(', ')}`)
  // Last, so that the package holds every file written above.
  console.log(`SCORM package: ${writeScormPackage(values.out)}`)
})
