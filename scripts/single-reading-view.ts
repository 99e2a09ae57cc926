/**
 * The reading view (read.html, written by scripts/reading-view.ts) as one self-contained file for the
 * teacher's kit (issue 28), to be sent to a student's phone by email or a messaging app and read with
 * no connection: its stylesheet inline with its fonts as data: addresses, its icon a data: address, and
 * its links to the slides pointing at the single-file deck beside it. It needs no script (the one it
 * has registers the service worker, which a file cannot have).
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { externalReferences } from './self-contained.ts'

/** The MIME type of a file the page or its stylesheet names, by its extension. */
const mimeTypes: Record<string, string> = {
  woff2: 'font/woff2',
  woff: 'font/woff',
  svg: 'image/svg+xml',
}

async function dataAddress(path: string): Promise<string> {
  const type = mimeTypes[path.split('.').pop() ?? '']
  if (!type)
    throw new Error(`read.html names ${path}, which the single file cannot hold (no known type)`)
  return `data:${type};base64,${(await readFile(path)).toString('base64')}`
}

/** Replaces each match of `pattern` with what `replace` resolves to, in order. */
async function replaceAsync(text: string, pattern: RegExp, replace: (...groups: string[]) => Promise<string>): Promise<string> {
  const parts: string[] = []
  let last = 0
  for (const match of text.matchAll(pattern)) {
    parts.push(text.slice(last, match.index), await replace(...match))
    last = match.index + match[0].length
  }
  return parts.join('') + text.slice(last)
}

/** `</style` inside inlined CSS would end its element early. */
function safeInside(text: string): string {
  return text.replace(/<\/(style)/gi, '<\\/$1')
}

/**
 * read.html of the built site in `siteDir`, made self-contained; its links to `index.html` (the
 * hosted deck) lead to `deckFile` instead.
 */
export async function singleReadingView(siteDir: string, deckFile: string): Promise<string> {
  const html = await readFile(join(siteDir, 'read.html'), 'utf8')
  const withStyle = await replaceAsync(html, /<link rel="stylesheet" href="([^"]+)">/g, async (_, href) => {
    const cssPath = join(siteDir, href!)
    const css = await readFile(cssPath, 'utf8')
    const inlined = await replaceAsync(css, /url\("?([^")]+\.(?:woff2?|svg))"?\)/g, async (__, url) =>
      `url(${await dataAddress(join(cssPath, '..', url!))})`)
    return `<style>${safeInside(inlined)}</style>`
  })
  const withIcon = await replaceAsync(withStyle, /<link rel="icon" href="([^"]+)">/g, async (_, href) =>
    `<link rel="icon" href="${await dataAddress(join(siteDir, href!))}">`)
  const left = externalReferences(withIcon)
  if (left.length > 0)
    throw new Error(`The single-file read.html still links to files beside it: ${left.join(', ')} (has scripts/reading-view.ts changed how it links them?)`)
  // The page's body is minified: an address needs no quotes there.
  return withIcon.replace(/href=("?)index\.html(#[^"\s>]*)?\1(?=[\s>])/g, (_, _quote: string, hash: string | undefined) => `href="${deckFile}${hash ?? ''}"`)
}
