import { chromium } from 'playwright-core'
import { findBrowser, launchFlags, machineBrowserLookup } from './browser.ts'
const [url, out, w, h, full, scheme] = process.argv.slice(2)
const b = await chromium.launch({ executablePath: findBrowser(machineBrowserLookup()), args: launchFlags() })
const p = await b.newPage({ viewport: { width: Number(w), height: Number(h) }, colorScheme: (scheme as 'dark') ?? 'light' })
await p.goto(url!)
await p.waitForTimeout(2500)
await p.screenshot({ path: out!, fullPage: full === 'full' })
await b.close()
