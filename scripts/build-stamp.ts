/**
 * What a build was made from: a hash of every file of the checkout the build can read (what git
 * tracks or would track, tests and CI left out), recorded by `npm run build` for dist/ so that the
 * browser tests' setup project rebuilds only when one of them has changed.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

const notRead = /^(?:tests|\.ci)\//

function stampPath(root: string): string {
  return join(root, 'node_modules/.cache/sco-deck/dist-inputs.sha256')
}

/** The hash of the build's inputs at `root`, or undefined outside a git checkout (then: always build). */
export function buildInputsHash(root: string): string | undefined {
  let listed: string
  try {
    listed = execFileSync('git', [
      'ls-files',
      '-z',
      '--cached',
      '--others',
      '--exclude-standard',
    ], { cwd: root, encoding: 'utf8' })
  }
  catch {
    return undefined
  }
  const hash = createHash('sha256')
  for (const file of [
    ...new Set(listed.split('\0')),
  ].filter(Boolean).sort()) {
    const path = join(root, file)
    if (notRead.test(file) || !existsSync(path))
      continue
    hash.update(`${file}\0`).update(readFileSync(path)).update('\0')
  }
  return hash.digest('hex')
}

export function readBuildStamp(root: string): string | undefined {
  const path = stampPath(root)
  return existsSync(path)
    ? readFileSync(path, 'utf8').trim()
    : undefined
}

export function writeBuildStamp(root: string, inputs: string): void {
  const path = stampPath(root)
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, `${inputs}\n`)
}

export function clearBuildStamp(root: string): void {
  rmSync(stampPath(root), { force: true })
}
