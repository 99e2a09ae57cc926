/**
 * A Vite plugin that keeps out of the first slide's download what the first slide does not show
 * (issue 12). For the built site only; `slidev` (dev) is left as it is, but for `virtual:deck-notes`.
 * - Vue's runtime alone: Slidev bundles Vue's template compiler too, and every template here is
 *   compiled at build time.
 * - Twoslash's popups (floating-vue) and their styles, unless a slide has a `twoslash` code block;
 *   the slide views' calls to reposition those popups become no-ops, and the drawing tool's and
 *   the settings' menus fetch floating-vue (and its styles) when they first show.
 * - The YAML library that Slidev's client pulls in for one small range parser.
 * - The search library of the "go to slide" dialog, fetched on its first search (setup/fuse.ts).
 * - The speaker notes, moved out of every slide's module into a chunk of their own (setup/notes.ts).
 *
 * Written against @slidev/cli and @slidev/client 53.x: what it takes from their code (the slide info
 * module's shape, which client files import floating-vue, fuse.js and @slidev/parser/core) is held
 * by tests/unit/lean-first-slide.test.ts, which fails when an upgrade moves it.
 */
import type { Plugin } from 'vite'
import { join } from 'node:path'

const notesModule = 'virtual:deck-notes'
const resolvedNotesModule = `\0${notesModule}`
const twoslashStub = '\0lean:twoslash-client'
const poppersStub = '\0lean:poppers'
const lazyPoppers = '\0lean:lazy-poppers'
const emptyCss = '\0lean:empty.css'
/** What the built notes chunk holds until the bundle is written out (then every note, in slide order). */
const notesPlaceholder = '__DECK_NOTES__'
/** Slidev's module for a slide's frontmatter and info, as @slidev/cli names it. */
const slideInfoModule = /__slidev_(\d+)\.frontmatter$/
/** The line of that module that spreads the slide's info, `noteHTML` among it, as one JSON object. */
const slideInfoLine = /^(\s*)\.\.\.\((\{.*\})\),$/m
const twoslashFence = /^\s*(?:`{3}|~{3})[^\n]*\btwoslash\b/m

/** Whether any of these slides' Markdown has a `twoslash` code block, which needs the popups. */
export function usesTwoslash(slidesMarkdown: readonly string[]): boolean {
  return slidesMarkdown.some(markdown => twoslashFence.test(markdown))
}

export function leanFirstSlide(root: string, options: { usesTwoslash: boolean }): Plugin {
  const notesSetup = join(root, 'setup/notes.ts')
  const notes: string[] = []
  const { usesTwoslash } = options
  let build = false

  return {
    name: 'deck:lean-first-slide',
    enforce: 'pre',
    configResolved(config) {
      build = config.command === 'build'
    },
    async resolveId(id, importer) {
      if (id === notesModule)
        return resolvedNotesModule
      if (!build)
        return null
      if (id.endsWith('/vue/dist/vue.esm-bundler.js'))
        return id.replace(/vue\.esm-bundler\.js$/, 'vue.runtime.esm-bundler.js')
      const importerPath = importer?.split('?')[0] ?? ''
      if (!importerPath.includes('/@slidev/client/'))
        return null
      if (!usesTwoslash && id === '@shikijs/vitepress-twoslash/client')
        return twoslashStub
      if (!usesTwoslash && id === '@shikijs/vitepress-twoslash/style.css')
        return emptyCss
      if (!usesTwoslash && id === 'floating-vue' && /\/(?:SlideContainer|SlidesShow|print)\.vue$|\/VSwitch\.ts$/.test(importerPath))
        return poppersStub
      if (!usesTwoslash && id === 'floating-vue' && /\/(?:FormItem|DrawingControls)\.vue$/.test(importerPath))
        return lazyPoppers
      // The client asks it for `parseRangeString` only, which the YAML-free entry has too.
      if (id === '@slidev/parser/core')
        return this.resolve('@slidev/parser/utils', importer, { skipSelf: true })
      if (id === 'fuse.js' && importerPath.endsWith('/internals/Goto.vue'))
        return join(root, 'setup/fuse.ts')
      return null
    },
    load(id) {
      if (id === resolvedNotesModule) {
        return `export default ${build
          ? JSON.stringify(notesPlaceholder)
          : '[]'}`
      }
      if (id === twoslashStub)
        return '// No slide has a twoslash code block: nothing to install.\nexport default { install() {} }'
      if (id === poppersStub)
        return '// Only twoslash puts popups inside slides, and no slide has one.\nexport function recomputeAllPoppers() {}'
      if (id === lazyPoppers) {
        return [
          'import { defineAsyncComponent } from \'vue\'',
          'const loaded = name => defineAsyncComponent(() => Promise.all([import(\'floating-vue\'), import(\'floating-vue/style.css\')]).then(([module]) => module[name]))',
          'export const Dropdown = loaded(\'Dropdown\')',
          'export const Tooltip = loaded(\'Tooltip\')',
        ].join('\n')
      }
      if (id === emptyCss)
        return ''
      return null
    },
    transform(code, id) {
      const slide = build && id.match(slideInfoModule)
      if (!slide)
        return null
      const index = Number(slide[1]) - 1
      const line = code.match(slideInfoLine)
      if (!line)
        throw new Error(`${id}: Slidev's slide module has changed shape; scripts/lean-first-slide.ts cannot move its notes out.`)
      // Slidev's build empties `note` (the notes' Markdown), which the overview counts words in and
      // fades the notes for when empty ("0 words", at 1.6:1): it reads their text from the chunk too.
      const { noteHTML = '', note: _emptied, ...info } = JSON.parse(line[2]!) as { noteHTML?: string, note?: string }
      notes[index] = noteHTML
      const getters = [
        `${line[1]}get noteHTML() { return slideNote(${index}) },`,
        `${line[1]}get note() { return slideNoteText(${index}) },`,
      ].join('\n')
      return {
        code: `import { slideNote, slideNoteText } from ${JSON.stringify(notesSetup)}\n${code.replace(line[0], `${line[1]}...(${JSON.stringify(info)}),\n${getters}`)}`,
        map: null,
      }
    },
    renderChunk(code) {
      const placeholder = new RegExp(`([\`"'])${notesPlaceholder}\\1`)
      if (!placeholder.test(code))
        return null
      return {
        code: code.replace(placeholder, () => JSON.stringify(Array.from(notes, note => note ?? ''))),
        map: null,
      }
    },
  }
}
