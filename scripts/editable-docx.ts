/**
 * A handout as an editable Word file (docx): its headings as Word's headings, its tables with their
 * header rows (repeated on each page), its lists as lists, ruled lines to write on where the printed
 * sheet has them, the lesson's name and the audience in the page header, "page x of y" and the licence
 * at the foot. The blocks come from the handout's own page (scripts/editable-read.ts), so the file says
 * what its PDF says.
 */
import type { FileChild, IParagraphOptions, ParagraphChild } from 'docx'
import type { Block, ReadPage, Run, TableBlock } from './editable-blocks.ts'
import { Buffer } from 'node:buffer'
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  HeightRule,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx'
import { columnWidths } from './editable-blocks.ts'
import { deckFonts } from './editable-fonts.ts'

export interface DocxInput {
  readonly page: ReadPage
  readonly title: string
  readonly author: string
  readonly subject: string
  readonly licence: string
  readonly colours: { readonly ink: string, readonly muted: string, readonly accent: string, readonly accentSoft: string, readonly rule: string }
}

/** A4 with 20 mm margins: the text is 170 mm wide. In twentieths of a point (twips): 1 mm = 56.7. */
const twipsPerMm = 1440 / 25.4
const textWidth = Math.round(170 * twipsPerMm)
/** A ruled line to write on: 9 mm, as on the printed sheets. */
const ruleHeight = Math.round(9 * twipsPerMm)
const headings = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
] as const

const hex = (colour: string): string => colour.replace('#', '').toUpperCase()

