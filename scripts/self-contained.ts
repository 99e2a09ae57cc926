/**
 * The check that a page of the teacher's kit (issue 28) is whole: opened from a file, it may fetch
 * nothing beside it (scripts/single-file-deck.ts, scripts/single-reading-view.ts).
 */

/** What of the file would still fetch something beside it: a `src` or `href` (quoted or not) that is not a data: address or a hash (a web address counts: it needs the network). */
export function externalReferences(html: string): string[] {
  return [
    ...html.matchAll(/<(?:script|link|img|source)\s(?:[^>]*\s)?(?:src|href)=(?:"([^"]*)"|([^\s">]+))/g),
  ]
    .map(match => match[1] ?? match[2]!)
    .filter(address => !/^(?:data:|#)/.test(address))
}
