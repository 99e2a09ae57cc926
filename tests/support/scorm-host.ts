/**
 * Serves a SCORM package the way a learning platform does, for the browser tests: the zip unpacked
 * into a temporary folder under `/package/`, beside `tests/support/scorm-host.html` (which puts
 * scorm-again's API on the page and the package's launch file in a frame), on loopback.
 */
import type { AddressInfo } from 'node:net'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { unzipSync } from 'fflate'
import sirv from 'sirv'

export interface ScormHost {
  /** The platform's page, which opens the lesson in a frame. */
  readonly url: string
  /** Every entry of the zip, by path. */
  readonly entries: ReadonlyMap<string, Uint8Array>
  close: () => Promise<void>
}

export async function hostScormPackage(zipPath: string): Promise<ScormHost> {
  const entries = new Map(Object.entries(unzipSync(readFileSync(zipPath))))
  const root = mkdtempSync(join(tmpdir(), 'scorm-host-'))
  for (const [path, bytes] of entries) {
    if (path.endsWith('/'))
      continue
    const target = join(root, 'package', path)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, bytes)
  }
  copyFileSync(join(import.meta.dirname, 'scorm-host.html'), join(root, 'index.html'))
  copyFileSync(createRequire(import.meta.url).resolve('scorm-again/scorm12/min'), join(root, 'scorm12.min.js'))

  const files = sirv(root, { dev: true })
  const server = createServer((request, response) => {
    // Chromium sometimes asks for the platform's icon despite the page's own: a platform has one.
    if (request.url === '/favicon.ico') {
      response.writeHead(204).end()
      return
    }
    files(request, response, () => {
      response.writeHead(404).end('Not found')
    })
  })
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    entries,
    close: () => new Promise<void>((done) => {
      server.closeAllConnections()
      server.close(() => {
        rmSync(root, { recursive: true, force: true })
        done()
      })
    }),
  }
}
