/**
 * What a deck's first slide costs a first-time visitor: the bytes the browser requested before the
 * slide was visible, and how long that took. Shared by `npm run bench` and the byte-budget test,
 * so both count the same way.
 */

/** One entry of the browser's resource timing (or its navigation entry, for the HTML page). */
export interface FetchedResource {
  readonly url: string
  /** ms since the navigation started */
  readonly startTime: number
  readonly responseEnd: number
  /** bytes on the wire, headers included */
  readonly transferSize: number
  /** body bytes as served (compressed if the server compressed it) */
  readonly encodedBodySize: number
}

export interface FirstSlideLoad {
  /** ms from the start of navigation until the first slide was laid out with its fonts loaded */
  readonly visibleAt: number
  readonly resources: readonly FetchedResource[]
}

export const resourceKinds = [
  'document',
  'script',
  'style',
  'font',
  'image',
  'other',
] as const
export type ResourceKind = typeof resourceKinds[number]

/** The name of the promise the recorder leaves on `window`. */
export const firstSlideGlobal = '__firstSlideLoad'

/**
 * Runs in the page before any of its own scripts (Playwright's `addInitScript`; it must not use
 * anything from outside its body). Leaves on `window[firstSlideGlobal]` a function that resolves,
 * once the slide matching `slideSelector` is visible and every font it needs has loaded, with
 * that moment and every resource the page fetched so far or fetches in `settleMs` afterwards.
 */
export function recordFirstSlideLoad({ slideSelector, globalName, settleMs }: { slideSelector: string, globalName: string, settleMs: number }): void {
  const resources: FetchedResource[] = []
  const keep = (entry: PerformanceResourceTiming): void => {
    resources.push({
      url: entry.name,
      startTime: entry.startTime,
      responseEnd: entry.responseEnd,
      transferSize: entry.transferSize,
      encodedBodySize: entry.encodedBodySize,
    })
  }
  performance.setResourceTimingBufferSize(5000)
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      keep(entry as PerformanceResourceTiming)
  }).observe({ type: 'resource', buffered: true })

  const visible = new Promise<number>((resolve) => {
    const poll = (): void => {
      const slide = document.querySelector(slideSelector)
      const box = slide?.getBoundingClientRect()
      if (slide && box && box.width > 0 && box.height > 0 && getComputedStyle(slide).visibility !== 'hidden') {
        // Layout has just run (getBoundingClientRect), so the fonts the slide needs are requested.
        void document.fonts.ready.then(() => requestAnimationFrame(() => resolve(performance.now())))
        return
      }
      requestAnimationFrame(poll)
    }
    requestAnimationFrame(poll)
  })

  Object.defineProperty(window, globalName, {
    value: async (): Promise<FirstSlideLoad> => {
      const visibleAt = await visible
      await new Promise(resolve => setTimeout(resolve, settleMs))
      const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[]
      if (navigation)
        keep(navigation)
      return { visibleAt, resources }
    },
  })
}

/** What a URL holds, by its file extension. */
export function resourceKind(url: string, pageUrl: string): ResourceKind {
  const { pathname } = new URL(url, pageUrl)
  if (new URL(pageUrl).pathname === pathname || pathname.endsWith('.html') || pathname.endsWith('/'))
    return 'document'
  const extension = pathname.slice(pathname.lastIndexOf('.') + 1).toLowerCase()
  if (['js', 'mjs'].includes(extension))
    return 'script'
  if (extension === 'css')
    return 'style'
  if (['woff2', 'woff', 'ttf', 'otf'].includes(extension))
    return 'font'
  if ([
    'svg',
    'png',
    'jpg',
    'jpeg',
    'webp',
    'avif',
    'gif',
    'ico',
  ].includes(extension)) {
    return 'image'
  }
  return 'other'
}

/**
 * The resources the first slide cost: those whose request started before it was visible. A request
 * started by then (the neighbouring slides Slidev preloads, say) is counted whether or not its
 * answer came in first, so the sum does not depend on timing. Each URL counts once.
 */
export function requestedBeforeVisible(load: FirstSlideLoad): FetchedResource[] {
  const seen = new Set<string>()
  return load.resources.filter((resource) => {
    if (resource.startTime > load.visibleAt || seen.has(resource.url))
      return false
    seen.add(resource.url)
    return true
  })
}

export type BytesByKind = Record<ResourceKind | 'total', number>

/** Body bytes as served (`encodedBodySize`), per kind and in total. */
export function bytesByKind(resources: readonly FetchedResource[], pageUrl: string): BytesByKind {
  const sums: BytesByKind = {
    document: 0,
    script: 0,
    style: 0,
    font: 0,
    image: 0,
    other: 0,
    total: 0,
  }
  for (const resource of resources) {
    sums[resourceKind(resource.url, pageUrl)] += resource.encodedBodySize
    sums.total += resource.encodedBodySize
  }
  return sums
}
