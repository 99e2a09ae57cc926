/**
 * What the editable copies say, as plain data: the blocks of a slide or a handout (headings, paragraphs,
 * lists, tables, quotations, ruled space, figures), read from the built site's own markup by
 * `readBlocks`, which runs in the page. One reader for the slides (scripts/editable-pptx.ts) and the
 * handouts (scripts/editable-docx.ts), so the copies say what the deck and the PDFs say, word for word.
 */

/** A run of text with its emphasis. */
export interface Run {
  readonly text: string
  readonly bold?: boolean
  readonly italic?: boolean
  readonly link?: string
  /** A line break inside the paragraph (the text is empty). */
  readonly br?: boolean
}

export interface TableCell {
  readonly runs: Run[]
  readonly header: boolean
  readonly colspan: number
}

export interface TableBlock {
  readonly kind: 'table'
  readonly caption: string
  /** How many of the first rows are column headings (the table's <thead>). */
  readonly headerRows: number
  readonly rows: TableCell[][]
  /** Each row's height on the page in millimetres (room to write in an empty row). */
  readonly rowHeights: number[]
  /** Each column's share of the table's width, from the page. */
  readonly columnShares: number[]
}

export type Block
  /** A heading; `pageBreak` when the printed page starts a new sheet there. */
  = | { readonly kind: 'heading', readonly level: number, readonly runs: Run[], readonly pageBreak?: boolean }
    | { readonly kind: 'paragraph', readonly runs: Run[], readonly role?: 'muted' | 'header' | 'footer' }
  /** A list, each item with its own marker. */
    | { readonly kind: 'list', readonly items: ListItem[] }
    | { readonly kind: 'quote', readonly runs: Run[], readonly attribution: Run[] }
    | TableBlock
  /** Ruled space to write on: this many lines. */
    | { readonly kind: 'ruled', readonly lines: number }
  /** A line for the student's name and class. */
    | { readonly kind: 'name-line' }
  /** The map or a chart: a picture (`figure` indexes the page's figures), its text alternative and its figures as a table. */
    | { readonly kind: 'figure', readonly figure: number, readonly alt: string, readonly table?: TableBlock }
  /** A self-check of data/questions.ts, by its id (the deck shows it one question at a time). */
    | { readonly kind: 'self-check', readonly id: string }

export interface ListItem {
  readonly runs: Run[]
  /** 0 for the outer list. */
  readonly level: number
  /** What the page sets before it: a number, a letter (A, B, C), a bullet, or nothing (list-style: none). */
  readonly marker: 'number' | 'letter' | 'bullet' | 'none'
  /** Ruled lines to answer on, under the item. */
  readonly lines: number
}

/** What `readBlocks` finds on a slide of the overview, or on a handout page. */
export interface ReadPage {
  readonly title: string
  readonly kicker: string
  readonly blocks: Block[]
  /** The slide's speaker notes, one string a paragraph; none on a handout. */
  readonly notes: string[]
  /** The slide's layout (Slidev's layout class: `cover`, `default`, …); '' on a handout. */
  readonly layout: string
}

/**
 * Runs in the page (given to Playwright's `evaluate`, so it uses nothing from outside itself): reads
 * each element matching `selector` into blocks. The first h1 becomes the title, a `.kicker` paragraph
 * outside a self-check the kicker; the map and charts (`figure` with an SVG image) become figures,
 * numbered in the order of `figureSelector` across the page. `notesSelector`, relative to the
 * element's `closestSelector` ancestor, finds its notes.
 */
