import type { PdfAccessibility } from '../support/pdf'
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib'
import { lessonOne, lessonTwo } from '../../data/lesson'
import { printList } from '../../data/materials'
import { browserEnvVariable } from '../../scripts/browser'
import { deckFacts, pdfDocuments } from '../../scripts/export-pdfs'
import { loadDeck, noteOpening, slideNumberOf } from '../support/deck'
import { pdfAccessibility, pdfFigureRuns, pdfFonts, pdfLinks, pdfPageOpenings, pdfPageTexts, pdfTextRuns, plainApostrophes, structElements } from '../support/pdf'
import { checkPdfUa, describeViolations } from '../support/pdf-ua'
import { slidevDom } from '../support/slidev-dom'
import { expect, test } from './support'

// `npm run build` writes every PDF beside the site with the same function as `npm run export`.
const root = resolve(import.meta.dirname, '../..')
const deck = await loadDeck()
const documents = pdfDocuments(await deckFacts(root))
const inDist = (file: string): string => join(root, 'dist', file)
const slidesPdf = inDist('sco-dubious-agenda.pdf')
const notesPdf = inDist('sco-dubious-agenda-notes.pdf')
const noteTakingPdf = inDist('sco-dubious-agenda-note-taking.pdf')
const a4 = { width: 595, height: 842 }

const read = new Map<string, Promise<PdfAccessibility>>()
function accessibility(path: string): Promise<PdfAccessibility> {
  if (!read.has(path))
    read.set(path, pdfAccessibility(path))
  return read.get(path)!
}

/** Every Figure of a page of the PDF, with its alternative text. */
async function figuresOn(path: string, page: number): Promise<string[]> {
  const tree = (await accessibility(path)).structure[page - 1]
  return tree
    ? structElements(tree).filter(node => node.role === 'Figure').map(node => node.alt ?? '')
    : []
}

test('the export writes the slides, both handouts and every material, named after the slides PDF', () => {
  expect(documents.map(document => document.file).slice(0, 3)).toEqual([
    'sco-dubious-agenda.pdf',
    'sco-dubious-agenda-notes.pdf',
    'sco-dubious-agenda-note-taking.pdf',
  ])
  for (const document of documents)
    expect(existsSync(inDist(document.file)), `${document.file} is missing from dist/: run npm run build`).toBe(true)
})

/** What the running header says on the right of every page of each PDF (the lesson's name is on the left). */
const runningHeaders: Record<string, string> = {
  'sco-dubious-agenda.pdf': 'The Dubious Agenda of the SCO: the slides',
  'sco-dubious-agenda-notes.pdf': 'Notes handout',
  'sco-dubious-agenda-note-taking.pdf': 'Note-taking handout',
  'sco-dubious-agenda-reading-guide.pdf': 'Reading guide · For students',
  'sco-dubious-agenda-worksheet.pdf': 'Worksheet: map the argument, trace a figure · For students',
  'sco-dubious-agenda-claims.pdf': 'The claims checked · For students',
  'sco-dubious-agenda-exit-ticket.pdf': 'Exit ticket · For students',
  'sco-dubious-agenda-debate.pdf': 'The debate · For students',
  'sco-dubious-agenda-answer-key.pdf': 'Answer key for the teacher · For the teacher',
  'sco-dubious-agenda-keywords.pdf': 'Keywords · For students',
  'sco-dubious-agenda-statuses.pdf': 'Statuses at a glance · For students',
  'sco-dubious-agenda-lesson-at-a-glance.pdf': 'The lessons at a glance · For the teacher',
  'sco-dubious-agenda-teachers-guide.pdf': 'Teacher\'s guide · For the teacher',
  'sco-dubious-agenda-misconceptions.pdf': 'Common misconceptions · For the teacher',
  'sco-dubious-agenda-content-guidance.pdf': 'Teaching a sensitive topic · For the teacher',
  'sco-dubious-agenda-glossary.pdf': 'Glossary · For students',
  'sco-dubious-agenda-credits.pdf': 'Credits and licences · For students',
}

