import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { usesTwoslash } from '../../scripts/lean-first-slide'

describe('usesTwoslash', () => {
  it('finds a twoslash code block on any slide, fenced with backticks or tildes', () => {
    expect(usesTwoslash(['# Plain', '```ts twoslash\nconst a = 1\n```'])).toBe(true)
    expect(usesTwoslash(['~~~ts {1} twoslash\nconst a = 1\n~~~'])).toBe(true)
  })

  it('finds none in slides whose code blocks are ordinary, or that only mention the word', () => {
    expect(usesTwoslash(['```ts\nconst a = 1\n```', 'Twoslash is not used here.'])).toBe(false)
    expect(usesTwoslash([])).toBe(false)
  })
})

/**
 * What scripts/lean-first-slide.ts takes from Slidev's own code (@slidev/cli and @slidev/client 53):
 * if an upgrade moves one of these, the first slide's savings would quietly go, or the build break.
 */
describe('the Slidev internals lean-first-slide.ts is written against', () => {
  const modules = resolve(import.meta.dirname, '../../node_modules')
  const clientSource = (file: string): string => readFileSync(resolve(modules, '@slidev/client', file), 'utf8')
  const clientFiles = readdirSync(resolve(modules, '@slidev/client'), { recursive: true, encoding: 'utf8' })
    .filter(file => /\.(?:ts|vue)$/.test(file) && !file.includes('node_modules'))

  it('is @slidev/cli and @slidev/client 53', () => {
    for (const name of ['@slidev/cli', '@slidev/client']) {
      const { version } = JSON.parse(readFileSync(resolve(modules, name, 'package.json'), 'utf8')) as { version: string }
      expect(version, name).toMatch(/^53\./)
    }
  })

  it('slidev builds each slide\'s info as a module `…__slidev_N.frontmatter` spreading one JSON object', () => {
    const cli = readdirSync(resolve(modules, '@slidev/cli/dist')).filter(file => file.endsWith('.mjs')).map(file => readFileSync(resolve(modules, '@slidev/cli/dist', file), 'utf8')).join('\n')
    // Slidev's own source text, template literals included.
    // eslint-disable-next-line no-template-curly-in-string
    expect(cli).toContain('__slidev_${i + 1}.${type}')
    // eslint-disable-next-line no-template-curly-in-string
    expect(cli).toContain('`    ...(${JSON.stringify(slideBase)}),`')
  })

  it('only the six files the plugin knows import floating-vue', () => {
    expect(clientFiles.filter(file => /from ['"]floating-vue['"]/.test(clientSource(file))).sort()).toEqual([
      'builtin/VSwitch.ts',
      'internals/DrawingControls.vue',
      'internals/FormItem.vue',
      'internals/SlideContainer.vue',
      'internals/SlidesShow.vue',
      'pages/print.vue',
    ])
  })

  it('the client asks @slidev/parser/core for parseRangeString alone, and the go-to dialog imports fuse.js', () => {
    expect(clientFiles.flatMap(file => [
      ...clientSource(file).matchAll(/import \{([^}]*)\} from '@slidev\/parser\/core'/g),
    ].map(match => match[1]!.trim()))).toEqual(['parseRangeString'])
    expect(clientSource('internals/Goto.vue')).toMatch(/from 'fuse\.js'/)
  })
})
