/**
 * The slides as an editable PowerPoint file (pptxgenjs): one slide per slide of the deck, its title in
 * the title placeholder, its kicker and body as text (bullets as bullets, tables as tables, quotations
 * with their attribution), its notes in the notes pane; the map and the charts as pictures with their
 * full text alternative, their figures as a table below them or, when long, on the slide after.
 */
import type { Buffer } from 'node:buffer'
import type { Block, ListItem, Run, TableBlock } from './editable-blocks.ts'
import type { ReadSlide } from './editable-read.ts'
import PptxGenJS from 'pptxgenjs'
import { correctOption, optionLetter, questionsFor, sectionTitles } from '../data/questions.ts'
import { columnWidths } from './editable-blocks.ts'
import { deckFonts, finishPptx } from './editable-fonts.ts'

export interface DeckLook {
  readonly ink: string
  readonly muted: string
  readonly accent: string
  readonly accentSoft: string
  readonly rule: string
  readonly page: string
}

export interface PptxInput {
  readonly title: string
  readonly author: string
  readonly subject: string
  readonly licence: string
  readonly slides: readonly ReadSlide[]
  /** A PNG of each figure, indexed as the slides' figure blocks count them. */
  readonly pictures: readonly Buffer[]
  readonly look: DeckLook
}

/** 16:9, the slide size PowerPoint gives a new deck: 13.333 × 7.5 inches. */
const slideWidth = 13.333
const margin = 0.6
const bodyTop = 1.75
const bodyBottom = 6.85
/** A figure's table of more rows than this goes on the slide after the picture, not below it. */
const tableBesideRows = 8
/** The body's sizes to try, largest first: 24 pt is the floor for a room, the smaller ones for reference slides. */
const bodySizes = [
  24,
  22,
  20,
  18,
  16,
  15,
  14,
  13,
  12,
  11,
  10,
  9,
  8,
]

const hex = (colour: string): string => colour.replace('#', '').toUpperCase()
const textOf = (runs: readonly Run[]): string => runs.map(run => run.br ? '\n' : run.text).join('')

/** Roughly how tall `text` (with its line breaks) sets at `size` points in a box `width` inches wide, in inches. */
function textHeight(text: string, width: number, size: number, spacing = 0.35, em = 0.5): number {
  const perLine = Math.max(8, Math.floor(width * 72 / (size * em)))
  const lines = text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0)
  return (lines * size * 1.2 + size * spacing) / 72
}

/** A self-check as the deck's print view shows it: the question, its lettered options; the answer goes to the notes. */
function selfCheckBlocks(id: string): { blocks: Block[], answers: string[] } {
  const set = questionsFor(id)
  if (set.length === 0)
    throw new Error(`A slide has a self-check "${id}" that data/questions.ts does not know`)
  const blocks: Block[] = []
  const answers: string[] = []
  set.forEach((question, index) => {
    blocks.push({
      kind: 'heading',
      level: 3,
      runs: [
        { text: `Self-check · ${sectionTitles[question.section]}${set.length > 1
          ? ` · question ${index + 1} of ${set.length}`
          : ''}` },
      ],
    })
    blocks.push({
      kind: 'paragraph',
      runs: [
        { text: question.stem, bold: true },
      ],
    })
    blocks.push({
      kind: 'list',
      // The letters as text: an application may run automatic letters on from the question before.
      items: question.options.map((option, position): ListItem => ({
        runs: [
          { text: `${optionLetter(position)}. ${option.text}` },
        ],
        level: 0,
        lines: 0,
        marker: 'none',
      })),
    })
    const right = correctOption(question)!
    answers.push(`Self-check answer${set.length > 1
      ? ` ${index + 1}`
      : ''}: ${optionLetter(question.options.indexOf(right))}. ${right.text} ${right.feedback}`)
  })
  return { blocks, answers }
}

type Segment
  = | { kind: 'text', blocks: Block[] }
    | { kind: 'table', table: TableBlock }
    | { kind: 'figure', figure: number, alt: string, table?: TableBlock }

function segmentsOf(blocks: readonly Block[]): Segment[] {
  const segments: Segment[] = []
  for (const block of blocks) {
    if (block.kind === 'table') {
      segments.push({ kind: 'table', table: block })
    }
    else if (block.kind === 'figure') {
      segments.push({
        kind: 'figure',
        figure: block.figure,
        alt: block.alt,
        table: block.table,
      })
    }
    else {
      const last = segments.at(-1)
      if (last?.kind === 'text') {
        last.blocks.push(block)
      }
      else {
        segments.push({
          kind: 'text',
          blocks: [block],
        })
      }
    }
  }
  return segments
}

