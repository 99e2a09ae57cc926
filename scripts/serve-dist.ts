/**
 * Serves a built site on loopback, on a free port, for tooling that drives a browser over it
 * (the reading view's prerender, the bench). Resolves once listening; `close()` stops it.
 */
import type { Server } from 'node:http'
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
import sirv from 'sirv'

export interface ServedSite {
  /** The site's root, ending in "/". */
  readonly url: string
  readonly server: Server
  close: () => Promise<void>
}

export function serveDist(dir: string): Promise<ServedSite> {
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`No built site in ${dir}/: run \`npm run build\` first.`)
  const files = sirv(dir, { dev: true, etag: true, gzip: true })
  const server = createServer((request, response) => files(request, response, () => {
    response.writeHead(404).end('Not found')
  }))
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      if (!address || typeof address !== 'object')
        return reject(new Error('the loopback server has no port'))
      resolve({
        url: `http://127.0.0.1:${address.port}/`,
        server,
        close: () => new Promise(done => server.close(() => done())),
      })
    })
  })
}
