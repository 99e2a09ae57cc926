import { chromium } from 'playwright'
const [port, n, file, w = '1920', h = '1080'] = process.argv.slice(2)
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' })
const page = await browser.newPage({ viewport: { width: +w, height: +h } })
await page.goto(`http://127.0.0.1:${port}/${n}`)
await page.waitForTimeout(1200)
await page.screenshot({ path: file })
await browser.close()
