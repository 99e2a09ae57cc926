/**
 * START-HERE.html, the teacher's kit's first page (issue 28): opened by double-click, it says in a
 * teacher's words what each file beside it is for (from the kit's one list, scripts/kit-files.ts),
 * how to present, what needs the browser's Print, and what does not work from a file. One page, its
 * few styles inside, no script, nothing fetched.
 */
import type { KitFile } from './kit-files.ts'
import { escapeMarkup } from './escape-markup.ts'
import { kitSectionHeadings, kitSections, singleFileDeckName, singleReadingViewName } from './kit-files.ts'

/** The keys a presenter uses most, as Slidev binds them (README's table says the same for the dev server). */
const keys: readonly [string, string][] = [
  ['→ or Space', 'next step or slide'],
  ['← or Shift+Space', 'back one step or slide'],
  ['↓ / ↑', 'next / previous slide, skipping the steps'],
  ['O', 'all slides at a glance; Esc closes it'],
  ['G', 'go to a slide by its number'],
  ['D', 'dark or light slides'],
  ['F', 'full screen'],
]

export interface StartHereFacts {
  readonly title: string
  /** Minutes the lesson takes (the headmatter's `duration`). */
  readonly minutes: number
  /** Where a teacher gets the lesson's source, to change it; undefined when the build does not know. */
  readonly sourceAddress: string | undefined
}

function fileItem(file: KitFile): string {
  return `<li><a href="${escapeMarkup(file.file)}">${escapeMarkup(file.title)}</a> <span class="file">${escapeMarkup(file.file)}</span><br>${escapeMarkup(file.description)}</li>`
}

/** What each part says beside its files. */
function sectionIntro(id: KitFile['section'], facts: StartHereFacts): string {
  const deck = escapeMarkup(singleFileDeckName)
  switch (id) {
    case 'present':
      return `<p>Double-click <a href="${deck}">${deck}</a>: it opens in your web browser (Chrome, Edge, Firefox or Safari, a recent version) and needs no internet connection and nothing installed. Copy it to a USB stick or the classroom computer as it is.</p>
<table><caption>Keys while presenting</caption><thead><tr><th scope="col">Key</th><th scope="col">What it does</th></tr></thead><tbody>${keys.map(([key, action]) => `<tr><td><kbd>${escapeMarkup(key)}</kbd></td><td>${escapeMarkup(action)}</td></tr>`).join('')}</tbody></table>
<p><strong>Presenter view</strong>: move the mouse to the bottom left of the slides and choose <em>Presenter Mode</em> in the controls, or open <a href="${deck}#/presenter/1">the presenter view</a> directly. It shows the current and the next slide, your notes (what to say, a question to ask, the minutes) and a <strong>${facts.minutes}-minute countdown timer</strong>. Put the slides on the projector and the presenter view on your own screen: in Chrome and Edge the two windows follow each other when both are opened from this same file. If they do not in your browser, present from one window and use the <strong>Notes</strong> button in the controls to read a slide's notes.</p>
<p>Without a projector, students can follow the same file on their own computers: the self-checks give feedback as they answer.</p>`
    case 'print':
      return `<p>These PDFs are ready to print from any PDF reader: no need for the browser's Print. The slides file also shows each handout as a page (for example <a href="${deck}#/handout/worksheet">the worksheet</a>) which you can print with your browser's Print (Ctrl+P, or ⌘P on a Mac), choosing A4 and no headers or footers, if you have no PDF reader.</p>`
    case 'students':
      return `<p>Print the handouts below, or send them. <a href="${escapeMarkup(singleReadingViewName)}">${escapeMarkup(singleReadingViewName)}</a> is a single file: attach it to an email or a message and a student opens it on a phone, offline. Its links to the slides work only when the slides file sits beside it, as in this folder.</p>`
    case 'platform':
      return '<p>The SCORM package is the whole lesson for a learning platform, which keeps each student\'s progress and score. Upload the zip as it is.</p>'
    case 'adapt':
      return `<p>The PowerPoint and Word files below are editable copies of the slides (with their notes) and the handouts: change a word, a question or the order in PowerPoint, LibreOffice or Google Slides and Docs, with nothing to install. To change the lesson itself (a slide, a figure or a handout, in every copy at once), take the lesson's source ${facts.sourceAddress
        ? `from <a href="${escapeMarkup(facts.sourceAddress)}">${escapeMarkup(facts.sourceAddress)}</a>`
        : '(its repository) from whoever gave you this kit'}. Its README says how, in two commands: <code>npm ci &amp;&amp; npm run dev</code> to see your changes as you make them, and <code>npm run build</code> to make this kit again. That needs Node.js on your computer; presenting the files here does not.</p>`
    case 'licences':
      return '<p>You may share and adapt the teaching materials (CC BY 4.0): say where they come from. The essay the lesson reads is not included; the reading guide says how to get it.</p>'
  }
}

