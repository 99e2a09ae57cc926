/**
 * The short web addresses the deck prints (a source's `hrichina.org/content/5197`, a licence's
 * `creativecommons.org/licenses/by/4.0/`) as links a reader can open: the same text, an https:// target.
 */

/** A host name with at least one dot, then an optional path without spaces. */
const shortAddress = /^(?:[a-z\d](?:[a-z\d-]*[a-z\d])?\.)+[a-z]{2,}(?:\/\S*)?$/i

/** The https:// address of `address` (short, or already with its scheme); undefined when it is not one (a note like "priu.gov.lk (news_update 20090617)"). */
export function addressHref(address: string): string | undefined {
  const bare = address.trim().replace(/^https?:\/\//i, '')
  return shortAddress.test(bare)
    ? `https://${bare}`
    : undefined
}

/** The address as printed: without its scheme. */
export function shortAddressOf(url: string): string {
  return url.trim().replace(/^https?:\/\//i, '')
}

/**
 * `address` cut where it may break across lines: after each "/" and ".", and after the "-" or "_" that
 * joins two words of a long path ("english.china.org.cn/english/features/" → "english.", "china.",
 * "org.", "cn/", "english/", "features/"); never inside a word.
 */
export function addressSegments(address: string): string[] {
  return address.split(/(?<=[/._-])(?=.)/)
}
