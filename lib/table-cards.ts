/**
 * A table laid out as cards on a phone (components/handouts/HandoutTable.vue) says each cell's column
 * itself: `data-column` on every body and foot cell, from the head row's headings (colspans counted).
 * The table's parts get their roles written out, since a table laid out as blocks loses them in
 * Chromium's accessibility tree.
 */
export function labelTableCells(table: HTMLTableElement): void {
  const children = (parent: Element, selector: string): Element[] => Array.from(parent.children).filter(child => child.matches(selector))
  const span = (cell: Element): number => Number(cell.getAttribute('colspan') ?? 1)
  table.setAttribute('role', 'table')
  const groups = children(table, 'thead, tbody, tfoot')
  const headRow = groups.filter(group => group.matches('thead')).flatMap(head => children(head, 'tr'))[0]
  const headings = (headRow
    ? children(headRow, 'th, td')
    : [])
    .flatMap(cell => Array.from({
      length: span(cell),
    }, () => cell.textContent?.trim() ?? ''))
  for (const group of groups) {
    group.setAttribute('role', 'rowgroup')
    for (const row of children(group, 'tr')) {
      row.setAttribute('role', 'row')
      let column = 0
      for (const cell of children(row, 'th, td')) {
        const scope = cell.getAttribute('scope') ?? (group.matches('thead')
          ? 'col'
          : undefined)
        const role = !cell.matches('th')
          ? 'cell'
          : scope === 'row'
            ? 'rowheader'
            : scope === 'col'
              ? 'columnheader'
              : undefined
        if (role)
          cell.setAttribute('role', role)
        const heading = headings[column]
        if (row !== headRow && heading && scope !== 'row')
          cell.setAttribute('data-column', heading)
        column += span(cell)
      }
    }
  }
}
