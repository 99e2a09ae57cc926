/**
 * `npm run build [-- --out DIR] [-- --if-changed]`: the static self-study site, with relative asset paths and hash
 * routing so it works from any folder of any static host, the reading view (read.html), every PDF
 * beside it for download, the editable copies (the slides as PPTX, the handouts as DOCX), the whole site
 * again as a SCORM 1.2 package for learning platforms, and last the teacher's kit (scripts/kit.ts:
 * dist/kit/ and its zip, the lesson for a folder or a USB stick).
 * A build into dist/ records what it was made from (scripts/build-stamp.ts): with `--if-changed`
 * (the tests' way) it stops at once when dist/ was built from the files as they are now.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { buildInputsHash, clearBuildStamp, readBuildStamp, writeBuildStamp } from './build-stamp.ts'
import { writeEditableCopies } from './editable-copies.ts'
import { exportPdfs } from './export-pdfs.ts'
import { kitZipName } from './kit-files.ts'
import { writeKit } from './kit.ts'
import { writeReadingView } from './reading-view.ts'
import { writeScormPackage } from './scorm-package.ts'
import { browserOrExit, buildSite, runOrExit } from './slidev.ts'

const { values } = parseArgs({
  options: {
    'out': { type: 'string', default: 'dist' },
    'if-changed': { type: 'boolean', default: false },
  },
})
const root = process.cwd()
const intoDist = values.out === 'dist'
/** What a test opens; a build that stopped half-way lacks the last of them. */
const lastWritten = join(values.out, kitZipName)
if (values['if-changed'] && intoDist && existsSync(lastWritten) && readBuildStamp(root) === buildInputsHash(root)) {
  console.log('dist/ is built from the files as they are: not building it again.')
  process.exit(0)
}
const browserPath = browserOrExit()
await runOrExit(async () => {
  // The files as this build reads them: one changed while it runs makes the next test run build again.
  const inputs = intoDist
    ? buildInputsHash(root)
    : undefined
  clearBuildStamp(root)
  await buildSite(values.out)
  // Side by side, each with its own browser and server: none reads what another writes.
  const [, written, editable] = await Promise.all([
    writeReadingView(browserPath, values.out),
    exportPdfs({ site: values.out, outDir: values.out, browserPath }),
    writeEditableCopies({ site: values.out, outDir: values.out, browserPath }),
  ])
  console.log(`\nWrote ${written.map(pdf => pdf.path).join(', ')}`)
  console.log(`Editable copies: ${editable.join(', ')}`)
  // After the PDFs, so that the package holds every file written above.
  console.log(`SCORM package: ${writeScormPackage(values.out)}`)
  // Last: the kit holds the PDFs and the SCORM package, and the package does not hold the kit.
  const kit = await writeKit(values.out)
  console.log(`Teacher's kit: ${kit.zip} (${kit.files.length} files)`)
  if (inputs)
    writeBuildStamp(root, inputs)
})
