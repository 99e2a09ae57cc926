/**
 * `npm test`: the type check, the lint, the unit tests and the build (skipped when dist/ was built
 * from the files as they are now) side by side, each one's output printed whole when it ends (the
 * unit tests fill the core the build leaves idle while it prints); then, if all passed, the browser
 * tests (`playwright test`: the walk of every slide and the rest, not the stress runs).
 */
import { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import process from 'node:process'

interface Step { name: string, command: string[] }

const sideBySide: Step[] = [
  {
    name: 'typecheck',
    command: ['npm', 'run', '--silent', 'typecheck'],
  },
  {
    name: 'lint',
    command: ['npm', 'run', '--silent', 'lint'],
  },
  {
    name: 'unit tests',
    command: ['npm', 'run', '--silent', 'test:unit'],
  },
  {
    name: 'build',
    command: ['node', 'scripts/build.ts', '--if-changed'],
  },
]
const afterThem: Step[] = [
  {
    name: 'browser tests',
    command: [
      'npx',
      'playwright',
      'test',
    ],
  },
]

/** Runs a step with its output held back until it ends; resolves to whether it passed. */
function runQuietly(step: Step): Promise<boolean> {
  const started = Date.now()
  const output: Buffer[] = []
  let reported = false
  return new Promise((done) => {
    const report = (passed: boolean): void => {
      if (reported)
        return
      reported = true
      const seconds = ((Date.now() - started) / 1000).toFixed(0)
      process.stdout.write(`\n── ${step.name}: ${passed ? 'passed' : 'FAILED'} in ${seconds} s ──\n${Buffer.concat(output).toString()}`)
      done(passed)
    }
    const child = spawn(step.command[0]!, step.command.slice(1), {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk))
    child.on('error', (error) => {
      output.push(Buffer.from(`${error.message}\n`))
      report(false)
    })
    // 'close', not 'exit': the last of the output has arrived.
    child.on('close', code => report(code === 0))
  })
}

function runInTerminal(step: Step): Promise<boolean> {
  const started = Date.now()
  return new Promise((done) => {
    const child = spawn(step.command[0]!, step.command.slice(1), { stdio: 'inherit' })
    child.on('error', () => done(false))
    child.on('exit', (code) => {
      console.log(`\n── ${step.name}: ${code === 0
        ? 'passed'
        : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s ──`)
      done(code === 0)
    })
  })
}

const passed = await Promise.all(sideBySide.map(runQuietly))
const failed = sideBySide.filter((_, index) => !passed[index]).map(step => step.name)
if (failed.length > 0) {
  console.error(`\nnpm test: ${failed.join(', ')} failed; the browser tests did not run.`)
  process.exit(1)
}
for (const step of afterThem) {
  if (!await runInTerminal(step))
    process.exit(1)
}
