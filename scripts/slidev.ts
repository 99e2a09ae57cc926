import { spawn } from 'node:child_process'
import process from 'node:process'
import { BrowserNotFoundError, findBrowser, machineBrowserLookup } from './browser.ts'

/** The browser for this run, or exit 1 with the lookup's advice (no stack trace). */
export function browserOrExit(): string {
  try {
    return findBrowser(machineBrowserLookup())
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
export function runSlidev(args: string[], stdio: 'inherit' | 'ignore' = 'inherit'): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/@slidev/cli/bin/slidev.mjs', ...args], { stdio })
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code === 0)
        resolve()
      else
        reject(new Error(`slidev ${args[0]} exited with ${code}`))
    })
  })
}

/** `slidev build` of the deck into `out`, with relative asset paths so it works from any folder. */
export function buildSite(out: string, stdio: 'inherit' | 'ignore' = 'inherit'): Promise<void> {
  return runSlidev(['build', '--base', './', '--out', out], stdio)
}

/** Runs `main`; a failure ends the process with its message alone (exit 1), not a stack trace. */
export async function runOrExit(main: () => Promise<void>): Promise<never> {
  try {
    await main()
    process.exit(0)
  }
  catch (error) {
    console.error(`\n${error instanceof Error
      ? error.message
      : String(error)}\n`)
    process.exit(1)
  }
}
