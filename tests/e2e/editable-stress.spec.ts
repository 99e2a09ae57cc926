// Opt-in (`npm run test:stress`, run by .ci/run): the editable copies opened by another application.
// LibreOffice (Debian's libreoffice-impress and libreoffice-writer; .ci/run installs them) converts
// each to PDF, as a teacher's "Save as PDF" would; every page must have text on it, and the slides
// one page each. To look at the pages: `soffice --headless --convert-to pdf --outdir /tmp/look
// dist/*.pptx dist/*.docx`, then `pdftoppm -png -r 50 /tmp/look/<file>.pdf /tmp/look/page`.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { materials } from '../../data/materials'
import { editableCopyFiles } from '../../scripts/editable-copies'
import { pptxSlides } from '../support/ooxml'
import { pdfPageTexts } from '../support/pdf'
import { expect, test } from './support'

const root = resolve(import.meta.dirname, '../..')
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice'].find(path => existsSync(path))

/**
 * The most pages each material may fill: its PDF's pages, and one more for Word's own layout; two more for
 * the claims handout (Word sets its 21-row table in taller rows), the answer key, and the debate pack (Word
 * sets its evidence cards in one column where the PDF has two).
 */
const mostPages: Record<string, number> = {
  'reading-guide': 5,
  'worksheet': 3,
  'claims': 9,
  'exit-ticket': 2,
  'debate': 8,
  'answer-key': 10,
  'keywords': 2,
  'statuses': 2,
  'lesson-at-a-glance': 2,
  'teachers-guide': 6,
  'misconceptions': 3,
  'content-guidance': 3,
  'glossary': 3,
  'credits': 3,
}

test('LibreOffice opens every editable copy: one page per slide, the materials on their few pages, no page blank', async () => {
  test.slow()
  expect(Object.keys(mostPages), 'every material of data/materials.ts needs its most pages here').toEqual(materials.map(material => material.slug))
  expect(soffice, 'LibreOffice (soffice) is not installed: apt-get install libreoffice-impress libreoffice-writer').toBeDefined()
  const work = await mkdtemp(join(tmpdir(), 'sco-editable-'))
  try {
    const files = editableCopyFiles('sco-dubious-agenda').map(file => join(root, 'dist', file))
    // A profile of its own, so that a LibreOffice the user has open does not take the job.
    await promisify(execFile)(soffice!, [
      `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      work,
      ...files,
    ], { timeout: 240_000 })
    const slides = await pptxSlides(files[0]!)
    const slidePages = await pdfPageTexts(join(work, 'sco-dubious-agenda.pdf'))
    expect(slidePages).toHaveLength(slides.length)
    slidePages.forEach((text, index) => expect(text.split(' ').length, `slide ${index + 1} is (nearly) blank`).toBeGreaterThan(3))
    for (const [slug, most] of Object.entries(mostPages)) {
      const pages = await pdfPageTexts(join(work, `sco-dubious-agenda-${slug}.pdf`))
      expect(pages.length, `${slug}: ${pages.length} pages`).toBeGreaterThan(0)
      expect(pages.length, `${slug}: ${pages.length} pages`).toBeLessThanOrEqual(most)
      pages.forEach((text, index) => expect(text.split(' ').length, `${slug}: page ${index + 1} is (nearly) blank`).toBeGreaterThan(10))
    }
    expect(slidePages.find(text => text.includes('How long is the list?'))).toContain('at least 42')
  }
  finally {
    await rm(work, { recursive: true, force: true })
  }
})
