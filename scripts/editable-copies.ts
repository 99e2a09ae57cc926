/**
 * `node scripts/editable-copies.ts [--dir dist]` (run by `npm run build`): the lesson as files a teacher
 * edits in the tools they use. `<base>.pptx`, every slide of the deck with its notes, and
 * `<base>-<slug>.docx`, each material of data/materials.ts, read from the built site (the deck's
 * overview, its print view and the handouts' pages) so they say what the deck and the PDFs say.
 * `editableCopyFiles` names them without writing them (for the teacher's kit).
 */
import type { ReadPage } from './editable-blocks.ts'
import type { DeckLook } from './editable-pptx.ts'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { materials } from '../data/materials.ts'
import { launchFlags } from './browser.ts'
import { readDeck } from './deck-source.ts'
import { handoutDocx } from './editable-docx.ts'
import { finishDocx } from './editable-fonts.ts'
import { slidesPptx } from './editable-pptx.ts'
import { figurePictures, readHandouts, readSlides } from './editable-read.ts'
import { deckFacts } from './export-pdfs.ts'
import { serveDist } from './serve-dist.ts'
import { browserOrExit } from './slidev.ts'

/** The files `writeEditableCopies` writes, in order: the slides, then each material of data/materials.ts. */
export function editableCopyFiles(baseName: string): string[] {
  return [
    `${baseName}.pptx`,
    ...materials.map(material => `${baseName}-${material.slug}.docx`),
  ]
}

export interface EditableOptions {
  /** The built site (`slidev build` output). */
  readonly site: string
  readonly outDir: string
  readonly browserPath: string
  readonly root?: string
}

/** The licence as the handouts state it at their foot (HandoutPage.vue, from data/credits.ts). */
function licenceOf(handout: ReadPage): string {
  const footer = handout.blocks.find(block => block.kind === 'paragraph' && block.role === 'footer')
  if (footer?.kind !== 'paragraph')
    throw new Error('A handout has no licence at its foot (components/handouts/HandoutPage.vue)')
  return footer.runs.map(run => run.text).join('').replace(/\s*See the credits page\.$/, '')
}

/** Writes the PPTX and the DOCX files into `outDir`; resolves with their file names, as `editableCopyFiles` gives them. */
export async function writeEditableCopies(options: EditableOptions): Promise<string[]> {
  const deck = await deckFacts(options.root)
  const { slides } = await readDeck(options.root)
  const files = editableCopyFiles(deck.pdfBaseName)
  await mkdir(options.outDir, { recursive: true })
  const site = await serveDist(options.site)
  const browser = await chromium.launch({
    executablePath: options.browserPath,
    args: launchFlags(),
  })
  try {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 800 },
      colorScheme: 'light',
      reducedMotion: 'reduce',
      serviceWorkers: 'block',
    })
    const errors: string[] = []
    page.on('pageerror', error => errors.push(error.message))
    const read = await readSlides(page, site.url, slides)
    if (errors.length)
      throw new Error(`The deck's overview had page errors: ${errors.join('; ')}`)
    // The deck's own colours (styles/deck.css), as the light page sets them.
    const look = await page.evaluate(() => {
      const style = getComputedStyle(document.documentElement)
      // The built CSS may shorten #ffffff to #fff.
      const value = (name: string): string => style.getPropertyValue(`--deck-${name}`).trim().replace(/^#([0-9a-f])([0-9a-f])([0-9a-f])$/i, '#$1$1$2$2$3$3')
      return {
        ink: value('ink'),
        muted: value('muted'),
        accent: value('accent'),
        accentSoft: value('accent-soft'),
        rule: value('rule'),
        page: value('page'),
      } satisfies DeckLook
    })
    for (const [name, colour] of Object.entries(look)) {
      if (!/^#[0-9a-f]{6}$/i.test(colour))
        throw new Error(`The deck's colour --deck-${name} is "${colour}", not #rrggbb: styles/deck.css changed`)
    }
    await page.close()
    const pictures = await figurePictures(browser, site.url, { width: deck.canvasWidth, height: deck.canvasHeight })
    const handouts = await readHandouts(browser, site.url)
    const licenceLine = licenceOf(handouts.get(materials[0]!.slug)!)

    const pptx = await slidesPptx({
      title: deck.title,
      author: deck.author,
      subject: 'The lesson\'s slides, with their speaker notes, to edit.',
      licence: licenceLine,
      slides: read,
      pictures,
      look,
    })
    await writeFile(join(options.outDir, files[0]!), pptx)
    for (const [index, material] of materials.entries()) {
      const handout = handouts.get(material.slug)!
      const docx = await handoutDocx({
        page: handout,
        title: `${deck.title}: ${material.title}`,
        author: deck.author,
        subject: material.description,
        licence: licenceLine,
        colours: look,
      })
      await writeFile(join(options.outDir, files[index + 1]!), finishDocx(docx))
    }
  }
  finally {
    await browser.close()
    await site.close()
  }
  return files
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
    },
  })
  const started = performance.now()
  const files = await writeEditableCopies({
    site: values.dir,
    outDir: values.dir,
    browserPath: browserOrExit(),
  })
  console.log(`Wrote ${files.join(', ')} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  process.exit(0)
}
