import process from 'node:process'
import { defineConfig, devices } from '@playwright/test'
import { findBrowser, launchFlags, machineBrowserLookup } from './scripts/browser.ts'

/** The built site is served from a sub-folder, as a static host would, to prove it works there. */
export const deckPath = '/sco-deck/'
/** DECK_PORT lets two checkouts run their browser tests side by side. */
const port = Number(process.env.DECK_PORT ?? 4317)

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  timeout: 60_000,
  reporter: process.env.CI
    ? [
        ['list'],
      ]
    : [
        ['list'],
        [
          'html',
          { open: 'never' },
        ],
      ],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${port}${deckPath}`,
    viewport: { width: 1280, height: 720 },
    launchOptions: {
      executablePath: findBrowser(machineBrowserLookup()),
      args: launchFlags(),
    },
    trace: 'retain-on-failure',
  },
  projects: [
    // `npm run test:e2e`: everything but the stress runs.
    { name: 'deck', testIgnore: /export-stress\.spec\.ts/ },
    // `npm run test:stress` (opt-in, slow): repeated exports.
    { name: 'stress', testMatch: /export-stress\.spec\.ts/ },
  ],
  webServer: {
    command: `node scripts/serve.ts --port ${port} --path ${deckPath}`,
    url: `http://127.0.0.1:${port}${deckPath}`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
})
