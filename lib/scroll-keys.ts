/**
 * The keys that scroll a box or move within it. Slidev changes slide on most of them (↑ ↓ Space
 * PageUp PageDown), so a component whose content they scroll keeps them from reaching it.
 */
export const scrollKeys: readonly string[] = [
  'ArrowUp',
  'ArrowDown',
  'PageUp',
  'PageDown',
  'Home',
  'End',
  ' ',
]
