import { resolve } from 'node:path'
import process from 'node:process'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { lessonPlan } from './scripts/teaching-guide.ts'

/**
 * Unit tests run in Node unless their first line asks for a DOM (`// @vitest-environment happy-dom`,
 * Vitest's own docblock). Files share one context per worker, which starts much faster
 * (vitest.dev, "Per-File Isolation Settings"): nothing a file replaces may outlive it. The one file
 * that replaces globals for good (the member map's test stubs `__DEV__` for Slidev's clicks code)
 * runs isolated, named below.
 */
const unitTests = 'tests/unit/**/*.test.ts'
const isolated = ['tests/unit/MemberMap.test.ts']

export default defineConfig({
  plugins: [
    vue(),
    lessonPlan(process.cwd()),
  ],
  resolve: {
    // Slidev's client cannot load outside a deck: every unit test gets the one stand-in.
    alias: [
      {
        find: /^@slidev\/client$/,
        replacement: resolve(import.meta.dirname, 'tests/support/slidev-client.ts'),
      },
    ],
  },
  test: {
    setupFiles: ['tests/support/unit-setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: [unitTests],
          exclude: isolated,
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'isolated',
          include: isolated,
          isolate: true,
        },
      },
    ],
  },
})
