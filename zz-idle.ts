import { chromium } from 'playwright-core'
import { findBrowser, launchFlags, machineBrowserLookup } from './scripts/browser.ts'
import { readFileSync } from 'node:fs'
function busy() { const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.split(/\s+/).slice(1).map(Number); return f[0]!+f[1]!+f[2]!+f[5]!+f[6]!+f[7]! }
const browser = await chromium.launch({ executablePath: findBrowser(machineBrowserLookup()), args: [...launchFlags(), ...(process.env.EXTRA_FLAGS ?? '').split(' ').filter(Boolean)] })
const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, reducedMotion: process.env.RM === '1' ? 'reduce' : 'no-preference' })
for (const route of (process.env.ROUTES ?? '1').split(',')) {
  await page.goto(`http://127.0.0.1:4340/sco-deck/#/${route}`)
  await page.waitForTimeout(3000)
  const b0 = busy(); await page.waitForTimeout(5000); const b1 = busy()
  console.log(route, 'idle CPU over 5 s:', (b1 - b0) / 100, 's')
  const anims = await page.evaluate(() => document.getAnimations().filter(a => a.playState === 'running').map(a => (a as any).animationName ?? a.constructor.name + ' ' + ((a.effect as KeyframeEffect)?.target as Element)?.className))
  console.log('running animations', anims)
}
await browser.close()
