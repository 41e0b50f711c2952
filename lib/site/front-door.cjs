// @ts-check
'use strict'
/*
 * The front door: a plain request handler in front of Next's, in the site's one entry point
 * (lib/site/server.mjs: `createServer((req, res) => frontDoor(req, res) || handle(req, res))`),
 * the same under `npm run dev` and `npm start`. It answers the requests Next answers with a 500,
 * without headers or with what was sent in its log (a malformed range or router state, an unusual
 * method or request target, a server action from another origin, Next's own redirects), serves
 * the pages it renders itself (a shared plan, the advice search: lib/site/lean-render.ts) and our
 * own scripts, and gives every answer a request id. Everything else goes to Next untouched.
 *
 * The rule for what it answers: a 4xx with every security header, a short plain-text reason, and
 * nothing of what was sent, in the answer or in the log. A 5xx from anyone is logged with the
 * request id and the method, never the address or anything else that was sent.
 */
const fs = require('node:fs')
const path = require('node:path')
const zlib = require('node:zlib')
const { randomBytes } = require('node:crypto')
const {
  contentSecurityPolicy,
  securityHeaders,
  PERMALINK_HEADERS,
} = require('./security-headers.cjs')
const bodyLimits = require('./body-limits.json')

/** @typedef {import('node:http').IncomingMessage} Req */
/** @typedef {import('node:http').ServerResponse} Res */

const PAGE_METHODS = new Set(['GET', 'HEAD', 'POST'])
// The JSON API's contract: POST only. Other methods reach its handler, whose 405 says what to send.
const API_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'])
// Next's server action ids are hex digests; anything else is refused before Next logs it.
const ACTION_ID = /^[0-9a-f]{40,64}$/i

/** @param {Res} res @param {number} status @param {string} reason */
function refuse(res, status, reason, extra = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    ...extra,
  })
  res.end(reason)
}

/**
 * What a `Range` header asks of a file of `size` bytes: 'unsatisfiable' (only bytes past its
 * end: 416), 'whole' (malformed, or a suffix longer than the file: the file is sent whole with
 * 200, as RFC 9110 allows) or 'range' (Next serves it).
 * @param {string} header @param {number} size
 * @returns {'unsatisfiable' | 'whole' | 'range'}
 */
function rangeKind(header, size) {
  const match = /^bytes=(.+)$/i.exec(header.trim())
  if (!match) return 'whole'
  let satisfiable = false
  for (const spec of (match[1] ?? '').split(',')) {
    const range = /^\s*(\d*)-(\d*)\s*$/.exec(spec)
    if (!range || (range[1] === '' && range[2] === '')) return 'whole'
    if (range[1] === '') {
      // A suffix: the last N bytes. Longer than the file (or zero) means the file, whole.
      const suffix = Number(range[2])
      if (suffix === 0 || suffix >= size) return 'whole'
      satisfiable = true
    } else {
      if (range[2] !== '' && Number(range[2]) < Number(range[1])) return 'whole'
      if (Number(range[1]) < size) satisfiable = true
    }
  }
  return satisfiable ? 'range' : 'unsatisfiable'
}

/** The file a static URL is served from, relative to the working directory, if any. */
function staticFile(/** @type {string} */ pathname) {
  let decoded
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return undefined
  }
  if (decoded.includes('\0') || decoded.split('/').includes('..')) return undefined
  if (decoded.startsWith('/_next/static/')) {
    return path.join('.next', 'static', decoded.slice('/_next/static/'.length))
  }
  return path.join('public', decoded)
}

/** The size and modification time of a static file, if `pathname` is one. */
function statStatic(/** @type {string} */ pathname) {
  const file = staticFile(pathname)
  try {
    const stat = file ? fs.statSync(file) : undefined
    return stat?.isFile() ? stat : undefined
  } catch {
    return undefined
  }
}

/**
 * The router state Next's client sends with `RSC: 1`: a URI-encoded JSON array whose first item is
 * a segment (a string, or a dynamic segment's array) and whose second is an object of child states.
 */
function validRouterState(/** @type {string} */ value) {
  try {
    const state = JSON.parse(decodeURIComponent(value))
    return (
      Array.isArray(state) &&
      (typeof state[0] === 'string' || Array.isArray(state[0])) &&
      typeof state[1] === 'object' &&
      state[1] !== null &&
      !Array.isArray(state[1])
    )
  } catch {
    return false
  }
}

