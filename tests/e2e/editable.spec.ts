// The editable copies `npm run build` writes beside the PDFs, read from their XML (unzipped with fflate)
// as an application would: the slides as PPTX, each material as DOCX.
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { materials } from '../../data/materials'
import { editableCopyFiles } from '../../scripts/editable-copies'
import { loadDeck, noteOpening, typographic } from '../support/deck'
import { expectedEditableCopies } from '../support/kit-names'
import { docxContent, pptxSlides, xmlParts } from '../support/ooxml'
import { pdfPageTexts } from '../support/pdf'
import { expectedTracingColumns } from '../support/worksheet-columns'
import { expect, test } from './support'

const root = resolve(import.meta.dirname, '../..')
const inDist = (file: string): string => join(root, 'dist', file)
const pptxPath = inDist('sco-dubious-agenda.pptx')
const deck = await loadDeck()
/** Apostrophes and spaces as plain text has them, whichever the renderer set. */
const plain = (text: string): string => text.replace(/[’ʼ]/g, '\'').replace(/\s+/g, ' ').trim()

test('the build writes the slides as PPTX and every material as DOCX, named after the slides PDF', () => {
  expect(editableCopyFiles('sco-dubious-agenda')).toEqual(expectedEditableCopies)
  for (const file of editableCopyFiles('sco-dubious-agenda'))
    expect(existsSync(inDist(file)), `${file} is missing from dist/: run npm run build`).toBe(true)
})

