import { readdirSync, readFileSync } from 'node:fs'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

/**
 * Two projects. A test file that renders components or reads the DOM says so on its first line
 * (`// @vitest-environment happy-dom`) and runs isolated, in its own DOM. The rest test plain
 * functions and data, mock nothing, and share one Node context, which starts much faster.
 */
const unitDir = 'tests/unit'
const domMarker = '// @vitest-environment happy-dom'
const files = readdirSync(unitDir).filter(file => file.endsWith('.test.ts'))
const needsDom = (file: string): boolean => readFileSync(`${unitDir}/${file}`, 'utf8').startsWith(domMarker)

export default defineConfig({
  plugins: [
    vue(),
  ],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'dom',
          include: files.filter(needsDom).map(file => `${unitDir}/${file}`),
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          include: files.filter(file => !needsDom(file)).map(file => `${unitDir}/${file}`),
          environment: 'node',
          isolate: false,
        },
      },
    ],
  },
})