/** A shared plan's page: /s/<token>, nothing after it (its .txt and .ics files are Next's). */
const SHARED_PLAN = /^\/s\/([^/]+)$/
/** The advice search results: the one view of the library rendered per request. */
const ADVICE_SEARCH = '/advice/search'
/** Our own scripts for the browser (scripts/lib/lean-build.mjs builds them, hashed). */
const OWN_SCRIPT = /^\/_next\/static\/bow-out\/([\w-]+\.js)$/
const STRICT_POLICY = contentSecurityPolicy(false, { inlineScripts: false })

/**
 * @typedef {{ styles: string[], icon: { href: string, type: string, sizes: string } | undefined,
 *   scripts: { plan: string, advice: string } }} PageAssets
 * @typedef {{
 *   renderSharedPlanPage: (token: string, assets: PageAssets) => { status: number, html: string },
 *   renderAdviceSearchPage: (params: URLSearchParams, assets: PageAssets) => string,
 * }} Renderers
 * @typedef {{
 *   dir: string,
 *   reference: () => Promise<string>,
 * }} LeanOptions
 */

/**
 * The pages the front door renders itself and the scripts it serves, from the folder
 * scripts/lib/lean-build.mjs builds (`dir`). Their stylesheet and icon links are the ones on the
 * site's own 404 page, which `reference()` fetches once from Next (so they always match what Next
 * serves, built or in development). `reload()` reads the folder again (after a rebuild).
 * @param {LeanOptions} options
 */
function leanPages({ dir, reference }) {
  /** @type {{ render: Renderers, scripts: Record<string, string> } | undefined} */
  let built
  /** @type {Promise<{ styles: string[], icon: PageAssets['icon'] }> | undefined} */
  let links
  /** @type {Map<string, { raw: Buffer, gzip: Buffer } | null>} */
  const files = new Map()
  const load = () => {
    if (built) return built
    const file = path.resolve(dir, 'lean-render.cjs')
    delete require.cache[file]
    built = {
      render: require(file),
      scripts: JSON.parse(fs.readFileSync(path.join(dir, 'scripts.json'), 'utf8')),
    }
    return built
  }
  const attribute = (/** @type {string} */ tag, /** @type {string} */ name) =>
    new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? ''
  return {
    reload() {
      built = undefined
      links = undefined
      files.clear()
    },
    /** @returns {Promise<{ render: Renderers, assets: PageAssets }>} */
    async ready() {
      links ??= reference().then((html) => {
        const styles = [...html.matchAll(/<link rel="stylesheet"[^>]*>/g)].map((m) =>
          attribute(m[0], 'href'),
        )
        const icon = /<link rel="icon"[^>]*>/.exec(html)?.[0]
        if (!styles.length || styles.includes('') || !icon) {
          links = undefined
          throw new Error('The 404 page has no stylesheet or icon link to copy')
        }
        const href = attribute(icon, 'href')
        return {
          styles,
          icon: { href, type: attribute(icon, 'type'), sizes: attribute(icon, 'sizes') },
        }
      })
      const { render, scripts } = load()
      const assets = /** @type {PageAssets} */ ({ ...(await links), scripts })
      return { render, assets }
    },
    /** One of our scripts, by file name (with its gzipped copy), or null. */
    script(/** @type {string} */ name) {
      if (!files.has(name)) {
        try {
          const raw = fs.readFileSync(path.join(dir, 'static', name))
          files.set(name, { raw, gzip: zlib.gzipSync(raw) })
        } catch {
          files.set(name, null)
        }
      }
      return files.get(name) ?? null
    },
  }
}

/**
 * Sends a body (gzipped for browsers that ask).
 * @param {Req} req @param {Res} res @param {number} status @param {Buffer} raw
 * @param {Buffer} [gzip]
 */
function send(req, res, status, raw, gzip) {
  res.statusCode = status
  res.setHeader('Vary', 'Accept-Encoding')
  let body = raw
  if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    body = gzip ?? zlib.gzipSync(raw)
    res.setHeader('Content-Encoding', 'gzip')
  }
  res.setHeader('Content-Length', body.length)
  res.end(req.method === 'HEAD' ? undefined : body)
}