test.describe('sco-dubious-agenda.pptx', () => {
  test('has one slide per visible slide, in order, its title in the title placeholder; long figure tables follow their picture', async () => {
    const slides = await pptxSlides(pptxPath)
    const titles = slides.map(slide => plain(slide.title))
    // The map's tables, too long to sit beside the map, are the only slides the deck does not have.
    const tableSlides = titles.filter(title => title.endsWith(': the figures'))
    expect(tableSlides).toEqual([
      'Who belonged in June 2011: the figures',
      'The SCO since the essay: the figures',
    ])
    for (const title of tableSlides)
      expect(titles[titles.indexOf(title) - 1]).toBe(title.replace(/: the figures$/, ''))
    const deckTitles = titles.filter(title => !tableSlides.includes(title))
    expect(deckTitles).toEqual(deck.map(slide => plain(typographic(slide.title))))
    expect(deckTitles).toHaveLength(60)
    expect(titles.every(title => title.length > 0)).toBe(true)
  })

  test('keeps every slide\'s notes in the notes pane, and puts the self-checks\' answers there', async () => {
    const slides = (await pptxSlides(pptxPath)).filter(slide => !slide.title.endsWith(': the figures'))
    for (const [index, slide] of deck.entries()) {
      if (!slide.note.trim())
        continue
      expect(plain(slides[index]!.notes), `slide ${slide.no} "${slide.title}"`).toContain(plain(typographic(noteOpening(slide))))
    }
    expect(plain(slides[0]!.notes)).toContain('Say: Welcome. Today we read one short essay closely')
    const growth = slides.find(slide => slide.title === 'Growth: check yourself')!
    expect(plain(growth.text)).toContain('Why does the essay list the SCO\'s observers, partners, guests and would-be members?')
    expect(plain(growth.notes)).toMatch(/Self-check answer: [A-D]\. /)
  })

  test('has the map and the charts as pictures with their full text alternative, never alone on a slide', async () => {
    const slides = await pptxSlides(pptxPath)
    const pictures = slides.flatMap(slide => slide.pictures)
    expect(pictures).toHaveLength(5)
    for (const descr of pictures)
      expect(descr?.length ?? 0, 'a picture without alternative text (descr)').toBeGreaterThan(40)
    for (const slide of slides) {
      expect(slide.textShapes, `"${slide.title}" has no text`).toBeGreaterThan(0)
      if (slide.pictures.length > 0)
        expect(slide.tables + slide.textShapes, `"${slide.title}" is a single picture`).toBeGreaterThan(2)
    }
    const blacklist = slides.find(slide => slide.title === 'How long is the list?')!
    expect(blacklist.pictures[0]).toContain('at least 42 organizations on the shared blacklist and over 1,100 individuals')
    // The figures as text a teacher can edit, with their qualifiers, in a table beside the chart.
    expect(blacklist.tables).toBe(1)
    expect(blacklist.text).toContain('at least 42')
    expect(blacklist.text).toContain('over 1,100')
    expect(blacklist.text).toContain('HRIC’s figure, not independently verified')
    const map = slides.find(slide => slide.title === 'Who belonged in June 2011')!
    expect(map.pictures[0]).toMatch(/^SCO member map, June 2011\. Member states \(6\): China, Russia, Kazakhstan/)
    const mapTable = slides.find(slide => slide.title === 'Who belonged in June 2011: the figures')!
    expect(mapTable.tables).toBe(1)
    expect(mapTable.text).toContain('Mongolia')
  })

  test('keeps bullets as bullets, tables as tables and quotations with their attribution', async () => {
    const parts = await xmlParts(pptxPath)
    const slides = await pptxSlides(pptxPath)
    const slideXml = (title: string): string => parts.get(`ppt/slides/slide${slides.findIndex(slide => slide.title === title) + 1}.xml`)!
    expect(slideXml('The essay’s central claim')).toMatch(/<a:buChar char="[^"]+"\/>[\s\S]*?<a:t>Joint exercises<\/a:t>/)
    expect(slides.find(slide => slide.title === 'Today’s lesson')!.tables).toBe(1)
    const argument = slides.find(slide => slide.title === 'The argument in one minute')!
    expect(argument.text).toContain('“The SCO requires greater scrutiny”\n— the essay, ¶8')
  })

  test('is 16:9 with slide numbers, in the deck\'s faces and colours, titled, with its author and licence', async () => {
    const parts = await xmlParts(pptxPath)
    expect(parts.get('ppt/presentation.xml')).toContain('<p:sldSz cx="12192000" cy="6858000"/>')
    const slideParts = [
      ...parts.keys(),
    ].filter(name => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    expect(slideParts).toHaveLength(62)
    for (const name of slideParts)
      expect(parts.get(name), `${name} has no slide number`).toMatch(/<p:ph\s[^>]*type="sldNum"/)
    const title = parts.get('ppt/slides/slide2.xml')!
    expect(title).toContain('<a:latin typeface="Source Serif 4" panose="02040603050405020204" pitchFamily="18"')
    expect(title).toContain('<a:latin typeface="Source Sans 3" panose="020B0303030403020204" pitchFamily="34"')
    expect(title).toContain('<a:srgbClr val="1D4E89"/>')
    const core = parts.get('docProps/core.xml')!
    expect(core).toContain('<dc:title>The Dubious Agenda of the SCO</dc:title>')
    expect(core).toContain('<dc:creator>SCO essay teaching module</dc:creator>')
    expect(core).toContain('<dc:description>Teaching materials under CC BY 4.0 (creativecommons.org/licenses/by/4.0/)')
  })
})

/** The figures with their qualifiers that a text gives ("at least 42", "over 1,100", "more than a thousand"). */
function qualifiedFigures(text: string): string[] {
  return [
    ...new Set(plain(text).match(/\b(?:at least|over|more than|fewer than|several|nearly|about|up to) (?:\d[\d,]*|a thousand|a hundred|hundred)\b/g) ?? []),
  ].sort()
}

for (const material of materials) {
  const file = `sco-dubious-agenda-${material.slug}.docx`
  test.describe(file, () => {
    test('has its handout\'s headings in order, at their levels, as Word headings', async ({ page }) => {
      const docx = await docxContent(inDist(file))
      await page.emulateMedia({ media: 'print' })
      await page.goto(`./#/handout/${material.slug}`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(material.title)
      const shown = await page.locator('main').getByRole('heading').evaluateAll(headings => headings.map(heading => ({
        level: Number(heading.tagName.slice(1)),
        text: heading.textContent!,
      })))
      expect(docx.headings[0]).toEqual({ level: 1, text: material.title })
      expect(docx.headings.map(heading => ({
        ...heading,
        text: plain(heading.text),
      }))).toEqual(shown.map(heading => ({
        ...heading,
        text: plain(heading.text),
      })))
    })

    test('has its tables with header rows, the same figures and qualifiers as its PDF, and its licence', async () => {
      const docx = await docxContent(inDist(file))
      const pdfText = (await pdfPageTexts(inDist(`sco-dubious-agenda-${material.slug}.pdf`))).join(' ')
      for (const table of docx.tables)
        expect(table.headerRows, `a table of ${file} without a header row: ${table.rows[0]?.join(' | ')}`).toBeGreaterThan(0)
      expect(qualifiedFigures(docx.text)).toEqual(qualifiedFigures(pdfText))
      expect(plain(docx.text)).toContain('Teaching materials under CC BY 4.0')
      expect(docx.properties.title).toBe(`The Dubious Agenda of the SCO: ${material.title}`)
      expect(docx.properties.creator).toBe('SCO essay teaching module')
      expect(docx.properties.description).toContain('CC BY 4.0')
    })
  })
}

test('the worksheet keeps the figures to trace with their qualifiers, a table to fill in and lines to write on', async () => {
  const docx = await docxContent(inDist('sco-dubious-agenda-worksheet.docx'))
  expect(docx.text).toContain('at least 42 organizations on the shared blacklist (¶6)')
  expect(docx.text).toContain('over 1,100 individuals on the shared blacklist (¶6)')
  expect(docx.headings.map(heading => heading.text)).toEqual([
    'Worksheet: map the argument, trace a figure',
    'A. Map the argument',
    'Thesis: the essay’s main claim',
    'Claim 1',
    'Claim 2',
    'Claim 3',
    'Claim 4',
    'The position the essay answers: whose, and what?',
    'Recommendation: what should be done, on what conditions?',
    'B. Trace a figure to its source',
    'The figures to trace',
  ])
  const [tracing] = docx.tables
  expect(tracing!.rows[0]).toEqual(expectedTracingColumns)
  expect(docx.ruledLines).toBeGreaterThanOrEqual(16)
  // The deck's faces, each with the common face Word takes where it is missing.
  const fonts = (await xmlParts(inDist('sco-dubious-agenda-worksheet.docx'))).get('word/fontTable.xml')!
  expect(fonts).toContain('<w:font w:name="Source Sans 3"><w:altName w:val="Arial"/>')
  expect(fonts).toContain('<w:font w:name="Source Serif 4"><w:altName w:val="Georgia"/>')
  expect(docx.text).toMatch(/Name\s+Class/)
})

test('the claims handout gives every claim\'s status as the PDF does, and the debate pack its roles and rubric as tables', async () => {
  const claims = await docxContent(inDist('sco-dubious-agenda-claims.docx'))
  const [table] = claims.tables
  expect(table!.rows[0]).toEqual([
    '#',
    'The essay says',
    'Status',
    'What the sources say',
    'Sources',
  ])
  expect(table!.rows).toHaveLength(22)
  expect(table!.rows.filter(row => row[2] === 'partly contradicted')).toHaveLength(3)
  expect(table!.rows.filter(row => row[2] === 'unverified')).toHaveLength(2)
  expect(table!.rows.filter(row => row[2] === 'confirmed')).toHaveLength(16)
  const debate = await docxContent(inDist('sco-dubious-agenda-debate.docx'))
  expect(debate.headings.slice(1).filter(heading => heading.level <= 3).map(heading => plain(heading.text))).toEqual([
    'The motion',
    'Roles',
    'Running order',
    'Evidence cards',
    'For the motion',
    'Against the motion',
    'The fact-checkers\' checklist',
    'The rubric',
    'Lesson 2 sheet: Boland\'s position, and your hand-in',
    'Hand-in (6 minutes, after the debate)',
  ])
  expect(debate.headings.filter(heading => heading.level === 4)).toHaveLength(12)
  expect(debate.tables.map(found => found.rows[0]![0])).toEqual([
    'Role',
    'Step',
    'Side and speaker',
    'Criterion',
  ])
  expect(debate.listItems).toBeGreaterThanOrEqual(10)
})
