/**
 * What the teacher's kit holds (issue 28): one list that START-HERE.html links from, that the kit's
 * folder and zip are made of (scripts/kit.ts), and that the tests check. A file added to the kit is one
 * more entry here; the PDFs come from the export's own list, so a new handout joins the kit by itself.
 */
import type { DeckFacts } from './export-pdfs.ts'
import { materials } from '../data/materials.ts'
import { editableCopyFiles } from './editable-copies.ts'
import { pdfDocuments } from './export-pdfs.ts'
import { scormPackageName } from './scorm-package.ts'

/** START-HERE's parts, in order, with their headings in a teacher's words. */
export const kitSectionHeadings = {
  present: 'Present in class',
  print: 'Print these',
  students: 'Give these to your students',
  platform: 'Put the lesson into Moodle, Canvas or another learning platform',
  adapt: 'Adapt the lesson',
  licences: 'Licences and credits',
} as const

/** The part of START-HERE a file is listed under. */
export type KitSection = keyof typeof kitSectionHeadings

export const kitSections = Object.keys(kitSectionHeadings) as KitSection[]

export interface KitFile {
  /** Its name in the kit (no folders: everything sits beside START-HERE.html). */
  readonly file: string
  readonly section: KitSection
  /** What the teacher sees as the link's text. */
  readonly title: string
  /** What it is for, in a sentence or two. */
  readonly description: string
  /**
   * Where the build finds it: a path under the built site (dist/), a path in the repository
   * (`repo:LICENSE`), or `made` for the files the kit step writes itself (the single files).
   */
  readonly from: string
}

export const kitFolderName = 'sco-dubious-agenda-kit'
export const kitZipName = `${kitFolderName}.zip`
export const startHereName = 'START-HERE.html'
export const singleFileDeckName = 'sco-dubious-agenda.html'
export const singleReadingViewName = 'read.html'
export const lessonPlanName = 'lesson-plan.html'

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** The kit's files, START-HERE.html aside, in the order START-HERE lists them. */
export function kitFiles(deck: DeckFacts): KitFile[] {
  const studentSlugs = new Set(materials.filter(material => material.audience === 'student').map(material => material.slug))
  const pdfs = pdfDocuments(deck).map((pdf): KitFile => {
    const slug = pdf.file.slice(deck.pdfBaseName.length + 1, -'.pdf'.length)
    return {
      file: pdf.file,
      // The credits go with the licences; the students' handouts to the students; the rest is the teacher's to print.
      section: slug === 'credits'
        ? 'licences'
        : studentSlugs.has(slug)
          ? 'students'
          : 'print',
      title: capitalized(pdf.title.replace(`${deck.title}: `, '')),
      description: pdf.subject,
      from: pdf.file,
    }
  })
  return [
    {
      file: singleFileDeckName,
      section: 'present',
      title: 'The slides',
      description: 'The whole lesson to present: double-click it. Every slide and step, the map and charts, the self-checks, your notes, the presenter view and the timer, with no internet and nothing to install.',
      from: 'made',
    },
    {
      file: lessonPlanName,
      section: 'present',
      title: 'The lesson plan',
      description: 'Read before class: the timing (two lessons, then self-study), each part, the class debate, differentiation and assessment.',
      from: 'made',
    },
    {
      file: singleReadingViewName,
      section: 'students',
      title: 'The reading view',
      description: 'The whole lesson as one page for a phone or a screen reader, with the self-checks. Send this one file by email or a messaging app: it opens with no connection.',
      from: 'made',
    },
    ...pdfs,
    {
      file: scormPackageName,
      section: 'platform',
      title: 'The SCORM package',
      description: 'Upload this zip, as it is, as a SCORM 1.2 activity. In Moodle: Add an activity or resource, SCORM package. In Canvas: the SCORM link in your course (an administrator may have to turn it on first). The platform records each student\'s progress and self-check score.',
      from: scormPackageName,
    },
    ...editableCopyFiles(deck.pdfBaseName).map((file): KitFile => {
      const slug = file.slice(deck.pdfBaseName.length + 1, -'.docx'.length)
      const material = materials.find(candidate => candidate.slug === slug)
      return file.endsWith('.pptx')
        ? {
            file,
            section: 'adapt',
            title: 'The slides as PowerPoint',
            description: 'Every slide as editable text, with the speaker notes in the notes pane: open it in PowerPoint, LibreOffice Impress or Google Slides to change a word, a slide or the order.',
            from: file,
          }
        : {
            file,
            section: 'adapt',
            title: `${material?.title ?? slug} (Word)`,
            description: 'The same handout as an editable Word document: retype a question, add a row, put in your school\'s heading.',
            from: file,
          }
    }),
    {
      file: 'LICENSE-CONTENT.txt',
      section: 'licences',
      title: 'Licence of the teaching materials (CC BY 4.0)',
      description: 'You may copy, adapt and share the slides, notes and handouts, saying where they come from.',
      from: 'repo:LICENSE-CONTENT.md',
    },
    {
      file: 'LICENSE.txt',
      section: 'licences',
      title: 'Licence of the code (MIT)',
      description: 'The software that shows the slides.',
      from: 'repo:LICENSE',
    },
  ]
}
