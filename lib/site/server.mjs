// The site's one entry point: Next's documented custom server with the front door in front of it,
//   createServer((req, res) => frontDoor(req, res) || handle(req, res))
// `npm run dev` runs it with --dev (Next compiles on demand, with hot reload), `npm start` without
// (serving what `npm run build` made). Both serve the same pages the same way: the front door's
// own pages and scripts come from one esbuild step (scripts/lib/lean-build.mjs), run by the build
// for production and here, watching the sources, for development.
//
// PORT (3000) and HOSTNAME (127.0.0.1) say where it listens.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dev = process.argv.includes('--dev')
// Next reads this to choose its mode; set before Next is loaded.
process.env.NODE_ENV = dev ? 'development' : 'production'
process.chdir(fileURLToPath(new URL('../../', import.meta.url)))

const { default: next } = await import('next')
const { createFrontDoor, leanPages } = await import('./front-door.cjs')
const { filterConsole } = await import('./log-filter.cjs')

const hostname = process.env.HOSTNAME || '127.0.0.1'
const port = Number(process.env.PORT || 3000)

// Next's own log lines have any request text withheld (lib/site/log-filter.cjs).
filterConsole()

const dir = dev ? '.next/bow-out-dev' : '.next/bow-out'
let onRebuild = () => {}
if (dev) {
  const { buildLean } = await import('../../scripts/lib/lean-build.mjs')
  await buildLean(path.resolve(dir), { dev: true, onRebuild: () => onRebuild() })
}

// Prerendered pages and the sitemap carry the SITE_URL the build had; per-request pages, this
// server's. Said at start when they differ, since both are correct only when they match.
if (!dev) {
  const origin = (url) => {
    try {
      return new URL(url).origin
    } catch {
      return undefined
    }
  }
  let sitemap = ''
  try {
    sitemap = readFileSync('.next/server/app/sitemap.xml.body', 'utf8')
  } catch {
    // Not prerendered where this Next puts it: nothing to compare.
  }
  const built = origin(/<loc>([^<]+)<\/loc>/.exec(sitemap)?.[1] ?? '')
  const now = origin(process.env.SITE_URL ?? '') ?? 'http://localhost:3000'
  if (built && built !== now) {
    console.warn(
      `The build's pages and sitemap name ${built}, but this server's SITE_URL is ${now}: build with the same SITE_URL as you run with.`,
    )
  }
}

const app = next({ dev, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

const lean = leanPages({
  dir,
  // The stylesheet and icon the lean pages link: the ones on the site's own 404 page.
  reference: () => fetch(`${origin()}/-/not-found`).then((res) => res.text()),
})
onRebuild = () => lean.reload()
const frontDoor = createFrontDoor({ dev, lean })

const server = createServer((req, res) => {
  if (frontDoor(req, res)) return
  handle(req, res).catch((error) => {
    console.error(`[${res.getHeader('X-Request-Id')}] ${error?.name ?? 'Error'} in Next's handler`)
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
    res.end('Something went wrong on our side. Please try again.')
  })
})
// A request that sends its headers or body slowly is not waited for past a minute.
server.requestTimeout = 60_000
server.headersTimeout = 20_000
/** Where this server can reach itself. */
function origin() {
  const { address, family } = /** @type {import('node:net').AddressInfo} */ (server.address())
  if (address === '0.0.0.0' || address === '::') return `http://127.0.0.1:${port}`
  return family === 'IPv6' ? `http://[${address}]:${port}` : `http://${address}:${port}`
}
server.listen(port, hostname, () => {
  console.log(`Bow Out (${dev ? 'development' : 'production'}) on http://${hostname}:${port}`)
})
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close()
    process.exit(0)
  })
}
