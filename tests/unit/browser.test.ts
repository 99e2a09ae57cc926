import type { BrowserLookup } from '../../scripts/browser'
import { describe, expect, it } from 'vitest'
import { browserEnvVariable, BrowserNotFoundError, chromiumFlags, findBrowser, systemBrowserPaths } from '../../scripts/browser'

function lookup(files: string[], env: Record<string, string> = {}, playwright?: string): BrowserLookup {
  return {
    env,
    exists: path => files.includes(path),
    playwrightChromium: () => playwright,
  }
}

const playwrightPath = '/home/me/.cache/ms-playwright/chromium-1/chrome-linux/chrome'
const [firstSystem, secondSystem] = systemBrowserPaths as [string, string]

describe('findBrowser', () => {
  it('takes the browser named in the environment first', () => {
    const found = findBrowser(lookup(['/opt/chrome', playwrightPath, firstSystem], { [browserEnvVariable]: '/opt/chrome' }, playwrightPath))
    expect(found).toBe('/opt/chrome')
  })

  it('refuses an environment setting that points nowhere, naming the variable and the path', () => {
    const call = () => findBrowser(lookup([playwrightPath, firstSystem], { [browserEnvVariable]: '/nowhere/chrome' }, playwrightPath))
    expect(call).toThrow(BrowserNotFoundError)
    expect(call).toThrow(/CHROMIUM_PATH.*\/nowhere\/chrome/)
  })

  it('ignores an empty environment setting', () => {
    expect(findBrowser(lookup([firstSystem], { [browserEnvVariable]: '  ' }))).toBe(firstSystem)
  })

  it('prefers Playwright\'s own Chromium to a system browser when it is installed', () => {
    expect(findBrowser(lookup([playwrightPath, firstSystem], {}, playwrightPath))).toBe(playwrightPath)
  })

  it('skips Playwright\'s Chromium when it was never downloaded', () => {
    expect(findBrowser(lookup([secondSystem], {}, playwrightPath))).toBe(secondSystem)
  })

  it('takes the first system browser that exists, in the listed order', () => {
    expect(findBrowser(lookup([secondSystem, firstSystem]))).toBe(firstSystem)
  })

  it('says what to install when there is no browser at all', () => {
    const call = () => findBrowser(lookup([]))
    expect(call).toThrow(BrowserNotFoundError)
    expect(call).toThrow(/apt-get install chromium/)
    expect(call).toThrow(/playwright install chromium/)
    expect(call).toThrow(new RegExp(browserEnvVariable))
  })
})

describe('chromiumFlags', () => {
  it('keeps Chromium off the network beyond the pages it is sent to', () => {
    for (const flag of [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ])
      expect(chromiumFlags).toContain(flag)
  })
})
