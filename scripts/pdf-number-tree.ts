/**
 * The entries of a PDF number tree (ISO 32000-1, 7.9.7), such as the structure tree's ParentTree,
 * which maps each page's and annotation's StructParent(s) number to its structure elements. The
 * export's tagging (scripts/export-tagging.ts) rewrites entries through it; the tests' PDF/UA check
 * (tests/support/pdf-ua.ts) reads them.
 */
import type { PDFContext, PDFNumber, PDFObject } from 'pdf-lib'
import { PDFArray, PDFDict, PDFName } from 'pdf-lib'

export interface NumberTreeEntry {
  readonly key: number
  /** What the key maps to, resolved if it is a reference. */
  readonly value: PDFObject | undefined
  /** Points the key at `value` in the tree itself. */
  readonly replace: (value: PDFObject) => void
}

/** Every entry of the number tree at `tree`, leaf by leaf through its Kids, in the order the tree keeps them. */
export function* numberTreeEntries(context: PDFContext, tree: PDFObject | undefined): Generator<NumberTreeEntry> {
  const node = context.lookup(tree)
  if (!(node instanceof PDFDict))
    return
  const nums = context.lookup(node.get(PDFName.of('Nums')))
  if (nums instanceof PDFArray) {
    for (let at = 0; at + 1 < nums.size(); at += 2) {
      yield {
        key: (nums.get(at) as PDFNumber).asNumber(),
        value: context.lookup(nums.get(at + 1)),
        replace: value => nums.set(at + 1, value),
      }
    }
  }
  const kids = context.lookup(node.get(PDFName.of('Kids')))
  for (const kid of kids instanceof PDFArray
    ? kids.asArray()
    : []) {
    yield* numberTreeEntries(context, kid)
  }
}
