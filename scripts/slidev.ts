import { spawn } from 'node:child_process'
import process from 'node:process'
import { BrowserNotFoundError, findBrowser, machineBrowserLookup } from '../lib/browser.ts'

/** The browser for this run, or exit 1 with the lookup's one-line advice (no stack trace). */
export async function browserOrExit(): Promise<string> {
  try {
    return findBrowser(await machineBrowserLookup())
  }
  catch (error) {
    if (error instanceof BrowserNotFoundError) {
      console.error(`\n${error.message}\n`)
      process.exit(1)
    }
    throw error
  }
}

/** Runs the project's Slidev CLI with these arguments; resolves when it exits 0. */
export function runSlidev(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/@slidev/cli/bin/slidev.mjs', ...args], { stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', code => code === 0
      ? resolve()
      : reject(new Error(`slidev ${args[0]} exited with ${code}`)))
  })
}
