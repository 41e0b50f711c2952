// Prerendered pages without the framework's runtime. A page that is the same for everyone and
// has nothing React must run in the browser (an article, the advice index, the home page, the
// interview-now pages) doesn't need the ~140 kB of scripts Next puts on every page: on a phone,
// starting them up is most of what the page costs. scripts/postbuild.mjs rewrites those pages'
// prerendered HTML with `leanPage`: Next's scripts, flight data and script preloads are taken out, and a page
// that needs a little JavaScript of its own (the advice index's filters and search) gets that
// one script. Next still serves the pages, with the same headers; its client router still gets
// the full page (the .rsc file) when someone moves to it from a page React runs (the planner).

/**
 * The client components a lean page may contain, by the module that defines them (as Next's
 * client reference manifests name it, without `[project]/`): Next's own (links, boundaries, the
 * icon, the error boundaries, inert without the runtime), and ours that only run an enhancer a
 * lean page loads as its own script (see PAGE_SCRIPTS in scripts/postbuild.mjs). A page with any
 * other client component, whatever its export is called, would lose it: the build stops and says
 * which module.
 */
export const INERT_CLIENT_MODULES = new Set([
  'node_modules/next/dist/client/app-dir/link.js',
  'node_modules/next/dist/client/components/builtin/global-error.js',
  'node_modules/next/dist/esm/client/components/client-page.js',
  'node_modules/next/dist/esm/client/components/client-segment.js',
  'node_modules/next/dist/esm/client/components/http-access-fallback/error-boundary.js',
  'node_modules/next/dist/esm/client/components/layout-router.js',
  'node_modules/next/dist/esm/client/components/render-from-template-context.js',
  'node_modules/next/dist/esm/lib/framework/boundary-components.js',
  'node_modules/next/dist/esm/lib/metadata/generate/icon-mark.js',
  // The root error boundary: shown only when a page fails to render, which a prerendered one didn't.
  'app/error.tsx',
  'components/advice/advice-browser-script.tsx',
])

/**
 * The module behind each client reference id, from the sources of a build's client reference
 * manifests (`.next/server/app/…/page_client-reference-manifest.js`, one assignment of JSON
 * each): `clientModules: { "[project]/<module>[ <module evaluation>]": { id, … } }`.
 */
export function clientModules(manifestSources) {
  const modules = new Map()
  for (const source of manifestSources) {
    const json = /=\s*(\{[\s\S]*\})\s*;?\s*$/.exec(source)?.[1]
    if (!json) throw new Error('A client reference manifest is not the one assignment expected')
    for (const [key, entry] of Object.entries(JSON.parse(json).clientModules ?? {})) {
      modules.set(String(entry.id), key.replace(/^\[project\]\//, '').replace(/ <.*>$/, ''))
    }
  }
  return modules
}

/** The ids of the client components in a prerendered page's inline RSC payload (its `I[id,…]` rows). */
export function clientReferences(html) {
  return new Set([...html.matchAll(/I\[(\d+),\[/g)].map((match) => match[1]))
}

/** Next's own scripts: its chunks, its flight data and the inline bootstrap that lists the chunks. */
const NEXT_SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>/gi
function isNextScript(tag) {
  const open = /^<script\b[^>]*>/i.exec(tag)?.[0] ?? ''
  if (/\ssrc="\/_next\/static\//.test(open)) return true
  const body = tag.slice(open.length, -'</script>'.length)
  return (
    /^\(?self\.__next_f\b/.test(body) ||
    (/\sid="_R_"/.test(open) && /^\(globalThis\["TURBOPACK"\]/.test(body))
  )
}
/** A script element that runs (not data such as JSON-LD). */
const runs = (tag) => {
  const type = /\stype="([^"]*)"/i.exec(/^<script\b[^>]*>/i.exec(tag)?.[0] ?? '')?.[1]
  return type === undefined || /^(?:text|application)\/(?:java|ecma)script$|^module$/i.test(type)
}

/**
 * Why `html` can't be served without the runtime, or undefined when it can: a client component
 * that needs React (from a module not in INERT_CLIENT_MODULES, or one `modules` doesn't know), a
 * script of someone else's that would run, or content that only appears once a streaming script
 * moves it into place.
 */
export function whyNotLean(html, modules) {
  const live = [...clientReferences(html)]
    .map((id) => modules.get(id) ?? `an unknown module (id ${id})`)
    .filter((module) => !INERT_CLIENT_MODULES.has(module))
  if (live.length) return `it has client components that need React: ${live.join(', ')}`
  if (/<template\b/i.test(html) || /\$RC\(/.test(html)) {
    return 'part of it streams in after the first HTML (a Suspense boundary)'
  }
  const other = (html.match(NEXT_SCRIPT) ?? []).filter((tag) => !isNextScript(tag) && runs(tag))
  if (other.length) return `it has a script that is not Next's: ${other[0].slice(0, 60)}`
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
 * `html` with Next's scripts and script preloads taken out (others, such as JSON-LD, stay), and
 * `scripts` (addresses, loaded with `defer`) put at the end of its head.
 */
export function leanPage(html, scripts = []) {
  const stripped = withoutScriptPreloads(
    html.replace(NEXT_SCRIPT, (tag) => (isNextScript(tag) ? '' : tag)),
  )
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
