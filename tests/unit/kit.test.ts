import type { DeckFacts } from '../../scripts/export-pdfs'
import { describe, expect, it } from 'vitest'
import { kitFiles, kitSectionHeadings } from '../../scripts/kit-files'
import { externalReferences } from '../../scripts/self-contained'
import { startHereHtml } from '../../scripts/start-here'
import { expectedEditableCopies } from '../support/kit-names'

const deck: DeckFacts = {
  title: 'The Dubious Agenda of the SCO',
  author: 'SCO essay teaching module',
  keywords: '',
  pdfBaseName: 'sco-dubious-agenda',
  canvasWidth: 980,
  canvasHeight: 552,
}
const files = kitFiles(deck)

describe('the kit\'s list of files', () => {
  it('holds the two single files, the lesson plan, every PDF, the SCORM package, the editable copies and both licences, each name once', () => {
    const names = files.map(file => file.file)
    expect(new Set(names).size).toBe(names.length)
    expect(names).toEqual([
      'sco-dubious-agenda.html',
      'lesson-plan.html',
      'read.html',
      'sco-dubious-agenda.pdf',
      'sco-dubious-agenda-notes.pdf',
      'sco-dubious-agenda-note-taking.pdf',
      'sco-dubious-agenda-reading-guide.pdf',
      'sco-dubious-agenda-worksheet.pdf',
      'sco-dubious-agenda-claims.pdf',
      'sco-dubious-agenda-exit-ticket.pdf',
      'sco-dubious-agenda-debate.pdf',
      'sco-dubious-agenda-answer-key.pdf',
      'sco-dubious-agenda-keywords.pdf',
      'sco-dubious-agenda-statuses.pdf',
      'sco-dubious-agenda-lesson-at-a-glance.pdf',
      'sco-dubious-agenda-teachers-guide.pdf',
      'sco-dubious-agenda-misconceptions.pdf',
      'sco-dubious-agenda-content-guidance.pdf',
      'sco-dubious-agenda-glossary.pdf',
      'sco-dubious-agenda-credits.pdf',
      'sco-dubious-agenda-scorm12.zip',
      ...expectedEditableCopies,
      'LICENSE-CONTENT.txt',
      'LICENSE.txt',
    ])
  })

  it('gives the students their handouts and the teacher the answer key', () => {
    const section = (name: string) => files.find(file => file.file === name)?.section
    expect(section('sco-dubious-agenda-worksheet.pdf')).toBe('students')
    expect(section('sco-dubious-agenda-answer-key.pdf')).toBe('print')
    expect(section('sco-dubious-agenda-lesson-at-a-glance.pdf')).toBe('print')
    expect(section('sco-dubious-agenda-teachers-guide.pdf')).toBe('print')
    expect(section('sco-dubious-agenda-statuses.pdf')).toBe('students')
    expect(section('sco-dubious-agenda-notes.pdf')).toBe('print')
    expect(section('sco-dubious-agenda-credits.pdf')).toBe('licences')
    expect(section('sco-dubious-agenda-scorm12.zip')).toBe('platform')
    expect(section('sco-dubious-agenda.pptx')).toBe('adapt')
    expect(section('sco-dubious-agenda-worksheet.docx')).toBe('adapt')
  })
})

describe('sTART-HERE.html', () => {
  const html = startHereHtml(files, { title: deck.title, minutes: 50, sourceAddress: undefined })

  it('links to every file of the kit, under a heading for each part of a teacher\'s work', () => {
    for (const file of files)
      expect(html).toContain(`<a href="${file.file}">`)
    for (const [id, heading] of Object.entries(kitSectionHeadings))
      expect(html).toContain(`<h2 id="${id}">${heading}</h2>`)
  })

  it('says what the kit holds, how to present, what needs the browser\'s Print and what does not work from a file', () => {
    expect(html).toContainEvery([
      'Two 50-minute lessons and the self-study after them, whole in this folder',
      'Keys while presenting',
      'href="sco-dubious-agenda.html#/presenter/1"',
      '50-minute countdown timer',
      'your browser\'s Print',
      'What works differently from a file',
    ])
  })

  it('names where to get the source when the build knows it, and says whom to ask when it does not', () => {
    expect(html).toContain('from whoever gave you this kit')
    expect(startHereHtml(files, { title: deck.title, minutes: 50, sourceAddress: 'https://github.com/example/sco-deck' }))
      .toContain('<a href="https://github.com/example/sco-deck">')
  })

  it('fetches nothing: no script, no stylesheet or image beside it', () => {
    expect(html).not.toContain('<script')
    expect(externalReferences(html)).toEqual([])
  })
})

describe('what a single file would still fetch', () => {
  it('is every script, stylesheet, icon or image address that is not data: or a hash, web addresses included', () => {
    expect(externalReferences([
      '<link rel="icon" href="data:image/svg+xml;base64,AAAA">',
      '<script type="module" src="./assets/index-Ab12.js"></script>',
      '<link rel="preload" as="font" href="./source-sans-3.woff2">',
      '<img alt="" src="#map">',
      '<script src="https://example.org/analytics.js"></script>',
      '<img alt="" src=figure.png>',
      '<a href="read.html">Read</a>',
    ].join('\n'))).toEqual([
      './assets/index-Ab12.js',
      './source-sans-3.woff2',
      'https://example.org/analytics.js',
      'figure.png',
    ])
  })
})