/** Whether an Origin header names this site (as the Host, or a proxy's X-Forwarded-Host, does). */
function sameOrigin(/** @type {Req} */ req, /** @type {string} */ origin) {
  let host
  try {
    const url = new URL(origin)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return false
    host = url.host
  } catch {
    return false
  }
  const forwarded = req.headers['x-forwarded-host']
  const expected = (Array.isArray(forwarded) ? forwarded[0] : forwarded) ?? req.headers.host
  return Boolean(expected) && (String(expected).split(',')[0] ?? '').trim() === host
}

/** How many times a header was sent (Node keeps only the first Host). */
function count(/** @type {Req} */ req, /** @type {string} */ name) {
  let n = 0
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    if (req.rawHeaders[i]?.toLowerCase() === name) n++
  }
  return n
}

/** The path an address means once `//` and `\` are read as `/` (as Next's redirect does). */
const normalised = (/** @type {string} */ pathname) =>
  pathname.replace(/\\/g, '/').replace(/\/{2,}/g, '/')

/**
 * A front door: `frontDoor(req, res)` answers the request itself when it must (returns true),
 * after giving the response the security headers every answer carries, whoever writes it.
 * @param {{ dev?: boolean, lean?: ReturnType<typeof leanPages>, log?: (line: string) => void }} [options]
 */
