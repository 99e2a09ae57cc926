/**
 * The lesson plan (TEACHING.md) as a page of its own for the teacher's kit (issue 28): what a teacher
 * reads before class (timing, the debate, differentiation, assessment), opened by double-click. Its
 * Markdown rendered by markdown-it; a few styles inside; nothing fetched.
 */
import { readFile } from 'node:fs/promises'
import MarkdownIt from 'markdown-it'

/** TEACHING.md's Markdown as HTML: the one rendering of the lesson plan, for this page and the teacher's guide PDF. */
export function renderLessonPlan(markdown: string): string {
  return new MarkdownIt({ html: false, linkify: false, typographer: false }).render(markdown)
}

/** The lesson plan without its own title, as the body of a page that has one (the teacher's guide handout). */
export function lessonPlanBody(markdown: string): string {
  return renderLessonPlan(markdown.replace(/^# .*\n+/, ''))
}

export async function lessonPlanHtml(markdownPath: string, title: string): Promise<string> {
  const body = renderLessonPlan(await readFile(markdownPath, 'utf8'))
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lesson plan · ${title.replace(/[<&]/g, c => c === '<'
  ? '&lt;'
  : '&amp;')}</title>
<style>
:root { color-scheme: light dark; }
body { margin: 0 auto; max-width: 46rem; padding: 1.5rem 1.25rem 3rem; font: 1.0625rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
table { border-collapse: collapse; display: block; overflow-x: auto; }
th, td { text-align: left; padding: .3rem .6rem; border: 1px solid #8888; vertical-align: top; }
h1 { line-height: 1.2; }
</style>
</head>
<body>
<p><a href="START-HERE.html">Back to the start page</a></p>
<main>
${body}</main>
</body>
</html>
`
}
