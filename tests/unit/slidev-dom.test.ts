import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { slidevDom } from '../support/slidev-dom'

/**
 * tests/support/slidev-dom.ts names Slidev's DOM as @slidev/client 53 renders it. Each name must still
 * be in the client's source, in the file that renders it: a Slidev upgrade that renames one fails
 * here, naming the entry to fix, before a browser test times out looking for it.
 */
const client = resolve(import.meta.dirname, '../../node_modules/@slidev/client')

const renderedIn: Record<keyof typeof slidevDom, { file: string, says: string }> = {
  page: { file: 'utils.ts', says: '\'slidev-page\'' },
  slideNoAttribute: { file: 'internals/SlideWrapper.vue', says: 'data-slidev-no' },
  canvas: { file: 'internals/SlideContainer.vue', says: '\'slide-content\'' },
  layout: { file: 'layouts/default.vue', says: 'slidev-layout' },
  slideLoading: { file: 'internals/SlideLoading.vue', says: 'slidev-slide-loading' },
  clickHidden: { file: 'constants.ts', says: '\'slidev-vclick-hidden\'' },
  clickClassPrefix: { file: 'constants.ts', says: '\'slidev-vclick-target\'' },
  drawingLayer: { file: 'internals/DrawingLayer.vue', says: '\'pointer-events-none\': !drawingEnabled' },
  presenterNote: { file: 'internals/NoteDisplay.vue', says: 'slidev-note' },
  pwaIndicator: { file: 'internals/PwaIndicator.vue', says: 'slidev-pwa-indicator' },
  printSlide: { file: 'internals/PrintSlideClick.vue', says: 'print-slide-container' },
  nextButton: { file: 'internals/NavControls.vue', says: 'title="Go to next slide"' },
  disabledButton: { file: 'internals/IconButton.vue', says: 'disabled' },
}

describe('slidev\'s DOM as the browser tests name it (tests/support/slidev-dom.ts)', () => {
  it('is written against @slidev/client 53', () => {
    const { version } = JSON.parse(readFileSync(resolve(client, 'package.json'), 'utf8')) as { version: string }
    expect(version).toMatch(/^53\./)
  })

  for (const [name, { file, says }] of Object.entries(renderedIn)) {
    it(`${name}: ${file} still renders ${says}`, () => {
      expect(readFileSync(resolve(client, file), 'utf8'), `slidevDom.${name} (${slidevDom[name as keyof typeof slidevDom]})`).toContain(says)
    })
  }
})