/**
 * The pages of the A4 PDFs that may be less than two-thirds full because they end a section that the
 * next page starts afresh: the debate's rubric, before the hand-in sheet (a sheet of its own, collected).
 * Every other page but a document's last is at least two-thirds full.
 */
const sectionEnds: Record<string, number[]> = {
  'sco-dubious-agenda-debate.pdf': [5],
}

for (const document of documents) {
  test.describe(document.file, () => {
    const path = inDist(document.file)

    test('is tagged, in English, titled, with XMP metadata and an outline', async () => {
      const pdf = await accessibility(path)
      expect(pdf.marked, 'MarkInfo /Marked').toBe(true)
      expect(pdf.structure.map((tree, index) => tree
        ? 0
        : index + 1).filter(Boolean), 'pages without a structure tree').toEqual([])
      expect(pdf.language).toBe('en')
      expect(pdf.title).toMatch(/^The Dubious Agenda of the SCO: /)
      expect(pdf.displayDocTitle, 'viewers show the title, not the file name').toBe(true)
      expect(pdf.xmp?.['dc:title']).toBe(pdf.title)
      expect(pdf.xmp?.['dc:creator']).toEqual(['SCO essay teaching module'])
      expect(pdf.xmp?.['dc:rights']).toContain('CC BY 4.0')
      expect(pdf.xmp?.['pdfuaid:part']).toBe('1')
      expect(pdf.outline.length).toBeGreaterThan(0)
    })

    test('meets PDF/UA-1\'s machine-checkable rules (tests/support/pdf-ua.ts)', async () => {
      const violations = await checkPdfUa(new Uint8Array(await readFile(path)), document.file)
      expect(violations, describeViolations(violations)).toEqual([])
    })

    test('embeds every font it uses, all of them the deck\'s own', async () => {
      const fonts = await pdfFonts(path)
      expect(fonts.length).toBeGreaterThan(0)
      expect(fonts.filter(font => !font.embedded).map(font => font.name)).toEqual([])
      expect(fonts.filter(font => font.subtype === '/Type3').map(font => font.name)).toEqual([])
      expect(fonts.filter(font => !/SourceSans3|SourceSerif4|SourceCodePro/.test(font.name)).map(font => font.name), 'a system fallback font slipped into the PDF').toEqual([])
    })

    test('has the running header, the date of the last change and its number on every page', async () => {
      const texts = await pdfPageTexts(path)
      const counted = document.layout === 'slides'
        ? 'Slide'
        : 'Page'
      texts.forEach((text, index) => {
        expect(text, `page ${index + 1}`).toContain('Reading “The Dubious Agenda of the SCO”')
        expect(text, `page ${index + 1}`).toContain(runningHeaders[document.file])
        expect(text, `page ${index + 1}`).toMatch(/Last changed \d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) 20\d\d/)
        expect(text, `page ${index + 1}`).toContain(`${counted} ${index + 1} of ${texts.length}`)
      })
    })

    test('prints curly quotation marks and apostrophes, never straight ones', async () => {
      const texts = await pdfPageTexts(path, true)
      const straight = texts.flatMap((text, index) => [
        ...text.matchAll(/.{0,30}['"].{0,30}/g),
      ].map(match => `page ${index + 1}: ${match[0]}`))
      expect(straight).toEqual([])
    })

    test('has no blank page, and every figure has its alternative text', async () => {
      // Text of the page's own, besides its header and footer (which are artifacts, untagged).
      const runs = await pdfTextRuns(path)
      expect(runs.map((page, index) => page.runs.some(run => run.tagged)
        ? 0
        : index + 1).filter(Boolean), 'pages without text').toEqual([])
      const pdf = await accessibility(path)
      const unnamed = pdf.structure.flatMap((tree, index) => tree
        ? structElements(tree).filter(node => node.role === 'Figure' && !node.alt?.trim()).map(() => index + 1)
        : [])
      expect(unnamed, 'pages with a Figure that has no alternative text').toEqual([])
      if (document.layout === 'a4')
        expect(pdf.pageSizes.filter(size => size.width !== a4.width || size.height !== a4.height)).toEqual([])
    })
  })
}

test('no page of an A4 PDF is less than two-thirds full, unless it is the last or ends a section', async () => {
  const short: string[] = []
  for (const document of documents.filter(each => each.layout === 'a4')) {
    const pages = await pdfTextRuns(inDist(document.file))
    const openings = await pdfPageOpenings(inDist(document.file))
    pages.slice(0, -1).forEach((page, index) => {
      // Between the running header's baseline and the footer's top; full down to the lowest text of the page's own.
      const top = Math.max(...page.runs.filter(run => !run.tagged && run.baseline < page.height * 0.1).map(run => run.baseline))
      const bottom = Math.min(...page.runs.filter(run => !run.tagged && run.baseline > page.height * 0.9).map(run => run.baseline - run.size))
      const lowest = Math.max(...page.runs.filter(run => run.tagged).map(run => run.baseline))
      const full = (lowest - top) / (bottom - top)
      // On the slide handouts every slide is a section: a page that ends one opens the next with its heading.
      const endsSection = (sectionEnds[document.file] ?? []).includes(index + 1)
        || (document.file.includes('-note') && /^H[23]$/.test(openings[index + 1] ?? ''))
      if (full < 2 / 3 && !endsSection)
        short.push(`${document.file} page ${index + 1}: ${Math.round(full * 100)}% full`)
    })
  }
  expect(short).toEqual([])
})

test('the slide handouts print every slide picture\'s smallest text at 9 pt or more', async () => {
  for (const path of [notesPdf, noteTakingPdf]) {
    // The smallest text of each picture (and each page's untagged text), where under 9 pt.
    const smallest = new Map<string, { size: number, text: string }>()
    for (const [index, page] of (await pdfFigureRuns(path)).entries()) {
      for (const run of page) {
        const where = `page ${index + 1}, ${run.figure ?? 'untagged text'}`
        if (run.size < (smallest.get(where)?.size ?? Infinity))
          smallest.set(where, run)
      }
    }
    const small = [...smallest].filter(([, run]) => Math.round(run.size * 10) / 10 < 9).map(([where, run]) => `${where}: ${run.size.toFixed(1)} pt "${run.text}"`)
    expect(small, path).toEqual([])
  }
})

test('the slides PDF has one page per slide of the built deck, in order', async ({ page }) => {
  await page.goto('./?print#/print')
  const printed = page.locator(slidevDom.printSlide)
  await expect(printed.last().locator(slidevDom.layout)).toBeVisible()
  await expect(printed, 'the built deck and the sources disagree on the slides').toHaveCount(deck.length)

  const texts = await pdfPageTexts(slidesPdf)
  expect(texts).toHaveLength(deck.length)
  deck.forEach((slide, index) => {
    expect(texts[index], `page ${index + 1} should be "${slide.title}"`).toContain(plainApostrophes(slide.title))
  })
  expect(texts.join(' ')).not.toMatch(/Caching for offline|Ready offline/i)
})

test('the PDFs link the sources\' and licences\' addresses, and the cover says where the reading view is', async () => {
  const claims = await pdfLinks(inDist('sco-dubious-agenda-claims.pdf'))
  expect(claims).toContainEqual({ page: 1, uri: 'https://hrichina.org/content/5197', contents: 'Link to https://hrichina.org/content/5197' })
  expect(claims.map(link => link.uri)).not.toContain('https://priu.gov.lk')
  const credits = await pdfLinks(inDist('sco-dubious-agenda-credits.pdf'))
  expect(credits.map(link => link.uri)).toContain('https://creativecommons.org/licenses/by/4.0/')
  for (const path of [slidesPdf, notesPdf, noteTakingPdf]) {
    expect((await pdfLinks(path)).filter(link => link.page === 1).map(link => link.uri), `${path}: the cover links nowhere`).toEqual([])
    expect((await pdfPageTexts(path))[0]).toContain('read.html, beside the slides on the lesson\'s site')
  }
})

test('the slides PDF\'s outline goes by part of the lesson, a heading per slide', async () => {
  const { outline } = await accessibility(slidesPdf)
  expect(outline[0]?.title, 'the cover').toBe('The Dubious Agenda of the SCO')
  const part = outline.find(entry => entry.title === 'Part 4 · Growth beyond expectations')
  expect(part?.items.map(item => item.title)).toEqual([
    'The essay: it took off in surprising ways',
  ])
  const lessonTwo = outline.find(entry => entry.title === 'Lesson 2, part 2 · The essay against the treaty: a primary source')
  expect(lessonTwo?.items.map(item => item.title)).toEqual([
    'Read the treaty yourself',
  ])
  const slideHeadings = outline.slice(1).flatMap(entry => entry.items.map(item => item.title))
  expect(slideHeadings, 'every slide after the cover, under its part').toHaveLength(deck.length - 1)
  expect(outline.slice(1).every(entry => /^(?:Part \d+|Lesson 2, part \d+|Self-study \d+) · |^Reference$/.test(entry.title))).toBe(true)
})

test('the map is a figure that names the members by status', async () => {
  const figures = await figuresOn(slidesPdf, slideNumberOf(deck, 'member-map'))
  const map = figures.find(alt => alt.startsWith('SCO member map, June 2011'))
  expect(map, `figures on the map's page: ${figures.join(' | ')}`).toBeDefined()
  expect(map).toContain('Member states (6): China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan.')
  expect(map).toContain('Observers (4): India, Iran, Mongolia, Pakistan.')
  expect(map).toContain('Dialogue partners (2): Belarus, Sri Lanka.')
})

test('the charts are figures that state the figures with their qualifiers', async () => {
  const blacklist = (await figuresOn(slidesPdf, slideNumberOf(deck, 'blacklist'))).join(' | ')
  expect(blacklist).toContain('at least 42 organizations')
  expect(blacklist).toContain('over 1,100 individuals')
  const extraditions = (await figuresOn(slidesPdf, slideNumberOf(deck, 'extraditions'))).join(' | ')
  expect(extraditions).toContain('at least 29')
})

test('decorative marks are drawn but left out of the slides PDF\'s structure', async () => {
  // The map's place labels repeat its text alternative for sighted readers and are aria-hidden.
  const { runs } = (await pdfTextRuns(slidesPdf))[slideNumberOf(deck, 'member-map') - 1]!
  const tagged = runs.filter(run => run.tagged).map(run => run.text)
  const untagged = runs.filter(run => !run.tagged).map(run => run.text)
  expect(untagged).toContain('Kazakhstan')
  expect(tagged).toContain('Who belonged in June 2011')
  expect(tagged).not.toContain('Kazakhstan')
})

test('the notes handout has every slide\'s number, title, picture and notes, in order, dated', async () => {
  const text = (await pdfPageTexts(notesPdf)).join(' ')
  let from = 0
  for (const slide of deck) {
    const heading = `Slide ${slide.no} of ${deck.length}`
    const at = text.indexOf(heading, from)
    expect(at, `${heading} (${slide.title}), after the slide before`).toBeGreaterThanOrEqual(0)
    from = at + heading.length
    expect(text, `notes of slide ${slide.no} (${slide.title})`).toContain(plainApostrophes(noteOpening(slide)))
  }
  expect(text).toMatch(/last changed \d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/)
  const outline = (await accessibility(notesPdf)).outline
  expect(outline[0]?.title).toBe('Notes handout')
  expect(outline[0]?.items.map(item => item.title)).toContain('Part 4 · Growth beyond expectations')
})

test('the handouts draw the slides as vectors, not as pictures of them', async () => {
  for (const path of [notesPdf, noteTakingPdf]) {
    const pdf = await PDFDocument.load(await readFile(path), { updateMetadata: false })
    const images = pdf.context.enumerateIndirectObjects()
      .filter(([, object]) => object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'))
    expect(images, `${path} has raster images`).toHaveLength(0)
  }
  // The map's own labels, as text inside the map slide's picture.
  const notes = await pdfPageTexts(notesPdf)
  const mapPage = notes.find(text => text.includes('Who belonged in June 2011'))
  expect(mapPage).toContain('Kazakhstan')
})

test('the note-taking handout has the two lessons\' slides only, one under its title and then two a page, each with its number and title', async () => {
  const taught = new Set([lessonOne, lessonTwo].flatMap(plan => plan.parts.flatMap(part => part.slides)))
  const lessons = deck.filter(slide => slide.alias !== undefined && taught.has(slide.alias))
  expect(lessons, 'the slides of lessons 1 and 2').toHaveLength(31)
  const pdf = await accessibility(noteTakingPdf)
  expect(pdf.pages).toBe(16)
  const texts = await pdfPageTexts(noteTakingPdf)
  texts.forEach((text, index) => {
    for (const slide of index === 0
      ? lessons.slice(0, 1)
      : lessons.slice(index * 2 - 1, index * 2 + 1))
      expect(text, `page ${index + 1}`).toContain(`Slide ${slide.no} of ${deck.length}`)
  })
  const all = texts.join(' ')
  for (const alias of [
    'argument-map',
    'claims-checked',
    'check-origins',
    'discussion',
    'look-up',
  ])
    expect(all, `the ${alias} slide is not the lessons'`).not.toContain(`Slide ${slideNumberOf(deck, alias)} of ${deck.length}`)
  const figures = pdf.structure.map(tree => tree
    ? structElements(tree).filter(node => node.alt?.startsWith('Slide ')).length
    : 0)
  expect(figures, 'slide pictures per page').toEqual([
    1,
    2,
    2,
    2,
    2,
    2,
    2,
    2,
    2,
    2,
    2,
    2,
    2,
    2,
    2,
    2,
  ])
})

test('every PDF of the print list has the pages the lessons at a glance says', async () => {
  const counts = await Promise.all(printList.map(async item => [item.slug, (await accessibility(inDist(`sco-dubious-agenda-${item.slug}.pdf`))).pages]))
  expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(printList.map(item => [item.slug, item.pages])))
})

test('the one-page teacher\'s and fact-checkers\' sheets are one A4 page each', async () => {
  for (const slug of ['lesson-at-a-glance', 'keywords', 'statuses'])
    expect((await accessibility(inDist(`sco-dubious-agenda-${slug}.pdf`))).pages, slug).toBe(1)
})

test('the teacher\'s guide prints TEACHING.md without its developer instructions', async () => {
  const text = (await pdfPageTexts(inDist('sco-dubious-agenda-teachers-guide.pdf'))).join(' ')
  expect(text).toContain('Learning objectives')
  expect(text).toContain('Lesson 2 (50 minutes): the treaty, the other side, the debate')
  expect(text).not.toMatch(/\bnpm\b|routeAlias|#\/handout/)
})

test('the answer key prints the three exemplar hand-ins with their marks', async () => {
  const text = (await pdfPageTexts(inDist('sco-dubious-agenda-answer-key.pdf'))).join(' ')
  for (const heading of ['Strong (for the motion): 8 of 8', 'Middling (against the motion): 5 of 8', 'Weak (for the motion): 1 of 8'])
    expect(text).toContain(heading)
})

test('an export with no browser to be found stops with one clear message, not a stack trace', async () => {
  const missing = '/nonexistent/chrome'
  const failure = await promisify(execFile)(process.execPath, [
    'scripts/export.ts',
    '--out-dir',
    join(tmpdir(), 'sco-export-never-written'),
  ], {
    cwd: root,
    env: { ...process.env, [browserEnvVariable]: missing },
  }).then(() => undefined, (error: { code?: number, stdout: string, stderr: string }) => error)

  expect(failure, 'the export succeeded without a browser').toBeDefined()
  expect(failure!.code).not.toBe(0)
  expect(failure!.stdout.trim()).toBe('')
  const message = failure!.stderr.trim()
  expect(message.split('\n'), 'exactly one line of explanation').toHaveLength(1)
  expect(message).toContain(browserEnvVariable)
  expect(message).toContain(missing)
  expect(message).not.toMatch(/^\s+at |Error:/m)
})
