/**
 * The whole deck as one self-contained HTML file, for the teacher's kit (issue 28): opened from a
 * folder, a USB stick or an email (`file://`), where a browser refuses every module script,
 * stylesheet and font the hosted site fetches. The deck is built a second time, as `slidev build`
 * builds it (Slidev's own Vite plugins, with the project's vite.config.ts), but with its service
 * worker left out (`pwa` off: a file has none) and `vite-plugin-singlefile` inlining every chunk,
 * stylesheet, font and icon into index.html. What the plugin cannot inline (the favicon from public/)
 * is put in as a data: address here, the fonts' preloads dropped,, and the file is refused if it still names any other file.
 */
import type { InlineConfig, Plugin } from 'vite'
import { Buffer } from 'node:buffer'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { resolveOptions, ViteSlidevPlugin } from '@slidev/cli'
import { build, loadConfigFromFile, mergeConfig } from 'vite'
import { viteSingleFile } from 'vite-plugin-singlefile'
import { externalReferences } from './self-contained.ts'

const root = resolve(import.meta.dirname, '..')

/** Slidev's build serves its generated index.html under the project's path (as `slidev build` does). */
function slidevIndexHtml(indexHtmlId: string, html: string): Plugin {
  return {
    name: 'deck:single-file-index',
    enforce: 'pre',
    resolveId: id => id === indexHtmlId
      ? id
      : null,
    load: id => id === indexHtmlId
      ? html
      : null,
  }
}

/** Slidev names and groups its chunks; one file has one chunk, and Rolldown refuses groups without splitting. */
function oneChunk(): Plugin {
  return {
    name: 'deck:one-chunk',
    enforce: 'post',
    outputOptions(output) {
      const { manualChunks: _groups, chunkFileNames: _names, ...rest } = output as typeof output & { manualChunks?: unknown }
      return rest
    },
  }
}

/**
 * The hosted site preloads the first slide's fonts; here they are inside the stylesheet (a font the
 * page links to would be written beside it as a file, not inlined).
 */
function withoutFontPreloads(html: string): string {
  return html.replace(/\s*<link rel="preload" as="font"[^>]*>/g, '')
}

/** The favicon (from public/) as a data: address. */
async function selfContained(html: string, dir: string): Promise<string> {
  let result = html
  for (const match of html.matchAll(/<link\s(?:[^>]*\s)?href="(\.?\/?[\w-]+\.svg)"[^>]*>/g)) {
    const svg = await readFile(join(dir, match[1]!.replace(/^\.?\//, '')))
    result = result.replace(match[0], match[0].replace(match[1]!, `data:image/svg+xml;base64,${svg.toString('base64')}`))
  }
  return result
}

/** Builds the single-file deck and writes it to `target`; returns its size in bytes. */
export async function writeSingleFileDeck(target: string): Promise<number> {
  const options = await resolveOptions({
    entry: join(root, 'slides.md'),
    base: './',
  }, 'build')
  // A page opened from a file has no service worker: Slidev's `pwa: build` is for the hosted site.
  options.data.config.pwa = false
  const outDir = await mkdtemp(join(tmpdir(), 'sco-deck-single-'))
  try {
    const indexHtmlId = resolve(options.userRoot, 'index.html')
    const loaded = await loadConfigFromFile({ mode: 'production', command: 'build' }, join(root, 'vite.config.ts'))
    const own = (loaded?.config ?? {}) as InlineConfig & { slidev?: Parameters<typeof ViteSlidevPlugin>[1] }
    const config = mergeConfig(own, {
      configFile: false,
      root: options.userRoot,
      base: './',
      logLevel: 'warn',
      define: { __VUE_PROD_DEVTOOLS__: false },
      build: {
        outDir,
        emptyOutDir: true,
        rollupOptions: {
          input: { index: indexHtmlId },
          // Rolldown's report of slow plugins: this second build is not the one to tune.
          checks: { pluginTimings: false },
        },
      },
      plugins: [
        slidevIndexHtml(indexHtmlId, withoutFontPreloads(options.utils.indexHtml)),
        ...await ViteSlidevPlugin(options, own.slidev),
        viteSingleFile({ removeViteModuleLoader: true }),
        oneChunk(),
      ],
    } satisfies InlineConfig)
    await build(config)
    const html = await selfContained(await readFile(join(outDir, 'index.html'), 'utf8'), outDir)
    const left = externalReferences(html)
    if (left.length > 0)
      throw new Error(`The single-file deck still links to files beside it: ${left.join(', ')}`)
    await writeFile(target, html)
    return Buffer.byteLength(html)
  }
  finally {
    await rm(outDir, { recursive: true, force: true })
  }
}
