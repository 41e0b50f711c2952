// Prerendered pages without the framework's runtime. A page that is the same for everyone and
// has nothing React must run in the browser (an article, the advice index, the home page, the
// interview-now pages) doesn't need the ~140 kB of scripts Next puts on every page: on a phone,
// starting them up is most of what the page costs. scripts/standalone.mjs rewrites those pages'
// prerendered HTML with `leanPage`: Next's scripts and script preloads are taken out, and a page
// that needs a little JavaScript of its own (the advice index's filters and search) gets that
// one script. Next still serves the pages, with the same headers; its client router still gets
// the full page (the .rsc file) when someone moves to it from a page React runs (the planner).

/**
 * The client components a lean page may contain, by export name: Next's own (links, boundaries,
 * the icon and the error boundary, which are inert without the runtime), and ours that only
 * run an enhancer a lean page loads as its own script (see PAGE_SCRIPTS in standalone.mjs).
 * A page with any other client component would lose it: the build stops and says which.
 */
export const INERT_CLIENT_COMPONENTS = new Set([
  '',
  'default',
  'IconMark',
  'OutletBoundary',
  'ViewportBoundary',
  'MetadataBoundary',
  'AdviceBrowserScript',
])

/**
 * The export names of the client components in a prerendered page's inline RSC payload: its
 * `I[module,[chunks],"name"]` rows. A name used twice may be written once as its own row
 * (`15:"ViewportBoundary"`) and referred to as `"$15"`.
 */
export function clientComponents(html) {
  const rows = new Map()
  for (const match of html.matchAll(/(?:\\n|")([0-9a-f]+):\\"([A-Za-z0-9_]*)\\"/g)) {
    rows.set(match[1], match[2])
  }
  const names = new Set()
  for (const match of html.matchAll(/I\[\d+,\[[^\]]*\],\\"(\$?[A-Za-z0-9_]*)\\"/g)) {
    const name = match[1]
    names.add(name.startsWith('$') ? (rows.get(name.slice(1)) ?? name) : name)
  }
  return names
}

/**
 * Why `html` can't be served without the runtime, or undefined when it can: a client component
 * that needs React, or content that only appears once a streaming script moves it into place.
 */
export function whyNotLean(html) {
  const live = [...clientComponents(html)].filter((name) => !INERT_CLIENT_COMPONENTS.has(name))
  if (live.length) return `it has client components that need React: ${live.join(', ')}`
  if (/<template\b/i.test(html) || /\$RC\(/.test(html)) {
    return 'part of it streams in after the first HTML (a Suspense boundary)'
  }
  if (!/<\/head>/.test(html)) return 'it has no </head> to put its script in'
  return undefined
}

/** `html` without its script preloads (`<link rel="preload" as="script">`, `modulepreload`). */
function withoutScriptPreloads(html) {
  return html.replace(/<link\b[^>]*>/gi, (tag) =>
    /\brel="modulepreload"/i.test(tag) || /\bas="script"/i.test(tag) ? '' : tag,
  )
}

/** A script tag Next writes for one of its chunks: `<script src="…" async=""></script>`. */
const ASYNC_SCRIPT = /<script\b[^>]*\ssrc="([^"]+)"[^>]*\sasync=""[^>]*><\/script>/gi

/**
 * `html` with every script and script preload taken out, and `scripts` (addresses, loaded with
 * `defer`) put at the end of its head.
 */
export function leanPage(html, scripts = []) {
  const stripped = withoutScriptPreloads(html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, ''))
  const tags = scripts.map((src) => `<script src="${src}" defer=""></script>`).join('')
  return stripped.replace('</head>', `${tags}</head>`)
}

/** The addresses of the scripts Next puts on a page (the ones `leanPage` takes out). */
export function frameworkScripts(html) {
  return [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/gi)].map((match) => match[1])
}

/** The chunks a page React runs starts the framework with: its async scripts, in their order. */
export function bootScripts(html) {
  return [...html.matchAll(ASYNC_SCRIPT)].map((match) => match[1])
}

/**
 * `html` (a prerendered page React runs) with the framework started after the first paint: its
 * script tags and script preloads taken out, and `boot` (lib/site/boot-after-paint.ts), given
 * their addresses, loaded in their place. Inline scripts (the RSC payload) stay as they are.
 */
export function paintFirstPage(html, boot) {
  const scripts = bootScripts(html)
  const stripped = withoutScriptPreloads(html.replace(ASYNC_SCRIPT, ''))
  // Already done (the build's last step was run again): nothing left to move.
  if (!scripts.length) return html
  const list = JSON.stringify(scripts).replace(/"/g, '&quot;')
  return stripped.replace(
    '</head>',
    `<script src="${boot}" data-scripts="${list}" defer=""></script></head>`,
  )
}

/**
 * V8's explicit compile hint (Chrome 136 and later; other engines read a comment): written first
 * in a script, it has every function in it compiled while the script downloads, on a background
 * thread, rather than on the main thread the first time each is called.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad'

/**
 * `source` (a script that runs nearly all of itself as soon as it loads: the framework's chunks on
 * a page React runs) with the compile hint first. Without it, the chunk that starts the app
 * compiles React DOM's and the router's module code on the main thread, in one task of ~60 ms
 * (~250 ms on Lighthouse's phone), which is most of the planner's blocking time.
 */
export function withCompileHint(source) {
  return source.startsWith(COMPILE_HINT) ? source : `${COMPILE_HINT}\n${source}`
}
