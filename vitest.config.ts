import { readdirSync, readFileSync } from 'node:fs'
import process from 'node:process'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { lessonPlan } from './scripts/teaching-guide.ts'

/**
 * A test file that renders components or reads the DOM says so on its first line
 * (`// @vitest-environment happy-dom`). Files share one context per worker, which starts much faster,
 * unless they mock a module or stub a global: those run isolated, so that what they replace stays
 * theirs (vitest.dev, "Per-File Isolation Settings").
 */
const unitDir = 'tests/unit'
const domMarker = '// @vitest-environment happy-dom'
const replacesSomething = /\bvi\.(?:mock|doMock|stubGlobal|stubEnv|spyOn)\(/

const sources = new Map(readdirSync(unitDir)
  .filter(file => file.endsWith('.test.ts'))
  .map(file => [
    `${unitDir}/${file}`,
    readFileSync(`${unitDir}/${file}`, 'utf8'),
  ]))
function files(keep: (source: string) => boolean): string[] {
  return [...sources].filter(([, source]) => keep(source)).map(([file]) => file)
}
const needsDom = (source: string): boolean => source.startsWith(domMarker)

/** A project for each kind of test file there is: DOM or Node, sharing a context or isolated. */
const projects = [true, false].flatMap(dom => [false, true].map(isolated => ({
  extends: true,
  test: {
    name: `${dom ? 'dom' : 'node'}${isolated ? ', isolated' : ''}`,
    include: files(source => needsDom(source) === dom && replacesSomething.test(source) === isolated),
    isolate: isolated,
  },
}))).filter(project => project.test.include.length > 0)

export default defineConfig({
  plugins: [
    vue(),
    lessonPlan(process.cwd()),
  ],
  test: {
    projects,
  },
})
