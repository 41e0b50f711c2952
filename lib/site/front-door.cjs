// @ts-check
'use strict'
/*
 * The front door: a few checks in front of Next's own standalone server, for the requests Next
 * answers with a 500 or without headers (an unsatisfiable Range on a static file, an unusual
 * method, a malformed router-state header, a server action from another origin, Next's own
 * redirects) and for the ones that would put what was sent into the log. It runs in the same
 * process, before Next sees the request: scripts/standalone.mjs installs it in
 * .next/standalone/server.js. Everything else goes to Next untouched.
 *
 * The rule for what it answers: a 4xx with every security header, a short plain-text reason,
 * and nothing of what was sent, in the answer or in the log.
 */
const http = require('node:http')
const fs = require('node:fs')
const path = require('node:path')
const zlib = require('node:zlib')
const {
  contentSecurityPolicy,
  securityHeaders,
  PERMALINK_HEADERS,
} = require('./security-headers.cjs')

const HEADERS = securityHeaders(false)
const PAGE_METHODS = new Set(['GET', 'HEAD', 'POST'])
// The JSON API answers these itself, with a 405 that says what to send.
const API_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'])
// Next's server action ids are hex digests; anything else is refused before Next logs it.
const ACTION_ID = /^[0-9a-f]{40,64}$/i

/** @param {http.ServerResponse} res @param {number} status @param {string} reason */
function refuse(res, status, reason, extra = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    ...extra,
  })
  res.end(reason)
}

/**
 * Whether a `Range` header asks only for bytes past the end of a file of `size` bytes (416).
 * Malformed ranges are not unsatisfiable: the file is then sent whole, as RFC 9110 allows.
 * @param {string} header @param {number} size
 */
function unsatisfiable(header, size) {
  const match = /^\s*bytes\s*=\s*(.+)$/i.exec(header)
  if (!match) return false
  let wellFormed = 0
  for (const spec of match[1].split(',')) {
    const range = /^\s*(\d*)\s*-\s*(\d*)\s*$/.exec(spec)
    if (!range || (range[1] === '' && range[2] === '')) continue
    wellFormed++
    if (range[1] === '') {
      if (Number(range[2]) > 0 && size > 0) return false
    } else if (Number(range[1]) < size) {
      return false
    }
  }
  return wellFormed > 0
}

/** The file a static URL is served from, relative to the server's folder, if any. */
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

/** The router state Next's client sends with `RSC: 1`: a URI-encoded JSON array. */
function validRouterState(/** @type {string} */ value) {
  try {
    return Array.isArray(JSON.parse(decodeURIComponent(value)))
  } catch {
    return false
  }
}

/** A shared plan's page: /s/<token>, nothing after it (its .txt and .ics files are Next's). */
const SHARED_PLAN = /^\/s\/([^/]+)$/
/** The advice search results: the one view of the library rendered per request. */
const ADVICE_SEARCH = '/advice/search'
const STRICT_POLICY = contentSecurityPolicy(false, { inlineScripts: false })

/**
 * @typedef {{
 *   sharedPlan: (token: string) => { status: number, html: string },
 *   adviceSearch: (params: URLSearchParams) => string,
 * }} LeanPages
 * @type {LeanPages | null | undefined}
 */
let leanPages
/**
 * The pages the front door renders itself (lib/site/lean-render.ts), built by
 * scripts/standalone.mjs beside this file; loaded on the first request for one (after Next's
 * server has made its folder the working directory, where content/ is). Without them (this file
 * run unbuilt, in a unit test) those requests go to Next's own pages.
 */
function renderers() {
  if (leanPages !== undefined) return leanPages
  try {
    const { renderSharedPlanPage, renderAdviceSearchPage } = require(
      path.join(__dirname, 'lean-render.cjs'),
    )
    const assets = JSON.parse(fs.readFileSync(path.join(__dirname, 'lean-assets.json'), 'utf8'))
    leanPages = {
      sharedPlan: (token) => renderSharedPlanPage(token, assets),
      adviceSearch: (params) => renderAdviceSearchPage(params, assets),
    }
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'MODULE_NOT_FOUND') throw error
    leanPages = null
  }
  return leanPages
}