/** The page itself, listing `files` under their parts. */
export function startHereHtml(files: readonly KitFile[], facts: StartHereFacts): string {
  const sections = kitSections.map((id) => {
    const heading = kitSectionHeadings[id]
    const own = files.filter(file => file.section === id)
    const list = own.length > 0
      ? `<ul class="files">${own.map(fileItem).join('')}</ul>`
      : ''
    return `<section aria-labelledby="${id}"><h2 id="${id}">${escapeMarkup(heading)}</h2>${sectionIntro(id, facts)}${list}</section>`
  }).join('\n')
  const deck = escapeMarkup(singleFileDeckName)
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Start here · ${escapeMarkup(facts.title)}</title>
<style>
:root { color-scheme: light dark; --ink: #1b1f24; --paper: #fff; --accent: #1d4f91; --soft: #eef2f7; }
@media (prefers-color-scheme: dark) { :root { --ink: #e8ecf1; --paper: #15181c; --accent: #8cb8ff; --soft: #23282f; } }
body { margin: 0 auto; max-width: 46rem; padding: 1.5rem 1.25rem 3rem; font: 1.0625rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--paper); }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .5rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-top: 1px solid currentColor; padding-top: 1rem; }
a { color: var(--accent); }
a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.open { display: inline-block; margin: .75rem 0; padding: .6rem 1rem; background: var(--accent); color: var(--paper); border-radius: .4rem; font-weight: 600; text-decoration: none; }
.files { padding-left: 1.1rem; }
.files li { margin: .6rem 0; }
.file { font-size: .85em; opacity: .8; overflow-wrap: anywhere; }
table { border-collapse: collapse; margin: .75rem 0; }
caption { text-align: left; font-weight: 600; }
th, td { text-align: left; padding: .25rem .75rem .25rem 0; border-bottom: 1px solid var(--soft); vertical-align: top; }
kbd { font: inherit; background: var(--soft); padding: 0 .3rem; border-radius: .2rem; white-space: nowrap; }
.note { background: var(--soft); padding: .75rem 1rem; border-radius: .4rem; }
@media print { .open { color: var(--ink); background: none; border: 1px solid; } }
</style>
</head>
<body>
<header>
<p>Teacher's kit</p>
<h1>${escapeMarkup(facts.title)}</h1>
<p>Two ${facts.minutes}-minute lessons and the self-study after them, whole in this folder: the slides, the handouts, a page for students' phones and a package for your learning platform. Nothing needs installing or an internet connection.</p>
<p><a class="open" href="${deck}">Open the slides</a></p>
</header>
<main>
${sections}
<section aria-labelledby="from-a-file"><h2 id="from-a-file">What works differently from a file</h2>
<ul>
<li>Everything in the slides works opened from this folder: every step, the map, the charts, the self-checks, the notes, the overview, go-to and dark mode. Nothing a student does is reported back to you: for each student's progress and score, use the SCORM package in a learning platform.</li>
<li>The presenter view's two windows follow each other in Chrome and Edge; another browser may not let two files talk, so check before class (see above).</li>
<li>Drawings made on a slide in class are not kept.</li>
<li>Printing the slides file or the reading view needs the browser's Print; the PDFs here print as they are.</li>
<li>Some school email systems hold back attached .html files: if a student does not receive <a href="${escapeMarkup(singleReadingViewName)}">${escapeMarkup(singleReadingViewName)}</a>, send the zip of this folder or share it through your learning platform.</li>
</ul>
</section>
</main>
</body>
</html>
`
}