function blocksHeight(blocks: readonly Block[], width: number, size: number): number {
  return blocks.reduce((sum, block) => {
    switch (block.kind) {
      case 'heading': return sum + textHeight(textOf(block.runs), width, size)
      case 'paragraph': return sum + textHeight(textOf(block.runs), width, size)
      case 'quote': return sum + textHeight(textOf(block.runs), width - 0.3, size * 1.05) + textHeight(textOf(block.attribution), width, size * 0.8)
      case 'list': return sum + block.items.reduce((items, item) => items + textHeight(textOf(item.runs), width - 0.4 - item.level * 0.4, item.level
        ? size * 0.85
        : size, 0.25), 0)
      default: return sum
    }
  }, 0)
}

function tableHeight(table: TableBlock, width: number, size: number): number {
  const widths = columnWidths(table, width, size, 1 / 72)
  return table.rows.reduce((sum, row) => sum + Math.max(...row.map((cell, index) => textHeight(textOf(cell.runs), (widths[index] ?? width / row.length) - 0.15, size, 0, 0.56))) + 0.1, 0)
}

interface Frame { x: number, y: number, w: number, h: number }

export async function slidesPptx(input: PptxInput): Promise<Buffer> {
  const { look } = input
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.title = input.title
  pptx.author = input.author
  pptx.subject = input.subject
  pptx.theme = { headFontFace: deckFonts.serif, bodyFontFace: deckFonts.sans }
  const master = (name: string, title: { y: number, h: number, fontSize: number }): void => pptx.defineSlideMaster({
    title: name,
    background: {
      color: hex(look.page),
    },
    objects: [
      {
        placeholder: {
          options: {
            name: 'title',
            type: 'title',
            x: margin,
            y: title.y,
            w: slideWidth - 2 * margin,
            h: title.h,
            fontFace: deckFonts.serif,
            fontSize: title.fontSize,
            bold: true,
            color: hex(look.accent),
            align: 'left',
            valign: 'top',
          },
          text: '',
        },
      },
    ],
    slideNumber: {
      x: slideWidth - 1.2,
      y: 7.0,
      w: 0.8,
      h: 0.35,
      fontFace: deckFonts.sans,
      fontSize: 12,
      color: hex(look.muted),
      align: 'right',
    },
  })

  master('DECK', { y: 0.72, h: 0.95, fontSize: 32 })
  // The cover: the lesson's title large, in the upper middle of the slide.
  master('COVER', { y: 2.0, h: 1.3, fontSize: 44 })

  const runProps = (run: Run, base: PptxGenJS.TextPropsOptions): PptxGenJS.TextProps => ({
    text: run.text,
    options: {
      ...base,
      bold: run.bold || base.bold,
      italic: run.italic || base.italic,
      ...run.link
        ? {
            hyperlink: { url: run.link },
          }
        : {},
    },
  })
  /** One paragraph's runs, its line breaks as soft breaks, the last run ending the paragraph. */
  const paragraph = (runs: readonly Run[], first: PptxGenJS.TextPropsOptions): PptxGenJS.TextProps[] => {
    const out: PptxGenJS.TextProps[] = []
    // A bullet on any run but the first would start a new paragraph there.
    const { bullet: _bullet, indentLevel: _indentLevel, ...base } = first
    let softBreak = false
    for (const run of runs) {
      if (run.br) {
        softBreak = true
        continue
      }
      out.push(runProps(run, {
        ...out.length ? base : first,
        ...softBreak
          ? { softBreakBefore: true }
          : {},
      }))
      softBreak = false
    }
    if (out.length === 0)
      out.push({ text: '', options: base })
    out.at(-1)!.options = {
      ...out.at(-1)!.options,
      breakLine: true,
    }
    return out
  }
  const textProps = (blocks: readonly Block[], size: number): PptxGenJS.TextProps[] => blocks.flatMap((block): PptxGenJS.TextProps[] => {
    const spaced = {
      fontSize: size,
      color: hex(look.ink),
      paraSpaceAfter: size * 0.35,
    }
    switch (block.kind) {
      case 'heading':
        return paragraph(block.runs, {
          ...spaced,
          bold: true,
          color: hex(look.accent),
        })
      case 'paragraph':
        return paragraph(block.runs, {
          ...spaced,
          color: hex(block.role === 'muted'
            ? look.muted
            : look.ink),
        })
      case 'quote':
        return [
          ...paragraph(block.runs, {
            ...spaced,
            fontFace: deckFonts.serif,
            fontSize: size * 1.05,
            italic: true,
            color: hex(look.accent),
            paraSpaceAfter: 2,
            indentLevel: 0,
            margin: 0,
          }),
          ...block.attribution.length
            ? paragraph([
                { text: '— ' },
                ...block.attribution,
              ], {
                ...spaced,
                fontSize: Math.round(size * 0.8),
                color: hex(look.muted),
              })
            : [],
        ]
      case 'list':
        return block.items.flatMap(item => paragraph(item.runs, {
          ...spaced,
          fontSize: item.level
            ? Math.round(size * 0.85)
            : size,
          paraSpaceAfter: size * 0.25,
          // pptxgenjs reads the numbering scheme from `style` (its types call it `numberType`).
          bullet: item.marker === 'number' || item.marker === 'letter'
            ? {
                type: 'number',
                style: item.marker === 'letter'
                  ? 'alphaUcPeriod'
                  : 'arabicPeriod',
                indent: size * 1.4,
              }
            : item.marker === 'bullet'
              ? { indent: size * 0.8 }
              : false,
          indentLevel: item.level,
        }))
      default:
        return []
    }
  })
  const addTable = (slide: PptxGenJS.Slide, table: TableBlock, frame: Frame, size: number): void => {
    const rows = table.rows.map((row, index) => row.map((cell): PptxGenJS.TableCell => ({
      text: textOf(cell.runs),
      options: {
        bold: cell.header || index < table.headerRows,
        colspan: cell.colspan > 1
          ? cell.colspan
          : undefined,
        fill: index < table.headerRows
          ? {
              color: hex(look.accentSoft),
            }
          : undefined,
      },
    })))
    slide.addTable(rows, {
      x: frame.x,
      y: frame.y,
      w: frame.w,
      colW: columnWidths(table, frame.w, size, 1 / 72),
      fontFace: deckFonts.sans,
      fontSize: size,
      color: hex(look.ink),
      border: {
        type: 'solid',
        pt: 0.75,
        color: hex(look.rule),
      },
      margin: 0.05,
      valign: 'top',
    })
  }
  /** Stacks the segments in the frame, at the largest body size at which they fit. */
  const addSegments = (slide: PptxGenJS.Slide, segments: readonly Segment[], frame: Frame, largest = 24): void => {
    const heightAt = (size: number): number => segments.reduce((sum, segment) => sum + (segment.kind === 'text'
      ? blocksHeight(segment.blocks, frame.w - 0.2, size) + 0.1
      : segment.kind === 'table'
        ? tableHeight(segment.table, frame.w, size * 0.8) + 0.15
        : 0), 0)
    // A tenth to spare: the estimate is rough, and the face standing in for the deck's may be wider.
    const fitting = bodySizes.find(candidate => candidate <= largest && heightAt(candidate) <= frame.h * 0.9)
    const size = fitting ?? bodySizes.at(-1)!
    let y = frame.y
    for (const [index, segment] of segments.entries()) {
      if (segment.kind === 'text') {
        const h = blocksHeight(segment.blocks, frame.w - 0.2, size) + 0.1
        slide.addText(textProps(segment.blocks, size), {
          x: frame.x,
          y,
          w: frame.w,
          // The last box reaches the frame's foot: it shrinks its text only if it would leave the slide.
          h: index === segments.length - 1
            ? Math.max(h, frame.y + frame.h - y)
            : h,
          valign: 'top',
          fontFace: deckFonts.sans,
          margin: 0.05,
          // Only where even the smallest size may not fit: LibreOffice shrinks any text so marked, even text that fits.
          ...fitting === undefined
            ? { fit: 'shrink' as const }
            : {},
        })
        y += h
      }
      else if (segment.kind === 'table') {
        addTable(slide, segment.table, { ...frame, y }, Math.round(size * 0.8))
        y += tableHeight(segment.table, frame.w, size * 0.8) + 0.15
      }
    }
  }
  const newSlide = (title: string, kicker: string, layout = ''): PptxGenJS.Slide => {
    const slide = pptx.addSlide({
      masterName: layout === 'cover'
        ? 'COVER'
        : 'DECK',
    })
    slide.addText(title, { placeholder: 'title' })
    if (kicker) {
      slide.addText(kicker.toUpperCase(), {
        x: margin,
        y: 0.32,
        w: slideWidth - 2 * margin,
        h: 0.4,
        fontFace: deckFonts.sans,
        fontSize: 14,
        bold: true,
        color: hex(look.accent),
        charSpacing: 1,
        margin: 0,
      })
    }
    return slide
  }

  for (const source of input.slides) {
    const notes = [...source.notes]
    const blocks = source.blocks.flatMap((block) => {
      if (block.kind !== 'self-check')
        return [block]
      const check = selfCheckBlocks(block.id)
      notes.push(...check.answers)
      return check.blocks
    })
    const segments = segmentsOf(blocks)
    const slide = newSlide(source.title, source.kicker, source.layout)
    const body: Frame = source.layout === 'cover'
      ? {
          x: margin,
          y: 3.5,
          w: slideWidth - 2 * margin,
          h: bodyBottom - 3.5,
        }
      : {
          x: margin,
          y: bodyTop,
          w: slideWidth - 2 * margin,
          h: bodyBottom - bodyTop,
        }
    const figure = segments.find(segment => segment.kind === 'figure')
    const tablesAfter: { title: string, table: TableBlock }[] = []
    if (figure?.kind === 'figure') {
      const picture = input.pictures[figure.figure]
      if (!picture)
        throw new Error(`Slide ${source.no} "${source.title}": no picture of its figure ${figure.figure}`)
      const others = segments.filter(segment => segment !== figure)
      // A line or two of text goes above the picture; more, in a column beside it.
      const othersText = others.reduce((sum, segment) => sum + (segment.kind === 'text'
        ? segment.blocks.length * 40 + segment.blocks.map(block => 'runs' in block
          ? textOf(block.runs)
          : '').join('').length
        : 1000), 0)
      const above = others.length > 0 && othersText <= 320
      const aboveHeight = above
        ? blocksHeight(others.flatMap(segment => segment.kind === 'text'
          ? segment.blocks
          : []), body.w - 0.2, 20) + 0.15
        : 0
      const frame: Frame = others.length > 0 && !above
        ? { ...body, w: body.w * 0.62 }
        : { ...body, y: body.y + aboveHeight, h: body.h - aboveHeight }
      if (above)
        addSegments(slide, others, { ...body, h: aboveHeight }, 20)
      // The picture as large as the frame allows; its table below it when it fits there, or on the slide after.
      const { width, height } = pngSize(picture)
      const tableSize = 12
      const tableRoom = figure.table
        ? tableHeight(figure.table, frame.w, tableSize) + 0.2
        : 0
      const below = figure.table !== undefined && figure.table.rows.length <= tableBesideRows && frame.h - tableRoom >= frame.h * 0.5
      const scale = Math.min(frame.w / width, (frame.h - (below ? tableRoom : 0)) / height)
      slide.addImage({
        data: `data:image/png;base64,${picture.toString('base64')}`,
        x: frame.x,
        y: frame.y,
        w: width * scale,
        h: height * scale,
        altText: figure.alt,
      })
      if (below) {
        addSegments(slide, [
          { kind: 'table', table: figure.table! },
        ], { ...frame, y: frame.y + height * scale + 0.2, h: tableRoom }, tableSize / 0.8)
      }
      if (others.length && !above) {
        const left = frame.x + width * scale + 0.3
        addSegments(slide, others, {
          x: left,
          y: body.y,
          w: body.x + body.w - left,
          h: body.h,
        }, 18)
      }
      if (figure.table && !below)
        tablesAfter.push({ title: `${source.title}: the figures`, table: figure.table })
    }
    else {
      addSegments(slide, segments, body)
    }
    if (notes.length)
      slide.addNotes(notes.join('\n\n'))
    for (const after of tablesAfter) {
      const next = newSlide(after.title, source.kicker)
      const caption: Segment = {
        kind: 'text',
        blocks: [
          {
            kind: 'paragraph',
            role: 'muted',
            runs: [
              { text: after.table.caption },
            ],
          },
        ],
      }
      addSegments(next, [caption], { ...body, h: 0.45 }, 14)
      // A long table in two halves side by side, each under its header row.
      const { headerRows, rows, rowHeights } = after.table
      const halves = rows.length > 16
        ? [0, 1].map((half): TableBlock => {
            const bodyRows = rows.length - headerRows
            const from = headerRows + Math.ceil(bodyRows / 2) * half
            const to = half === 0
              ? headerRows + Math.ceil(bodyRows / 2)
              : rows.length
            return {
              ...after.table,
              rows: [
                ...rows.slice(0, headerRows),
                ...rows.slice(from, to),
              ],
              rowHeights: [
                ...rowHeights.slice(0, headerRows),
                ...rowHeights.slice(from, to),
              ],
            }
          })
        : [after.table]
      const gap = 0.3
      const halfWidth = (body.w - gap * (halves.length - 1)) / halves.length
      halves.forEach((table, index) => addSegments(next, [
        { kind: 'table', table },
      ], {
        x: body.x + index * (halfWidth + gap),
        y: body.y + 0.45,
        w: halfWidth,
        h: body.h - 0.45,
      }, 20))
      next.addNotes(`The figures of the picture on slide ${source.no}, as a table to edit.`)
    }
  }
  const written = await pptx.write({ outputType: 'nodebuffer', compression: true })
  return finishPptx(written as Uint8Array, input.licence)
}

/** A PNG's size in pixels, from its header. */
function pngSize(png: Buffer): { width: number, height: number } {
  return {
    width: png.readUInt32BE(16),
    height: png.readUInt32BE(20),
  }
}
