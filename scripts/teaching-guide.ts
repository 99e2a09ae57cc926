/**
 * A Vite plugin that gives the teacher's guide handout (components/handouts/TeachersGuide.vue) the
 * lesson plan, TEACHING.md, as HTML rendered at build by the kit's own rendering
 * (scripts/lesson-plan-page.ts): one source, one rendering, no Markdown parser in the browser.
 * Usage: `import lessonPlan from 'virtual:lesson-plan'` (a string of HTML, without the plan's own title).
 */
import type { Plugin } from 'vite'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { lessonPlanBody } from './lesson-plan-page.ts'

export const lessonPlanModule = 'virtual:lesson-plan'
const resolved = `\0${lessonPlanModule}`

export function lessonPlan(root: string): Plugin {
  const file = join(root, 'TEACHING.md')
  return {
    name: 'sco-lesson-plan',
    resolveId(id) {
      return id === lessonPlanModule
        ? resolved
        : undefined
    },
    async load(id) {
      if (id !== resolved)
        return undefined
      this.addWatchFile(file)
      return `export default ${JSON.stringify(lessonPlanBody(await readFile(file, 'utf8')))}\n`
    },
  }
}
