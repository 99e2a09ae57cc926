/**
 * `npm run build [-- --out DIR]`: the static self-study site, with relative asset paths and hash
 * routing so it works from any folder of any static host, and every PDF beside it for download.
 */
import { parseArgs } from 'node:util'
import { exportPdfs } from './export-pdfs.ts'
import { browserOrExit, buildSite, runOrExit } from './slidev.ts'

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'dist' },
  },
})
const browserPath = browserOrExit()
await runOrExit(async () => {
  await buildSite(values.out)
  const written = await exportPdfs({ site: values.out, outDir: values.out, browserPath })
  console.log(`\nWrote ${written.map(pdf => pdf.path).join(', ')}`)
})