export function readBlocks(args: { selector: string, closestSelector?: string, notesSelector?: string, figureSelector: string }): ReadPage[] {
  const pxPerMm = 96 / 25.4
  const allFigures = [
    ...document.querySelectorAll(args.figureSelector),
  ]
  const hidden = (element: Element): boolean => {
    const style = getComputedStyle(element)
    return style.display === 'none' || style.visibility === 'hidden'
  }
  const clean = (runs: Run[]): Run[] => {
    // Whitespace as a reader sees it: runs of spaces as one, none at the paragraph's ends.
    const merged: Run[] = []
    for (const run of runs) {
      const text = run.br
        ? ''
        : run.text.replace(/\s+/g, ' ')
      const last = merged.at(-1)
      if (last && !run.br && !last.br && last.bold === run.bold && last.italic === run.italic && last.link === run.link)
        merged[merged.length - 1] = { ...last, text: last.text + text }
      else if (run.br && last?.br)
        continue
      else if (run.br || text)
        merged.push({ ...run, text })
    }
    for (let index = 1; index < merged.length; index++) {
      const before = merged[index - 1]!
      if ((before.br || before.text.endsWith(' ')) && merged[index]!.text.startsWith(' ')) {
        merged[index] = {
          ...merged[index]!,
          text: merged[index]!.text.trimStart(),
        }
      }
      if (merged[index]!.br && before.text.endsWith(' ')) {
        merged[index - 1] = {
          ...before,
          text: before.text.trimEnd(),
        }
      }
    }
    while (merged[0] && (merged[0].br || !merged[0].text.trim())) merged.shift()
    while (merged.at(-1) && (merged.at(-1)!.br || !merged.at(-1)!.text.trim())) merged.pop()
    if (merged[0]) {
      merged[0] = {
        ...merged[0],
        text: merged[0].text.trimStart(),
      }
    }
    if (merged.at(-1)) {
      merged[merged.length - 1] = {
        ...merged.at(-1)!,
        text: merged.at(-1)!.text.trimEnd(),
      }
    }
    return merged.filter(run => run.br || run.text)
  }
  const inline = (node: Node, style: { bold?: boolean, italic?: boolean, link?: string }, out: Run[], skip?: Element | null): void => {
    if (node === skip)
      return
    if (node.nodeType === Node.TEXT_NODE) {
      out.push({ text: node.textContent ?? '', ...style })
      return
    }
    if (!(node instanceof Element))
      return
    // A box to tick, drawn empty for the student's pen.
    if (node.matches('.square')) {
      out.push({ text: '☐ ', ...style })
      return
    }
    if (node.getAttribute('aria-hidden') === 'true' || hidden(node))
      return
    const tag = node.tagName.toLowerCase()
    if (tag === 'br') {
      out.push({ text: '', br: true })
      return
    }
    if (tag === 'svg' || tag === 'button' || tag === 'script' || tag === 'style' || node.matches('.visually-hidden, .sr-only'))
      return
    const weight = Number(getComputedStyle(node).fontWeight)
    const next = {
      bold: style.bold || tag === 'strong' || tag === 'b' || (tag !== 'th' && weight >= 600),
      italic: style.italic || tag === 'em' || tag === 'i',
      link: tag === 'a' && (node as HTMLAnchorElement).href.startsWith('http')
        ? (node as HTMLAnchorElement).href
        : style.link,
    }
    // Boxes laid out apart on the page stay apart in the text: a line of their own, or a space between.
    const display = getComputedStyle(node).display
    const apart = /^(?:block|flex|grid|list-item|table)$/.test(display)
      ? 'line'
      : /^inline-(?:block|flex|grid)$/.test(display)
        ? 'space'
        : ''
    const separate = (): void => {
      if (apart === 'line' && out.length && !out.at(-1)!.br)
        out.push({ text: '', br: true })
      else if (apart === 'space')
        out.push({ text: ' ' })
    }
    separate()
    for (const child of node.childNodes)
      inline(child, next, out, skip)
    separate()
  }
  const runsOf = (element: Element): Run[] => {
    const out: Run[] = []
    for (const child of element.childNodes)
      inline(child, {}, out)
    return clean(out)
  }
  const isBlock = (element: Element): boolean => /^(?:p|div|section|article|header|footer|main|ul|ol|li|dl|table|blockquote|figure|h[1-6]|fieldset|form|details|aside|nav|hr)$/i.test(element.tagName)
  const rulesOf = (element: Element): number => Math.max(1, Math.round(element.getBoundingClientRect().height / (9 * pxPerMm)))
  const tableOf = (table: HTMLTableElement): TableBlock => {
    const rows = [...table.rows].filter(row => !hidden(row))
    const headerRows = table.tHead
      ? [...table.tHead.rows].length
      : 0
    const firstCells = [
      ...(rows[0]?.cells ?? []),
    ]
    const width = table.getBoundingClientRect().width || 1
    return {
      kind: 'table',
      caption: table.caption?.textContent?.trim() ?? table.closest('[role="region"]')?.getAttribute('aria-label') ?? '',
      headerRows,
      rows: rows.map(row => [...row.cells].map(cell => ({
        runs: runsOf(cell),
        header: cell.tagName === 'TH',
        colspan: cell.colSpan,
      }))),
      rowHeights: rows.map(row => Math.round(row.getBoundingClientRect().height / pxPerMm)),
      columnShares: firstCells.map(cell => cell.getBoundingClientRect().width / width),
    }
  }
  const listOf = (list: Element, level: number, items: ListItem[]): void => {
    const style = getComputedStyle(list).listStyleType
    const marker: ListItem['marker'] = style === 'none'
      ? 'none'
      : /alpha|latin/.test(style)
        ? 'letter'
        : list.tagName === 'OL' || /decimal|roman/.test(style)
          ? 'number'
          : 'bullet'
    for (const item of list.children) {
      if (item.tagName !== 'LI' || hidden(item))
        continue
      const runs: Run[] = []
      let lines = 0
      const nested: Element[] = []
      for (const child of item.childNodes) {
        if (child instanceof Element && /^(?:UL|OL)$/.test(child.tagName)) {
          nested.push(child)
        }
        else if (child instanceof Element && child.matches('.lines')) {
          lines += rulesOf(child)
        }
        else {
          if (child instanceof Element && isBlock(child) && runs.length > 0)
            runs.push({ text: '', br: true })
          inline(child, {}, runs)
        }
      }
      items.push({
        runs: clean(runs),
        level,
        lines,
        marker,
      })
      for (const list of nested)
        listOf(list, level + 1, items)
    }
  }

  const pages: ReadPage[] = []
  for (const root of document.querySelectorAll(args.selector)) {
    let title = ''
    let kicker = ''
    const blocks: Block[] = []
    const walk = (element: Element): void => {
      if (hidden(element) && !element.matches('.visually-hidden'))
        return
      const tag = element.tagName.toLowerCase()
      if (element.matches('[data-self-check]')) {
        blocks.push({ kind: 'self-check', id: element.getAttribute('data-self-check') ?? '' })
        return
      }
      const figure = allFigures.indexOf(element)
      if (figure >= 0) {
        const image = element.querySelector(':scope > [role="img"]')
        const alt = element.getAttribute('aria-label') ?? image?.getAttribute('aria-label') ?? ''
        const table = element.querySelector('table')
        blocks.push({
          kind: 'figure',
          figure,
          alt,
          table: table
            ? tableOf(table)
            : undefined,
        })
        return
      }
      if (element.matches('.lines')) {
        blocks.push({
          kind: 'ruled',
          lines: rulesOf(element),
        })
        return
      }
      if (element.matches('.name-line')) {
        blocks.push({ kind: 'name-line' })
        return
      }
      if (element.getAttribute('aria-hidden') === 'true' || element.matches('.visually-hidden, .sr-only, button, svg, script, style, nav, .handout-actions'))
        return
      if (/^h[1-6]$/.test(tag) || element.getAttribute('role') === 'heading') {
        const level = /^h[1-6]$/.test(tag)
          ? Number(tag[1])
          : Number(element.getAttribute('aria-level') ?? 2)
        const runs = runsOf(element)
        if (level === 1 && !title) {
          title = runs.map(run => run.text).join('')
        }
        else if (runs.length) {
          // A section that prints on a new sheet (break-before: page) starts with its heading.
          const section = element.closest('section')
          const pageBreak = getComputedStyle(element).breakBefore === 'page'
            || (section !== null && section.querySelector('h1, h2, h3, h4') === element && getComputedStyle(section).breakBefore === 'page')
          blocks.push({
            kind: 'heading',
            level,
            runs,
            ...pageBreak
              ? { pageBreak }
              : {},
          })
        }
        return
      }
      // The deck's link to its own reading view, which a copy does not have.
      if (tag === 'p' && element.querySelector('a[href$="read.html"]'))
        return
      if (tag === 'p' || tag === 'legend' || tag === 'summary' || tag === 'figcaption' || tag === 'label') {
        const runs = runsOf(element)
        if (!runs.length)
          return
        if (element.matches('.kicker') && !kicker && !element.closest('[data-self-check]')) {
          kicker = runs.map(run => run.text).join('')
          return
        }
        const role = element.closest('.handout-header')
          ? 'header'
          : element.closest('.handout-footer')
            ? 'footer'
            : element.matches('.muted')
              ? 'muted'
              : undefined
        blocks.push({ kind: 'paragraph', runs, role })
        return
      }
      if (tag === 'dl') {
        for (const term of element.children) {
          const runs = runsOf(term)
          if (runs.length) {
            blocks.push({
              kind: 'paragraph',
              runs: term.tagName === 'DT'
                ? runs.map(run => ({ ...run, bold: true }))
                : runs,
            })
          }
        }
        return
      }
      // A list of sections (each item under a heading of its own: the retold essay, the evidence cards, the
      // misconceptions) reads as those sections, not as one list of run-together items.
      if ((tag === 'ul' || tag === 'ol') && [...element.children].some(item => item.querySelector('h1, h2, h3, h4, h5, h6'))) {
        for (const item of element.children) {
          for (const child of item.children)
            walk(child)
        }
        return
      }
      if (tag === 'ul' || tag === 'ol') {
        const items: ListItem[] = []
        listOf(element, 0, items)
        if (items.length)
          blocks.push({ kind: 'list', items })
        return
      }
      if (tag === 'table') {
        blocks.push(tableOf(element as HTMLTableElement))
        return
      }
      if (tag === 'blockquote') {
        const cite = element.querySelector('cite')
        const body: Run[] = []
        for (const child of element.childNodes)
          inline(child, {}, body, cite)
        const quoteRuns = clean(body)
        blocks.push({
          kind: 'quote',
          runs: quoteRuns,
          attribution: cite
            ? runsOf(cite)
            : [],
        })
        return
      }
      // A container: its block children in order, and any loose text between them as a paragraph.
      let loose: Run[] = []
      const flush = (): void => {
        const runs = clean(loose)
        if (runs.length)
          blocks.push({ kind: 'paragraph', runs })
        loose = []
      }
      for (const child of element.childNodes) {
        if (child instanceof Element && (isBlock(child) || child.matches('.lines, .name-line, [data-self-check]') || allFigures.includes(child))) {
          flush()
          walk(child)
        }
        else {
          inline(child, {}, loose)
        }
      }
      flush()
    }
    walk(root)
    const holder = args.closestSelector
      ? root.closest(args.closestSelector)
      : null
    const notes = holder && args.notesSelector
      ? [
          ...holder.querySelectorAll(`${args.notesSelector} p, ${args.notesSelector} li`),
        ].map(element => (element.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean)
      : []
    const layout = root.classList.contains('slidev-layout')
      ? [...root.classList].find(name => name !== 'slidev-layout' && !name.startsWith('slidev-')) ?? ''
      : ''
    pages.push({ title, kicker, blocks, notes, layout })
  }
  return pages
}

/**
 * The widths of a table's columns in a table `width` wide: each its share on the page, but no column
 * narrower than its longest word at `size` points (so "Organizations" does not break) up to a quarter
 * of the table, in the unit of `width`.
 */
export function columnWidths(table: TableBlock, width: number, size: number, unitsPerPoint: number): number[] {
  const columns = Math.max(...table.rows.map(row => row.reduce((sum, cell) => sum + cell.colspan, 0)))
  const shares = table.columnShares.length === columns
    ? table.columnShares
    : Array.from<number>({ length: columns }).fill(1 / columns)
  const total = shares.reduce((sum, share) => sum + share, 0)
  const least = Array.from<number>({ length: columns }).fill(0)
  for (const row of table.rows) {
    if (row.length !== columns)
      continue
    row.forEach((cell, index) => {
      const longest = Math.max(0, ...cell.runs.map(run => run.text).join('').split(/\s+/).map(word => word.length))
      // A word's width at about 0.62 em a letter (0.7 in a bold header cell; a wider face may stand in), and the cell's padding.
      // A web address is a word too long to keep whole: no column claims more than a quarter of the table.
      least[index] = Math.min(width / 4, Math.max(least[index]!, (longest * (cell.header ? 0.7 : 0.62) * size + 12) * unitsPerPoint))
    })
  }
  const widths = shares.map((share, index) => Math.max(width * share / total, least[index]!))
  // Take what the widened columns need from the others, in proportion to what they have to spare.
  const excess = widths.reduce((sum, value) => sum + value, 0) - width
  const spare = widths.reduce((sum, value, index) => sum + value - least[index]!, 0)
  return excess > 0 && spare > excess
    ? widths.map((value, index) => value - (value - least[index]!) * excess / spare)
    : widths.map(value => value * width / widths.reduce((sum, each) => sum + each, 0))
}
