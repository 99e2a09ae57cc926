import type { TableBlock } from '../../scripts/editable-blocks'
import { describe, expect, it } from 'vitest'
import { columnWidths } from '../../scripts/editable-blocks'

function table(rows: string[][], columnShares: number[]): TableBlock {
  return {
    kind: 'table',
    caption: '',
    headerRows: 1,
    rows: rows.map((row, index) => row.map(text => ({
      runs: [
        { text },
      ],
      header: index === 0,
      colspan: 1,
    }))),
    rowHeights: rows.map(() => 7),
    columnShares,
  }
}

describe('columnWidths (the editable copies\' tables)', () => {
  it('keeps the page\'s shares when every word fits its column', () => {
    const widths = columnWidths(table([
      ['Part', 'Minutes'],
      ['Opening', '3'],
    ], [0.5, 0.5]), 400, 10, 1)
    expect(widths).toEqual([200, 200])
  })

  it('widens a column to its longest word ("Minutes", a bold header, at 10 pt: 61 pt with padding), taking the room from the others', () => {
    const widths = columnWidths(table([
      ['Part', 'Minutes'],
      ['Opening: objectives and the essay', '3'],
    ], [0.92, 0.08]), 400, 10, 1)
    expect(widths[1]).toBeCloseTo(61)
    expect(widths[0]).toBeCloseTo(339)
  })

  it('gives a web address no more than a quarter of the table: it breaks rather than crowd the other columns', () => {
    const address = 'english.china.org.cn/english/features/38183.htm'
    const widths = columnWidths(table([
      ['#', 'Says', 'Status', 'Sources'],
      [
        '1',
        'The summit',
        'confirmed',
        address,
      ],
    ], [0.1, 0.5, 0.3, 0.1]), 400, 10, 1)
    expect(widths[3]).toBeCloseTo(100)
    expect(widths.reduce((sum, width) => sum + width, 0)).toBeCloseTo(400)
  })

  it('shares the width evenly when the page gave no shares', () => {
    expect(columnWidths(table([
      ['A', 'B'],
    ], []), 300, 10, 1)).toEqual([150, 150])
  })
})
