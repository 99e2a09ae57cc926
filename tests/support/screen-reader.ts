/**
 * What a screen reader gets from a page, read from Chromium's accessibility tree over the DevTools
 * protocol (the tree screen readers read): the text it would speak inside an element, without what the
 * page hides from assistive technology (aria-hidden, inert, hidden), and a table's rows as it reads them.
 */
import type { CDPSession, Page } from '@playwright/test'

interface AXNode {
  nodeId: string
  ignored: boolean
  role?: { value?: unknown }
  name?: { value?: unknown }
  childIds?: string[]
}

const sessions = new WeakMap<Page, Promise<CDPSession>>()

function session(page: Page): Promise<CDPSession> {
  if (!sessions.has(page))
    sessions.set(page, page.context().newCDPSession(page))
  return sessions.get(page)!
}

/** The accessibility nodes of `role` inside the first element matching `selector`, in tree order, not ignored. */
async function axNodes(page: Page, selector: string, role: string): Promise<AXNode[]> {
  const cdp = await session(page)
  const { result } = await cdp.send('Runtime.evaluate', { expression: `document.querySelector(${JSON.stringify(selector)})` })
  if (!result.objectId)
    throw new Error(`no element matches ${selector}`)
  const { nodes } = await cdp.send('Accessibility.queryAXTree', { objectId: result.objectId, role }) as { nodes: AXNode[] }
  return nodes.filter(node => !node.ignored)
}

/** The text a screen reader speaks inside the first element matching `selector`: its text, in order. */
export async function spokenText(page: Page, selector: string): Promise<string> {
  const texts = await axNodes(page, selector, 'StaticText')
  return texts.map(node => String(node.name?.value ?? '')).join(' ').replace(/\s+/g, ' ').trim()
}

/** Each row of the tables inside the first element matching `selector`, as a screen reader reads it: its cells' names. */
export async function spokenTableRows(page: Page, selector: string): Promise<string[][]> {
  const cdp = await session(page)
  const { nodes } = await cdp.send('Accessibility.getFullAXTree') as { nodes: AXNode[] }
  const byId = new Map(nodes.map(node => [node.nodeId, node]))
  const rows = await axNodes(page, selector, 'row')
  return rows.map(row => (row.childIds ?? [])
    .map(id => byId.get(id))
    .filter((cell): cell is AXNode => !!cell && !cell.ignored)
    .map(cell => String(cell.name?.value ?? '').replace(/\s+/g, ' ').trim()))
}