/**
 * Sends a page the front door rendered: with the strict script policy (these pages have no inline
 * script), gzipped for browsers that ask.
 * @param {http.IncomingMessage} req @param {http.ServerResponse} res
 * @param {number} status @param {string} html
 */
function sendPage(req, res, status, html) {
  let body = Buffer.from(html)
  res.statusCode = status
  res.setHeader('Content-Security-Policy', STRICT_POLICY)
  res.setHeader('Content-Type', 'text/html; charset=utf-8')
  res.setHeader('Vary', 'Accept-Encoding')
  if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    body = zlib.gzipSync(body)
    res.setHeader('Content-Encoding', 'gzip')
  }
  res.setHeader('Content-Length', body.length)
  res.end(req.method === 'HEAD' ? undefined : body)
}

/**
 * Renders a lean page with `render`, or answers 500 if that fails: a bug, not the sender's fault,
 * said in the log by its kind only, never with what was asked for.
 * @template T
 * @param {http.ServerResponse} res @param {string} name @param {() => T} render
 * @returns {T | undefined}
 */
function renderOr500(res, name, render) {
  try {
    return render()
  } catch (error) {
    console.error(`The ${name} failed to render (${/** @type {Error} */ (error).name}).`)
    refuse(res, 500, 'Something went wrong on our side. Please try again.')
    return undefined
  }
}

/**
 * Answers GET or HEAD for a shared plan with its lean page: the plan, or the site's "not found"
 * page (404) for a link that can't be read. Returns false to leave the request to Next.
 * @param {http.IncomingMessage} req @param {http.ServerResponse} res @param {string} token
 */
function serveSharedPlan(req, res, token) {
  const pages = renderers()
  if (!pages) return false
  let decoded
  try {
    decoded = decodeURIComponent(token)
  } catch {
    decoded = ''
  }
  const page = renderOr500(res, 'shared plan page', () => pages.sharedPlan(decoded))
  if (page) sendPage(req, res, page.status, page.html)
  return true
}

/**
 * Answers GET or HEAD for the advice search results with their lean page. The words searched for
 * are someone's own: the page is never cached. Requests from Next's client router (for the page's
 * RSC data) are left to Next, as everything is when the pages were not built.
 * @param {http.IncomingMessage} req @param {http.ServerResponse} res @param {string} search
 */
function serveAdviceSearch(req, res, search) {
  const pages = renderers()
  if (!pages || req.headers.rsc !== undefined) return false
  const params = new URLSearchParams(search)
  if (params.has('_rsc')) return false
  const html = renderOr500(res, 'search page', () => pages.adviceSearch(params))
  if (html !== undefined) {
    res.setHeader('Cache-Control', 'private, no-store')
    sendPage(req, res, 200, html)
  }
  return true
}

/** Whether an Origin header names this site (as the Host, or a proxy's X-Forwarded-Host, does). */
function sameOrigin(/** @type {http.IncomingMessage} */ req, /** @type {string} */ origin) {
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
  return Boolean(expected) && String(expected).split(',')[0].trim() === host
}

/**
 * Answers the request itself when it must (returns true), after giving the response the
 * security headers that every answer carries, whoever writes it.
 * @param {http.IncomingMessage} req @param {http.ServerResponse} res
 */
