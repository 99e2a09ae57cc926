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
  // Two: the tests wait on the browser as much as they compute, and this machine has two cores.
  workers: 2,
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
    // What a slide shows is checked at rest, without waiting out each fade; the keyboard walk
    // (deck.spec.ts) and motion.spec.ts run with motion, as a class sees the deck.
    reducedMotion: 'reduce',
    // Each page of the deck would install its service worker, which stores the whole site: about 2.5
    // CPU-seconds a test. The offline tests allow it (`test.use({ serviceWorkers: 'allow' })`).
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: findBrowser(machineBrowserLookup()),
      args: launchFlags(),
    },
    // A failed test keeps its trace: actions, console and network. DOM snapshots are left out (taking
    // one after every action of the deck's 4,000-element page doubled the suite's time), and so is the
    // filmstrip: encoding its frames cost the suite about 15 s of its 3 minutes.
    trace: {
      mode: 'retain-on-failure',
      snapshots: false,
      screenshots: false,
    },
  },
  projects: [
    // Builds dist/ (`npm run build -- --if-changed`) unless it was built from the files as they are now.
    { name: 'build', testMatch: /build\.setup\.ts/ },
    // The walk of every slide (deck-walk.spec.ts): the suite's longest tests, in a project of their own
    // so that they start first (Playwright starts projects in this order) and run without a trace.
    // The walk takes hundreds of actions; a trace would add a sixth to its time, and each failure
    // already names its slide and element.
    {
      name: 'deck-walk',
      testMatch: /deck-walk\.spec\.ts/,
      dependencies: ['build'],
      use: { trace: 'off' },
    },
    // Everything else that `npm run test:e2e` (`playwright test`) runs.
    {
      name: 'deck',
      testIgnore: [/-stress\.spec\.ts/, /deck-walk\.spec\.ts/],
      dependencies: ['build'],
    },
    // `npm run test:stress` (opt-in, slow): repeated exports, the editable copies in LibreOffice.
    {
      name: 'stress',
      testMatch: /-stress\.spec\.ts/,
      dependencies: ['build'],
      default: false,
    },
  ],
  webServer: {
    // Up before the build project has written dist/: it serves the files as they appear.
    command: `node scripts/serve.ts --port ${port} --path ${deckPath} --before-build`,
    port,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
})
