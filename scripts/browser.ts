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

/**
 * The features Playwright turns off at every launch (playwright-core's chromiumSwitches.ts). Chromium
 * applies only the last `--disable-features` it is given, so ours repeats them; a browser test fails
 * when an upgraded Playwright's list is no longer all here.
 */
const playwrightDisabledFeatures: readonly string[] = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
]

/**
 * The omnibox popup as a web page: the full Chromium's headless mode starts a renderer for it in every
 * window, so in every test's browser context, at about a CPU-second each, for a popup nobody opens.
 */
const omniboxPopupFeatures: readonly string[] = [
  'WebUIOmniboxPopup',
  'WebUIOmniboxFullPopup',
  'WebUIOmniboxAimPopup',
]

/** Flags for a launch on this machine: ours, plus --no-sandbox where Chromium refuses to run sandboxed as root. */
export function launchFlags(): string[] {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  return [
    ...chromiumFlags,
    `--disable-features=${[
      ...playwrightDisabledFeatures,
      ...omniboxPopupFeatures,
    ].join(',')}`,
    ...isRoot
      ? ['--no-sandbox']
      : [],
  ]
}
