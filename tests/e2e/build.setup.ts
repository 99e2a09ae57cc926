/**
 * The setup project every browser test depends on: `npm run build -- --if-changed`, which builds the
 * site into dist/ unless dist/ was built from the files as they are now (scripts/build-stamp.ts), so
 * that `npm test` and then `npm run test:stress` build once between them.
 */
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import process from 'node:process'
import { expect, test as setup } from '@playwright/test'

const root = resolve(import.meta.dirname, '../..')

function buildIfChanged(): Promise<number | null> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['scripts/build.ts', '--if-changed'], { cwd: root, stdio: 'inherit' })
    child.on('error', fail)
    child.on('exit', done)
  })
}

setup('the site is built from the files in this checkout', async () => {
  setup.setTimeout(600_000)
  const exitCode = await buildIfChanged()
  expect(exitCode, '`npm run build` failed: its output above says why').toBe(0)
})
