import { existsSync } from 'node:fs'
import process from 'node:process'
import { chromium } from 'playwright-core'

/** Flags every headless Chromium launch of ours gets: no traffic beyond the pages it is sent to. */
export const chromiumFlags: readonly string[] = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
]

/** The usual places a system Chromium or Chrome lives, in order of preference. */
export const systemBrowserPaths: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
]

export const browserEnvVariable = 'CHROMIUM_PATH'

export class BrowserNotFoundError extends Error {
  override name = 'BrowserNotFoundError'
}

export interface BrowserLookup {
  env: Record<string, string | undefined>
  exists: (path: string) => boolean
  /** Where Playwright's own downloaded Chromium would be, if Playwright is installed. */
  playwrightChromium: () => string | undefined
}

/**
 * The Chromium to launch: $CHROMIUM_PATH if set, else Playwright's own download if present,
 * else the first system browser found. Throws BrowserNotFoundError saying what to install.
 */
export function findBrowser(lookup: BrowserLookup): string {
  const explicit = lookup.env[browserEnvVariable]?.trim()
  if (explicit) {
    if (lookup.exists(explicit))
      return explicit
    throw new BrowserNotFoundError(
      `${browserEnvVariable} is set to "${explicit}", but there is no browser there. `
      + `Point it at a Chromium or Chrome executable, or unset it to search the usual places.`,
    )
  }
  const playwright = lookup.playwrightChromium()
  if (playwright && lookup.exists(playwright))
    return playwright
  const system = systemBrowserPaths.find(path => lookup.exists(path))
  if (system)
    return system
  throw new BrowserNotFoundError(
    'No Chromium browser found. Install one of: Playwright\'s (`npx playwright install chromium`), '
    + 'your system\'s (Debian/Ubuntu: `sudo apt-get install chromium`), or Google Chrome; '
    + `or set ${browserEnvVariable} to a Chromium or Chrome executable.`,
  )
}

/** The lookup on this machine: real environment, real file system, Playwright's registry. */
export function machineBrowserLookup(): BrowserLookup {
  return {
    env: process.env,
    exists: existsSync,
    playwrightChromium: () => {
      try {
        return chromium.executablePath()
      }
      catch {
        return undefined
      }
    },
  }
}

/** Flags for a launch on this machine: ours, plus --no-sandbox where Chromium refuses to run sandboxed as root. */
export function launchFlags(): string[] {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  return isRoot
    ? [...chromiumFlags, '--no-sandbox']
    : [...chromiumFlags]
}
