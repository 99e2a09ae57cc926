import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { briefCitation, fullCitation, sources } from '../../data/sources'

/** Every module in data/ but the source list itself. */
const dataModules = Object.entries(import.meta.glob<Record<string, unknown>>(['../../data/*.ts', '!../../data/sources.ts'], { eager: true }))

/** Keys under which data/ names a source. */
const sourceKeys = new Set(['source', 'sources', 'citing'])

interface Citation { module: string, path: string, value: unknown }

/** Every value found under a source key, anywhere in the exported data, with where it was found. */
function citations(): Citation[] {
  const found: Citation[] = []
  const seen = new Set<unknown>()
  function walk(value: unknown, module: string, path: string): void {
    if (value === null || typeof value !== 'object' || seen.has(value))
      return
    seen.add(value)
    for (const [key, child] of Object.entries(value)) {
      if (sourceKeys.has(key)) {
        for (const cited of Array.isArray(child)
          ? child
          : [child])
          found.push({ module, path: `${path}.${key}`, value: cited })
      }
      else {
        walk(child, module, `${path}.${key}`)
      }
    }
  }
  for (const [module, exports] of dataModules)
    walk(exports, module, 'exports')
  return found
}

const cited = citations()

/** Sources the slides cite directly, with `<Cite src="…" />` or in their source line, `<SourceLine src="…, …" />`. */
function citedOnSlides(): Set<string> {
  const root = resolve(__dirname, '../..')
  const files = [
    resolve(root, 'slides.md'),
    ...readdirSync(resolve(root, 'pages')).filter(name => name.endsWith('.md')).map(name => resolve(root, 'pages', name)),
  ]
  const ids = files.flatMap(file => [
    ...readFileSync(file, 'utf8').matchAll(/<(?:Cite|SourceLine)\s[^>]*src="([^"]+)"/g),
  ].flatMap(match => match[1]!.split(/\s*,\s*/)))
  return new Set(ids)
}

describe('the sources data/ cites', () => {
  it('finds the data modules and their citations', () => {
    expect(dataModules.length).toBeGreaterThan(1)
    expect(cited.length).toBeGreaterThan(0)
  })

  it('cites only sources that data/sources.ts lists', () => {
    const unknown = cited
      .filter(citation => typeof citation.value !== 'string' || !Object.hasOwn(sources, citation.value))
      .map(citation => `${citation.module} ${citation.path}: ${String(citation.value)}`)
    expect(unknown).toEqual([])
  })

  it('leaves no source in data/sources.ts uncited by data/ or a slide', () => {
    const used = new Set([
      ...cited.map(citation => citation.value),
      ...citedOnSlides(),
    ])
    const unused = Object.keys(sources).filter(id => !used.has(id))
    expect(unused, `cited nowhere: ${unused.join(', ')}`).toEqual([])
  })

  it('has slides cite only sources that data/sources.ts lists', () => {
    const unknown = [
      ...citedOnSlides(),
    ].filter(id => !Object.hasOwn(sources, id))
    expect(unknown).toEqual([])
  })

  it('gives every source a title, an author and a date', () => {
    for (const [id, source] of Object.entries(sources)) {
      expect(source.title.trim(), id).not.toBe('')
      expect(source.author.trim(), id).not.toBe('')
      expect(source.date, id).toMatch(/\b(19|20)\d\d\b|^n\.d\.$/)
    }
  })
})

describe('how the lesson cites a source', () => {
  it('in brief on a slide: author and date', () => {
    expect(briefCitation('boland')).toBe('Julie Boland, 10 June 2011')
  })

  it('in full in a list or a chart: author, title (or our description in brackets) and date, if the source gives one', () => {
    expect(fullCitation('boland')).toBe('Julie Boland, “Engaging the Anti-NATO” (10 June 2011)')
    expect(fullCitation('chinaOrgFounding')).toBe('china.org.cn, [Feature on the SCO and the Shanghai Five]')
  })
})
