/** `npm run build`: the static self-study site in dist/, with the slides PDF for its download button. */
import process from 'node:process'
import { browserOrExit, runSlidev } from './slidev.ts'

const browser = await browserOrExit()
await runSlidev([
  'build',
  '--executable-path',
  browser,
  ...process.argv.slice(2),
])
