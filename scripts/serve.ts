/** Serves the built site (dist/) on loopback under a sub-folder, as a static host would. */
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import process from 'node:process'
import { parseArgs } from 'node:util'
import sirv from 'sirv'

const { values } = parseArgs({
  options: {
    'port': { type: 'string', default: '4317' },
    'path': { type: 'string', default: '/' },
    'dir': { type: 'string', default: 'dist' },
    // For the browser tests, whose setup project builds the site once this server is up.
    'before-build': { type: 'boolean', default: false },
  },
})

if (!values['before-build'] && !existsSync(`${values.dir}/index.html`)) {
  console.error(`No built site in ${values.dir}/: run \`npm run build\` first.`)
  process.exit(1)
}

const prefix = values.path.endsWith('/')
  ? values.path
  : `${values.path}/`
const files = sirv(values.dir, { dev: true, etag: true, gzip: true })

createServer((request, response) => {
  const url = request.url ?? '/'
  if (!url.startsWith(prefix)) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end(`Not found: the deck is at ${prefix}`)
    return
  }
  request.url = url.slice(prefix.length - 1)
  files(request, response, () => {
    response.writeHead(404).end('Not found')
  })
}).listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${values.dir}/ at http://127.0.0.1:${values.port}${prefix}`)
})