function frontDoor(req, res) {
  const url = req.url ?? '/'
  const pathname = url.split('?')[0] ?? '/'
  for (const { key, value } of HEADERS) res.setHeader(key, value)
  if (pathname.startsWith('/s/')) {
    for (const { key, value } of PERMALINK_HEADERS) res.setHeader(key, value)
    res.setHeader('Cache-Control', 'no-store')
  }

  const method = req.method ?? 'GET'
  const api = pathname.startsWith('/api/')
  if (!(api ? API_METHODS : PAGE_METHODS).has(method)) {
    refuse(res, 405, 'This address answers GET, HEAD and POST only.', {
      Allow: api ? [...API_METHODS].join(', ') : 'GET, HEAD, POST',
    })
    return true
  }

  // The site uses no optimised images; the route would log the address it was given.
  if (pathname === '/_next/image') {
    refuse(res, 404, 'Not found.')
    return true
  }

  const range = req.headers.range
  if (range && (method === 'GET' || method === 'HEAD') && !api) {
    const file = staticFile(pathname)
    let size
    try {
      const stat = file ? fs.statSync(file) : undefined
      size = stat?.isFile() ? stat.size : undefined
    } catch {
      size = undefined
    }
    if (size !== undefined && unsatisfiable(range, size)) {
      refuse(res, 416, 'The range asked for is past the end of the file.', {
        'Content-Range': `bytes */${size}`,
      })
      return true
    }
  }

  const tree = req.headers['next-router-state-tree']
  if (typeof tree === 'string' && !validRouterState(tree)) {
    refuse(res, 400, 'The router state sent with this request could not be read.')
    return true
  }

  if (method === 'GET' || method === 'HEAD') {
    const shared = SHARED_PLAN.exec(pathname)
    if (shared && serveSharedPlan(req, res, shared[1])) return true
    if (pathname === ADVICE_SEARCH && serveAdviceSearch(req, res, url.slice(pathname.length))) {
      return true
    }
  }

  const action = req.headers['next-action']
  if (method === 'POST' && !api) {
    // The server actions (app/plan/actions.ts, app/plan/several/actions.ts) never throw on bad
    // input: they answer with the form and its errors. So a 500 to a form post can only mean
    // React could not read the form itself (a forged or truncated payload): the sender's fault,
    // a 400.
    const writeHead = res.writeHead
    res.writeHead = /** @type {typeof res.writeHead} */ (
      function (/** @type {number} */ status, /** @type {any[]} */ ...rest) {
        return writeHead.call(this, status === 500 ? 400 : status, ...rest)
      }
    )
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

/*
 * Next logs some errors with a piece of what was sent: a JSON parse error quotes the text it
 * could not read. The rule here is that a log line may say what went wrong and where, never what
 * was sent, so these messages have the quoted request text replaced before they are written.
 */
const REDACTIONS = [
  [
    /(?:Unexpected token .{1,4}, )?"(?:[^"\\]|\\.)*" is not valid JSON/g,
    'the text sent is not valid JSON',
  ],
  [/Received "(?:[^"\\]|\\.)*"/g, 'Received [withheld]'],
  [/Server Action "(?:[^"\\]|\\.)*"/g, 'Server Action [withheld]'],
  [/header with value `[^`]*`/g, 'header with value [withheld]'],
  [/valid image for \S+/g, 'valid image for [withheld]'],
]

/** @param {string} text */
function redactText(text) {
  let out = text
  for (const [pattern, replacement] of REDACTIONS) {
    out = out.replace(/** @type {RegExp} */ (pattern), /** @type {string} */ (replacement))
  }
  return out
}

/** A log argument with request text withheld; errors are copied, never changed in place. */
function redact(/** @type {unknown} */ arg) {
  if (typeof arg === 'string') return redactText(arg)
  if (arg instanceof Error) {
    const copy = new Error(redactText(arg.message))
    copy.name = arg.name
    copy.stack = redactText(arg.stack ?? '')
    for (const [key, value] of Object.entries(arg)) {
      ;/** @type {Record<string, unknown>} */ (/** @type {unknown} */ (copy))[key] =
        typeof value === 'string' ? redactText(value) : value
    }
    return copy
  }
  return arg
}

/**
 * Puts the front door before every request listener of the servers created from now on. Next's
 * standalone server creates its one HTTP server with http.createServer(listener), after this
 * runs (see .next/standalone/server.js).
 */
function install() {
  for (const level of /** @type {const} */ (['error', 'warn', 'log', 'info'])) {
    const write = console[level]
    console[level] = (...args) => write(...args.map(redact))
  }
  const create = http.createServer
  // @ts-expect-error -- the same overloads, with the listener wrapped
  http.createServer = function createServer(...args) {
    const at = args.findIndex((arg) => typeof arg === 'function')
    if (at >= 0) {
      const listener = args[at]
      args[at] = (
        /** @type {http.IncomingMessage} */ req,
        /** @type {http.ServerResponse} */ res,
      ) => {
        if (!frontDoor(req, res)) listener(req, res)
      }
    }
    return create.apply(http, /** @type {any} */ (args))
  }
}

module.exports = { frontDoor, install, redact, unsatisfiable, validRouterState, sameOrigin }
