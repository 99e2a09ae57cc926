import type { FetchedResource, FirstSlideLoad } from '../../scripts/first-slide'
import { describe, expect, it } from 'vitest'
import { bytesByKind, requestedBeforeVisible, resourceKind } from '../../scripts/first-slide'

const page = 'http://127.0.0.1:4317/sco-deck/#/1'

function fetched(url: string, startTime: number, responseEnd: number, encodedBodySize: number): FetchedResource {
  return {
    url: new URL(url, page).href,
    startTime,
    responseEnd,
    transferSize: encodedBodySize + 300,
    encodedBodySize,
  }
}

describe('what a fetched URL holds', () => {
  it('is told by its extension', () => {
    expect(resourceKind('assets/index-Bx42g8vA.js', page)).toBe('script')
    expect(resourceKind('assets/modules/vue-P65zJyeV.mjs', page)).toBe('script')
    expect(resourceKind('assets/index-C8XYUW_g.css', page)).toBe('style')
    expect(resourceKind('assets/source-serif-4-latin-600-normal-DouSKlru.woff2', page)).toBe('font')
    expect(resourceKind('assets/source-sans-3-latin-400-normal-RR2C27NP.woff', page)).toBe('font')
    expect(resourceKind('favicon.svg', page)).toBe('image')
    expect(resourceKind('manifest.webmanifest', page)).toBe('other')
  })

  it('is the document for the page itself, whatever its hash', () => {
    expect(resourceKind('http://127.0.0.1:4317/sco-deck/#/7', page)).toBe('document')
    expect(resourceKind('http://127.0.0.1:4317/sco-deck/index.html', page)).toBe('document')
  })
})

describe('the bytes a first slide costs', () => {
  const load: FirstSlideLoad = {
    visibleAt: 500,
    resources: [
      fetched('assets/index.js', 10, 200, 160_000),
      fetched('assets/index.css', 12, 150, 120_000),
      fetched('assets/serif-600.woff2', 300, 420, 21_000),
      fetched('assets/slide-2.js', 320, 650, 9_000), // requested before the slide showed, answered after
      fetched('assets/map.js', 3_400, 3_600, 400_000), // Slidev's preload of every slide, 3 s later
      fetched('assets/index.js', 3_500, 3_510, 160_000), // asked for again: counted once
    ],
  }

  it('counts every request started before the slide was visible, answered then or not, each URL once', () => {
    const names = requestedBeforeVisible(load).map(resource => new URL(resource.url).pathname.split('/').pop())
    expect(names).toEqual([
      'index.js',
      'index.css',
      'serif-600.woff2',
      'slide-2.js',
    ])
  })

  it('sums body bytes by kind, and the kinds add up to the total', () => {
    const requested = requestedBeforeVisible(load)
    const bytes = bytesByKind(requested, page)
    const expected = (kind: string) => requested
      .filter(resource => resourceKind(resource.url, page) === kind)
      .reduce((sum, resource) => sum + resource.encodedBodySize, 0)
    expect(bytes.script).toBe(expected('script'))
    expect(bytes.font).toBe(expected('font'))
    expect(bytes.style).toBe(expected('style'))
    expect(bytes.total).toBe(requested.reduce((sum, resource) => sum + resource.encodedBodySize, 0))
    expect(bytes.document + bytes.script + bytes.style + bytes.font + bytes.image + bytes.other).toBe(bytes.total)
  })

  it('follows the data: a heavier font is a heavier first slide', () => {
    const heavier: FirstSlideLoad = {
      ...load,
      resources: load.resources.map(resource => resource.url.endsWith('.woff2')
        ? { ...resource, encodedBodySize: resource.encodedBodySize + 50_000 }
        : resource),
    }
    const before = bytesByKind(requestedBeforeVisible(load), page)
    const after = bytesByKind(requestedBeforeVisible(heavier), page)
    expect(after.font - before.font).toBe(50_000)
    expect(after.total - before.total).toBe(50_000)
  })
})