export async function handoutDocx(input: DocxInput): Promise<Buffer> {
  const { colours } = input
  const runs = (list: readonly Run[], extra: { bold?: boolean, italics?: boolean, color?: string, size?: number } = {}): ParagraphChild[] => list.map((run) => {
    const text = new TextRun({
      text: run.text,
      break: run.br ? 1 : undefined,
      bold: run.bold || extra.bold,
      italics: run.italic || extra.italics,
      color: extra.color,
      size: extra.size,
    })
    return run.link
      ? new ExternalHyperlink({
          link: run.link,
          children: [
            new TextRun({
              text: run.text,
              style: 'Hyperlink',
              bold: run.bold,
              italics: run.italic,
            }),
          ],
        })
      : text
  })
  /**
   * Lines to write on, 9 mm apart: each a paragraph of exactly that height whose tab runs an underscore
   * leader to the margin. A no-break space before the tab: LibreOffice sets a paragraph of nothing but a
   * tab at the height of a line of text, whatever height it is given.
   */
  const ruled = (lines: number, indent = 0): Paragraph[] => Array.from({ length: lines }, () => new Paragraph({
    children: [
      new TextRun({
        children: [
          '\u00A0',
          new Tab(),
        ],
        color: hex(colours.rule),
      }),
    ],
    tabStops: [
      { type: TabStopType.RIGHT, position: textWidth - indent, leader: 'underscore' },
    ],
    indent: { left: indent },
    spacing: { line: ruleHeight, lineRule: LineRuleType.EXACT, after: 0 },
  }))
  let lists = 0
  const table = (block: TableBlock): Table => {
    // In twips: 20 a point.
    const widths = columnWidths(block, textWidth, 10, 20).map(Math.round)
    const border = {
      style: BorderStyle.SINGLE,
      size: 6,
      color: hex(colours.rule),
    }
    return new Table({
      width: { size: textWidth, type: WidthType.DXA },
      columnWidths: widths,
      borders: {
        top: border,
        bottom: border,
        left: border,
        right: border,
        insideHorizontal: border,
        insideVertical: border,
      },
      rows: block.rows.map((row, index) => {
        const header = index < block.headerRows
        const empty = row.every(cell => cell.header || cell.runs.length === 0)
        let column = 0
        return new TableRow({
          tableHeader: header,
          cantSplit: true,
          // An empty row is room to write: as tall as on the printed sheet.
          height: empty && !header
            ? {
                value: Math.round((block.rowHeights[index] ?? 9) * twipsPerMm),
                rule: HeightRule.ATLEAST,
              }
            : undefined,
          children: row.map((cell) => {
            const width = widths.slice(column, column + cell.colspan).reduce((sum, value) => sum + value, 0)
            column += cell.colspan
            return new TableCell({
              width: { size: width, type: WidthType.DXA },
              columnSpan: cell.colspan > 1
                ? cell.colspan
                : undefined,
              shading: cell.header
                ? {
                    type: ShadingType.CLEAR,
                    fill: hex(colours.accentSoft),
                    color: 'auto',
                  }
                : undefined,
              margins: {
                top: 40,
                bottom: 40,
                left: 80,
                right: 80,
              },
              children: [
                new Paragraph({
                  children: runs(cell.runs, { bold: cell.header || header, size: 20 }),
                  spacing: { after: 0 },
                }),
              ],
            })
          }),
        })
      }),
    })
  }
  const body = (block: Block): FileChild[] => {
    switch (block.kind) {
      case 'heading':
        return [
          new Paragraph({
            heading: headings[Math.min(block.level, 4) - 1],
            pageBreakBefore: block.pageBreak,
            children: runs(block.runs),
          }),
        ]
      case 'paragraph': {
        const options: Partial<IParagraphOptions> = block.role === 'muted'
          ? { style: 'Muted' }
          : block.role === 'footer'
            ? { style: 'Licence' }
            : {}
        return [
          new Paragraph({
            ...options,
            children: runs(block.runs),
          }),
        ]
      }
      case 'quote':
        return [
          new Paragraph({
            style: 'Quotation',
            children: runs(block.runs),
          }),
          ...block.attribution.length
            ? [
                new Paragraph({
                  style: 'Muted',
                  indent: { left: 567 },
                  children: runs([
                    { text: '— ' },
                    ...block.attribution,
                  ]),
                }),
              ]
            : [],
        ]
      case 'list': {
        const instance = ++lists
        return block.items.flatMap(item => [
          new Paragraph({
            children: runs(item.runs),
            ...item.marker === 'number' || item.marker === 'letter'
              ? {
                  numbering: {
                    reference: item.marker === 'letter'
                      ? 'lettered'
                      : 'ordered',
                    level: item.level,
                    instance,
                  },
                }
              : item.marker === 'bullet'
                ? {
                    bullet: { level: item.level },
                  }
                : {
                    indent: { left: 360 * item.level },
                  },
            spacing: { after: 60 },
          }),
          ...ruled(item.lines, 360 * (item.level + 1)),
        ])
      }
      case 'table':
        return [
          table(block),
          new Paragraph({
            spacing: { after: 0 },
            children: [],
          }),
        ]
      case 'ruled':
        return ruled(block.lines)
      case 'name-line':
        return [
          new Paragraph({
            children: [
              new TextRun({ text: 'Name ', bold: true }),
              new TextRun({
                children: [
                  new Tab(),
                ],
              }),
              new TextRun({ text: '  Class ', bold: true }),
              new TextRun({
                children: [
                  new Tab(),
                ],
              }),
            ],
            tabStops: [
              {
                type: TabStopType.LEFT,
                position: Math.round(textWidth * 0.68),
                leader: 'underscore',
              },
              { type: TabStopType.RIGHT, position: textWidth, leader: 'underscore' },
            ],
            spacing: { before: 120, after: 240 },
          }),
        ]
      case 'figure':
        return [
          new Paragraph({
            style: 'Muted',
            children: [
              new TextRun(block.alt),
            ],
          }),
          ...block.table
            ? [
                table(block.table),
              ]
            : [],
        ]
      case 'self-check':
        return []
    }
  }
  const { page } = input
  const header = page.blocks.filter(block => block.kind === 'paragraph' && block.role === 'header')
  const content = page.blocks.filter(block => !(block.kind === 'paragraph' && block.role === 'header'))
  const headerText = header.map(block => block.kind === 'paragraph'
    ? block.runs.map(run => run.text).join('')
    : '').join(' · ')
  const document = new Document({
    title: input.title,
    creator: input.author,
    subject: input.subject,
    description: input.licence,
    lastModifiedBy: input.author,
    customProperties: [
      { name: 'License', value: input.licence },
    ],
    styles: {
      default: {
        document: {
          run: {
            font: deckFonts.sans,
            size: 22,
            color: hex(colours.ink),
          },
          paragraph: {
            spacing: { after: 100, line: 276 },
          },
        },
        heading1: {
          run: {
            font: deckFonts.serif,
            size: 40,
            bold: true,
            color: hex(colours.accent),
          },
          paragraph: {
            spacing: {
              before: 120,
              after: 160,
              line: 240,
              lineRule: LineRuleType.AUTO,
            },
          },
        },
        heading2: {
          run: {
            font: deckFonts.serif,
            size: 28,
            bold: true,
            color: hex(colours.accent),
          },
          paragraph: {
            spacing: { before: 280, after: 80 },
            keepNext: true,
          },
        },
        heading3: {
          run: {
            font: deckFonts.serif,
            size: 23,
            bold: true,
            color: hex(colours.accent),
          },
          paragraph: {
            spacing: { before: 160, after: 40 },
            keepNext: true,
          },
        },
        hyperlink: {
          run: {
            color: hex(colours.accent),
            underline: {},
          },
        },
      },
      paragraphStyles: [
        {
          id: 'Muted',
          name: 'Muted',
          basedOn: 'Normal',
          quickFormat: true,
          run: {
            color: hex(colours.muted),
          },
        },
        {
          id: 'Licence',
          name: 'Licence',
          basedOn: 'Normal',
          run: {
            size: 17,
            color: hex(colours.muted),
          },
          paragraph: {
            spacing: { before: 280 },
            border: {
              top: {
                style: BorderStyle.SINGLE,
                size: 4,
                color: hex(colours.rule),
                space: 4,
              },
            },
          },
        },
        {
          id: 'Quotation',
          name: 'Quotation',
          basedOn: 'Normal',
          run: { font: deckFonts.serif, italics: true },
          paragraph: {
            indent: { left: 567 },
          },
        },
      ],
    },
    numbering: {
      config: (['ordered', 'lettered'] as const).map(reference => ({
        reference,
        levels: [0, 1, 2].map(level => ({
          level,
          format: reference === 'lettered'
            ? LevelFormat.UPPER_LETTER
            : LevelFormat.DECIMAL,
          text: `%${level + 1}.`,
          alignment: AlignmentType.LEFT,
          style: {
            paragraph: {
              indent: { left: 360 * (level + 1), hanging: 360 },
            },
          },
        })),
      })),
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: Math.round(210 * twipsPerMm),
              height: Math.round(297 * twipsPerMm),
            },
            margin: {
              top: Math.round(20 * twipsPerMm),
              bottom: Math.round(20 * twipsPerMm),
              left: Math.round(20 * twipsPerMm),
              right: Math.round(20 * twipsPerMm),
              header: 567,
              footer: 567,
            },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                children: [
                  new TextRun({
                    text: headerText,
                    size: 17,
                    color: hex(colours.muted),
                  }),
                ],
                border: {
                  bottom: {
                    style: BorderStyle.SINGLE,
                    size: 8,
                    color: hex(colours.accent),
                    space: 2,
                  },
                },
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    children: [
                      `${input.title.replace(/^.*?: /, '')} · page `,
                      PageNumber.CURRENT,
                      ' of ',
                      PageNumber.TOTAL_PAGES,
                    ],
                    size: 17,
                    color: hex(colours.muted),
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            children: [
              new TextRun(page.title),
            ],
          }),
          ...content.flatMap(body),
        ],
      },
    ],
  })
  return Buffer.from(await Packer.toBuffer(document))
}
