/**
 * What pptxgenjs cannot say in a PPTX, added to its XML: one set of properties per paragraph; each of
 * the deck's faces with its family, so that an application without Source Sans 3 or Source Serif 4 sets
 * the text in a like face (a sans-serif, a serif) rather than its default; and the licence in the file's properties (Comments). A DOCX's font
 * table names the faces too, each with a common face Word takes in its stead (altName).
 */
import { Buffer } from 'node:buffer'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'

/** The deck's faces, by the names their fonts carry (styles/, slides.md's `fonts`). */
export const deckFonts = {
  sans: 'Source Sans 3',
  serif: 'Source Serif 4',
} as const

/**
 * The PANOSE numbers of each face (its OS/2 table's, in the @fontsource files of its regular weight) and its
 * pitch-and-family byte:
 * 34 is a proportional sans-serif ("swiss"), 18 a proportional serif ("roman").
 */
export const fontFallbacks = {
  [deckFonts.sans]: {
    panose: '020B0303030403020204',
    pitchFamily: 34,
    family: 'swiss',
    altName: 'Arial',
  },
  [deckFonts.serif]: {
    panose: '02040603050405020204',
    pitchFamily: 18,
    family: 'roman',
    altName: 'Georgia',
  },
} as const

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** The PPTX with its faces' families and panose numbers, and `licence` as the file's Comments. */
export function finishPptx(pptx: Uint8Array, licence: string): Buffer {
  const files = unzipSync(pptx)
  for (const [name, bytes] of Object.entries(files)) {
    if (!/^ppt\/(?:slides|slideMasters|slideLayouts|theme|notesSlides|notesMasters)\/[^/]+\.xml$/.test(name))
      continue
    // pptxgenjs writes a paragraph's properties before each of its runs; the schema allows one, first.
    let xml = strFromU8(bytes).replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_, inner: string) => `<a:p>${inner.replace(/<a:pPr\b[^>]*\/>|<a:pPr\b[^>]*>[\s\S]*?<\/a:pPr>/g, (properties: string, offset: number) => offset === 0
      ? properties
      : '')}</a:p>`)
    for (const [face, { panose, pitchFamily }] of Object.entries(fontFallbacks)) {
      // <a:latin typeface="Source Serif 4" pitchFamily="34" charset="0"/> and the theme's <a:latin typeface="…"/>.
      xml = xml.replace(new RegExp(`<a:(latin|ea|cs) typeface="${face}"(?: pitchFamily="\\d+")?`, 'g'), (_, script: string) => `<a:${script} typeface="${face}"${script === 'latin'
        ? ` panose="${panose}"`
        : ''} pitchFamily="${pitchFamily}"`)
    }
    files[name] = strToU8(xml)
  }
  const core = 'docProps/core.xml'
  const coreXml = strFromU8(files[core]!)
  if (!coreXml.includes('</dc:title>'))
    throw new Error(`${core} has no dc:title: pptxgenjs changed what it writes`)
  files[core] = strToU8(coreXml.replace('</dc:title>', `</dc:title><dc:description>${escapeXml(licence)}</dc:description>`))
  return Buffer.from(zipSync(files, { level: 6 }))
}

/** The DOCX with the deck's faces in its font table: family, panose, and the face to use in their stead. */
export function finishDocx(docx: Uint8Array): Buffer {
  const files = unzipSync(docx)
  const table = 'word/fontTable.xml'
  const xml = strFromU8(files[table]!)
  const fonts = Object.entries(fontFallbacks).map(([face, font]) => `<w:font w:name="${face}"><w:altName w:val="${font.altName}"/><w:panose1 w:val="${font.panose}"/><w:charset w:val="00"/><w:family w:val="${font.family}"/><w:pitch w:val="variable"/></w:font>`).join('')
  // docx writes an empty table (<w:fonts …/>), or one of the fonts it embeds.
  const filled = /<w:fonts[^>]*\/>/.test(xml)
    ? xml.replace(/<w:fonts([^>]*)\/>/, `<w:fonts$1>${fonts}</w:fonts>`)
    : xml.replace('</w:fonts>', `${fonts}</w:fonts>`)
  if (!filled.includes(fonts))
    throw new Error(`${table}: docx changed how it writes the font table`)
  files[table] = strToU8(filled)
  return Buffer.from(zipSync(files, { level: 6 }))
}
