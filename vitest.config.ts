import { resolve } from 'node:path'
import process from 'node:process'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { lessonPlan } from './scripts/teaching-guide.ts'

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
    // Node unless a file's first line asks for a DOM (`// @vitest-environment happy-dom`). Files share
    // one context per worker, which starts much faster (vitest.dev, "Per-File Isolation Settings"):
    // nothing a file replaces may outlive it; what every file needs (the `__DEV__` Slidev's client
    // reads) is set once in tests/support/unit-setup.ts.
    include: ['tests/unit/**/*.test.ts'],
    isolate: false,
  },
})
