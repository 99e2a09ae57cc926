// Opt-in (`npm run test:stress`, run by .ci/run): exports the whole set twice more, which takes a while.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { findBrowser, machineBrowserLookup } from '../../scripts/browser'
import { exportPdfs } from '../../scripts/export-pdfs'
import { loadDeck } from '../support/deck'
import { pdfPageTexts } from '../support/pdf'
import { expect, test } from './support'

const root = resolve(import.meta.dirname, '../..')

test('two exports in a row give the same PDFs with the same text, page by page', async () => {
  test.slow()
  const deck = await loadDeck()
  const work = await mkdtemp(join(tmpdir(), 'sco-export-stress-'))
  try {
    const exportInto = (dir: string) => exportPdfs({
      site: join(root, 'dist'),
      outDir: join(work, dir),
      browserPath: findBrowser(machineBrowserLookup()),
      root,
    })
    const first = await exportInto('first')
    const second = await exportInto('second')
    expect(second.map(pdf => pdf.document.file)).toEqual(first.map(pdf => pdf.document.file))
    for (const [index, pdf] of first.entries()) {
      const texts = await pdfPageTexts(pdf.path)
      if (index === 0)
        expect(texts, 'the slides PDF').toHaveLength(deck.length)
      const again = await pdfPageTexts(second[index]!.path)
      expect(again, pdf.document.file).toEqual(texts)
    }
  }
  finally {
    await rm(work, { recursive: true, force: true })
  }
})
