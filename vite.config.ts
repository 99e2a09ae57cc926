import process from 'node:process'
import { defineConfig } from 'vite'
import { deckDate } from './scripts/deck-date.ts'
import { deckMarkdownOptions } from './scripts/deck-markdown.ts'
import { deckPlans, deckSlides, partHeadings, slideAliases } from './scripts/deck-parts.ts'
import { leanFirstSlide, usesTwoslash } from './scripts/lean-first-slide.ts'
import { learningResourceHead } from './scripts/learning-resource.ts'
import { lessonPlan } from './scripts/teaching-guide.ts'

export default defineConfig(async () => {
  const slides = await deckSlides(process.cwd())
  return {
    slidev: {
      // Curly quotation marks in the slides' prose (scripts/deck-markdown.ts).
      markdown: { markdownOptions: deckMarkdownOptions },
    },
    define: {
      // For the printed handouts and outline (types/build-constants.d.ts), as literals in the bundle.
      __DECK_DATE__: JSON.stringify(deckDate()),
      __DECK_PARTS__: JSON.stringify(partHeadings(slideAliases(slides), deckPlans)),
    },
    plugins: [
      leanFirstSlide(process.cwd(), {
        usesTwoslash: usesTwoslash(slides.map(slide => slide.content)),
      }),
      lessonPlan(process.cwd()),
      learningResourceHead(process.cwd()),
    ],
    optimizeDeps: {
      // Pre-bundled at start, so the first visit to the map or a chart does not make Vite reload the page mid-export.
      include: [
        'd3-geo',
        'topojson-client',
        'd3-scale',
        'd3-time',
      ],
    },
  }
})
