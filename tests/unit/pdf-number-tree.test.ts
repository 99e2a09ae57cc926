import { PDFDocument, PDFName, PDFString } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { numberTreeEntries } from '../../scripts/pdf-number-tree'

/** A number tree as Chromium writes a long ParentTree: a root whose Kids are leaves, one held by reference. */
async function twoLeafTree() {
  const document = await PDFDocument.create()
  const { context } = document
  const first = context.obj({
    Nums: [
      0,
      PDFString.of('page 1'),
      1,
      PDFString.of('page 2'),
    ],
  })
  const second = context.obj({
    Nums: [
      7,
      context.register(PDFString.of('a link')),
    ],
  })
  const root = context.obj({
    Kids: [
      first,
      context.register(second),
    ],
  })
  return { context, root }
}

function entries(context: Parameters<typeof numberTreeEntries>[0], tree: Parameters<typeof numberTreeEntries>[1]) {
  return [
    ...numberTreeEntries(context, tree),
  ].map(({ key, value }) => [
    key,
    (value as PDFString | undefined)?.decodeText(),
  ])
}

describe('numberTreeEntries', () => {
  it('reads every leaf\'s keys and values through the Kids, resolving references', async () => {
    const { context, root } = await twoLeafTree()
    expect(entries(context, root)).toEqual([
      [0, 'page 1'],
      [1, 'page 2'],
      [7, 'a link'],
    ])
  })

  it('reads a tree that is a single leaf, and nothing from no tree', async () => {
    const { context } = await twoLeafTree()
    expect(entries(context, context.obj({
      Nums: [
        3,
        PDFString.of('only'),
      ],
    }))).toEqual([
      [3, 'only'],
    ])
    expect(entries(context, undefined)).toEqual([])
  })

  it('replaces the value of an entry in the tree itself', async () => {
    const { context, root } = await twoLeafTree()
    for (const entry of numberTreeEntries(context, root)) {
      if (entry.key === 7)
        entry.replace(PDFName.of('Replaced'))
    }
    expect([
      ...numberTreeEntries(context, root),
    ].at(-1)!.value).toBe(PDFName.of('Replaced'))
    expect([
      ...numberTreeEntries(context, root),
    ][0]!.value).toEqual(PDFString.of('page 1'))
  })
})