function createFrontDoor({ dev = false, lean, log = (line) => console.error(line) } = {}) {
  const HEADERS = securityHeaders(dev)

  /** A page the front door renders: its errors are ours, a 500 with the request id. */
  function renderPage(
    /** @type {Req} */ req,
    /** @type {Res} */ res,
    /** @type {(render: Renderers, assets: PageAssets) => { status: number, html: string }} */ page,
  ) {
    if (!lean) return false
    lean.ready().then(
      ({ render, assets }) => {
        const { status, html } = page(render, assets)
        res.setHeader('Content-Security-Policy', STRICT_POLICY)
        res.setHeader('Content-Type', 'text/html; charset=utf-8')
        send(req, res, status, Buffer.from(html))
      },
      (error) => {
        log(`[${res.getHeader('X-Request-Id')}] a lean page failed to render (${error?.name})`)
        refuse(res, 500, 'Something went wrong on our side. Please try again.')
      },
    )
    return true
  }

  /** @param {Req} req @param {Res} res */
  return function frontDoor(req, res) {
    const id = randomBytes(6).toString('hex')
    res.setHeader('X-Request-Id', id)
    for (const { key, value } of HEADERS) res.setHeader(key, value)
    const method = req.method ?? 'GET'
    // Said once, whoever answered: never the address or anything else that was sent.
    res.on('finish', () => {
      if (res.statusCode >= 500) log(`[${id}] ${method} answered ${res.statusCode}`)
    })

    const url = req.url ?? '/'
    // Only the origin form (a path) is served; an absolute or asterisk form target is not logged.
    if (!url.startsWith('/')) {
      refuse(res, 400, 'Ask for a path on this site.')
      return true
    }
    if (count(req, 'host') > 1) {
      refuse(res, 400, 'One Host header, please.')
      return true
    }
    const pathname = url.split('?')[0] ?? '/'
    const plan = normalised(pathname).startsWith('/s/')
    if (plan) {
      for (const { key, value } of PERMALINK_HEADERS) res.setHeader(key, value)
      res.setHeader('Cache-Control', 'no-store')
    }

    const api = pathname.startsWith('/api/')
    if (!(api ? API_METHODS : PAGE_METHODS).has(method)) {
      refuse(
        res,
        405,
        api ? 'This address answers POST only.' : 'This address answers GET and HEAD.',
        {
          Allow: api ? 'POST' : 'GET, HEAD, POST',
        },
      )
      return true
    }

    // The site uses no optimised images; the route would log the address it was given.
    if (pathname === '/_next/image') {
      refuse(res, 404, 'Not found.')
      return true
    }

    const ownScript = OWN_SCRIPT.exec(pathname)
    if (ownScript && lean && (method === 'GET' || method === 'HEAD')) {
      const file = lean.script(ownScript[1] ?? '')
      if (file) {
        res.setHeader('Content-Type', 'application/javascript; charset=utf-8')
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable')
        send(req, res, 200, file.raw, file.gzip)
        return true
      }
    }

    // Only what Next gets wrong about files needs a look at the disk.
    const h = req.headers
    const conditional = h.range !== undefined || h['if-match'] !== undefined
    const file =
      !api && (method === 'POST' || conditional || h['if-unmodified-since'] !== undefined)
        ? statStatic(pathname)
        : undefined
    if (file && method === 'POST') {
      refuse(res, 405, 'Files answer GET and HEAD.', { Allow: 'GET, HEAD' })
      return true
    }
    if (file && (method === 'GET' || method === 'HEAD')) {
      const range = req.headers.range
      const kind = range === undefined ? undefined : rangeKind(range, file.size)
      if (kind === 'unsatisfiable') {
        refuse(res, 416, 'The range asked for is past the end of the file.', {
          'Content-Range': `bytes */${file.size}`,
        })
        return true
      }
      if (kind === 'whole') delete req.headers.range
      // Next's ETags for files are weak, and If-Match compares strongly: only `*` can match.
      const ifMatch = req.headers['if-match']
      const since = Date.parse(String(req.headers['if-unmodified-since'] ?? ''))
      if (
        (ifMatch !== undefined && ifMatch.trim() !== '*') ||
        (!Number.isNaN(since) && Math.floor(file.mtimeMs / 1000) * 1000 > since)
      ) {
        refuse(res, 412, 'The file has changed since.')
        return true
      }
      delete req.headers['if-match']
      delete req.headers['if-unmodified-since']
    }

    const tree = req.headers['next-router-state-tree']
    if (typeof tree === 'string' && !validRouterState(tree)) {
      refuse(res, 400, 'The router state sent with this request could not be read.')
      return true
    }

    let decodable = true
    try {
      decodeURIComponent(pathname)
    } catch {
      decodable = false
    }

    if (method === 'GET' || method === 'HEAD') {
      const shared = SHARED_PLAN.exec(pathname)
      if (shared) {
        // Next's router never asks for a shared plan (nothing links to one through it), and would
        // load a page it gets as a document: an answer with no body tells it to, for nothing.
        if (req.headers.rsc !== undefined || /[?&]_rsc=/.test(url)) {
          res.writeHead(204).end()
          return true
        }
        const token = decodable ? decodeURIComponent(shared[1] ?? '') : ''
        return renderPage(req, res, (render, assets) => render.renderSharedPlanPage(token, assets))
      }
      // Requests from Next's client router (for the page's RSC data) are left to Next.
      const params = new URLSearchParams(url.slice(pathname.length))
      if (pathname === ADVICE_SEARCH && req.headers.rsc === undefined && !params.has('_rsc')) {
        res.setHeader('Cache-Control', 'private, no-store')
        return renderPage(req, res, (render, assets) => ({
          status: 200,
          html: render.renderAdviceSearchPage(params, assets),
        }))
      }
    }

    // A link cut off mid-character: the site's 404 page (a path with no route), not Next's 500.
    if (!decodable) {
      req.url = '/-/not-found'
      return false
    }

    if (method === 'POST' && !api) {
      // A shared plan is read, never posted to; its address is someone's answers.
      if (plan) {
        refuse(res, 405, 'This address answers GET and HEAD.', { Allow: 'GET, HEAD' })
        return true
      }
      // Declared too large: refused before a byte is read (proxy.ts counts the ones that aren't).
      if (Number(req.headers['content-length'] ?? 0) > bodyLimits.formPost) {
        refuse(res, 413, 'The form sent was too large.', { Connection: 'close' })
        return true
      }
      const action = req.headers['next-action']
      if (action !== undefined && !ACTION_ID.test(String(action))) {
        refuse(res, 404, 'There is no such action.')
        return true
      }
      const origin = req.headers.origin
      if (origin !== undefined && !sameOrigin(req, String(origin))) {
        refuse(res, 403, 'Forms here can only be sent from this site.')
        return true
      }
    }
    return false
  }
}

module.exports = {
  createFrontDoor,
  leanPages,
  rangeKind,
  validRouterState,
  sameOrigin,
}
