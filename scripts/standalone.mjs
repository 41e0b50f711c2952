// After `next build`: completes .next/standalone with the files Next leaves out of it on purpose
// (a CDN usually serves them): the built assets in .next/static, and public/. The folder is then a
// self-contained server: `node .next/standalone/server.js` on any machine with Node. It also puts
// the front door (lib/site/front-door.cjs) in front of Next's server, builds the pages the front
// door renders itself (lib/site/lean-render.ts: a shared plan, the advice search) with their
// scripts, and
// takes the framework's runtime out of the prerendered pages that don't need it
// (scripts/lib/lean-pages.mjs).
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { build } from 'esbuild'
import {
  bootScripts,
  frameworkScripts,
  leanPage,
  paintFirstPage,
  whyNotLean,
  withCompileHint,
} from './lib/lean-pages.mjs'

const target = '.next/standalone'
if (!existsSync(`${target}/server.js`)) {
  console.error(
    `No ${target}/server.js: run next build first (next.config.js sets output: 'standalone').`,
  )
  process.exit(1)
}
// Our own scripts, for the browser: the shared plan's and the advice index's (pages that load no
// framework), and the one that starts the framework after the first paint on the prerendered
// pages React runs. Hashed, so they can be cached for good like Next's own.
const scriptDir = '.next/static/bow-out'
rmSync(scriptDir, { recursive: true, force: true })
const ENTRIES = {
  plan: 'lib/plan/enhance-entry.ts',
  advice: 'lib/search/advice-browser-entry.ts',
  boot: 'lib/site/boot-after-paint.ts',
}
const browser = await build({
  entryPoints: ENTRIES,
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  outdir: scriptDir,
  entryNames: '[name]-[hash]',
  metafile: true,
  logLevel: 'warning',
})
/** The address each entry was built to. */
const scripts = Object.fromEntries(
  Object.entries(browser.metafile.outputs)
    .filter(([, output]) => output.entryPoint)
    .map(([file, output]) => [
      Object.keys(ENTRIES).find((name) => ENTRIES[name] === output.entryPoint),
      `/_next/static/bow-out/${file.split('/').pop()}`,
    ]),
)

// The page links the stylesheet and icon every other page links: taken from the prerendered 404
// page, so they always match this build.
const reference = readFileSync('.next/server/app/_not-found.html', 'utf8')
const attribute = (tag, name) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]
const styles = [...reference.matchAll(/<link rel="stylesheet"[^>]*>/g)].map((m) =>
  attribute(m[0], 'href'),
)
const iconTag = /<link rel="icon"[^>]*>/.exec(reference)?.[0]
if (
  !scripts.plan ||
  !scripts.advice ||
  styles.length === 0 ||
  styles.includes(undefined) ||
  !iconTag
) {
  console.error('Could not find the scripts, stylesheets or icon for the lean pages.')
  process.exit(1)
}
const assets = {
  styles,
  icon: {
    href: attribute(iconTag, 'href'),
    type: attribute(iconTag, 'type'),
    sizes: attribute(iconTag, 'sizes'),
  },
  scripts,
}

for (const [from, to] of [
  ['.next/static', `${target}/.next/static`],
  ['public', `${target}/public`],
]) {
  rmSync(to, { recursive: true, force: true })
  cpSync(from, to, { recursive: true })
}

// Prerendered pages without the framework's runtime (scripts/lib/lean-pages.mjs): every
// prerendered page but these, which keep it and start it after their first paint.
const KEEP_RUNTIME = [
  // The planner is React (components/wizard/plan-wizard.tsx), bare or started from a stage.
  /^\/plan$/,
  /^\/plan\/stage\//,
  // Its form is React (components/several/several-form.tsx).
  /^\/plan\/several$/,
  // Shown when the root layout itself fails: Next's own.
  /^\/_global-error$/,
]
// A lean page that carries this marker loads this script.
const PAGE_SCRIPTS = [{ marker: 'data-advice-browser=""', script: scripts.advice }]
const prerendered = JSON.parse(readFileSync('.next/prerender-manifest.json', 'utf8'))
const lean = []
const paintFirst = []
/** The framework's chunks the paint-first pages start with. */
const booted = new Set()
const refused = []
for (const route of Object.keys(prerendered.routes)) {
  const file = `${target}/.next/server/app${route === '/' ? '/index' : route}.html`
  if (!existsSync(file)) continue
  const html = readFileSync(file, 'utf8')
  if (KEEP_RUNTIME.some((pattern) => pattern.test(route))) {
    if (route !== '/_global-error') {
      for (const src of bootScripts(html)) booted.add(src)
      paintFirst.push({ file, html: paintFirstPage(html, scripts.boot) })
    }
    continue
  }
  const why = whyNotLean(html)
  if (why) {
    refused.push(`${route}: ${why}`)
    continue
  }
  const own = PAGE_SCRIPTS.filter(({ marker }) => html.includes(marker)).map((p) => p.script)
  lean.push({ route, file, html: leanPage(html, own) })
}
if (refused.length) {
  console.error(
    [
      'These prerendered pages cannot be served without the framework. Give the client',
      'component a plain script (as lib/search/advice-browser.ts does), or add the page to',
      'KEEP_RUNTIME in scripts/standalone.mjs:',
      ...refused.map((line) => `  ${line}`),
    ].join('\n'),
  )
  process.exit(1)
}
for (const { file, html } of [...lean, ...paintFirst]) writeFileSync(file, html)
// Nearly all the code in those chunks runs as soon as it loads: compiled while it downloads, off the main
// thread, they no longer block it when the framework starts (withCompileHint). They are also the
// chunks every other page React renders starts with.
for (const src of booted) {
  const file = `${target}${src.replace(/^\/_next\//, '/.next/')}`
  if (!src.startsWith('/_next/static/') || !existsSync(file)) {
    console.error(`${src}, loaded by the planner, is not in this build's static files.`)
    process.exit(1)
  }
  writeFileSync(file, withCompileHint(readFileSync(file, 'utf8')))
}
// Next keeps a copy of each page it has served under route-cache/ and reads that first: a copy
// made before these pages were rewritten (a server started on this build earlier) must go.
rmSync(`${target}/.next/server/route-cache`, { recursive: true, force: true })
// What was done, for the tests and the budget: the lean routes, and the framework's scripts that
// every page rendered by React still loads (the ones taken out of the 404 page).
mkdirSync(`${target}/lib/site`, { recursive: true })
writeFileSync(
  `${target}/lib/site/lean-pages.json`,
  `${JSON.stringify({ routes: lean.map((page) => page.route), framework: frameworkScripts(reference) }, null, 2)}\n`,
)
console.log(
  `${lean.length} prerendered pages load no framework; ${paintFirst.length} start it after their first paint, with ${booted.size} chunks compiled as they load.`,
)

// The front door (lib/site/front-door.cjs) goes in front of Next's server: Next's server.js
// becomes next-server.js, and server.js installs the front door, then starts it.
const WRAPPER = `// Written by scripts/standalone.mjs: the front door first, then Next's own server.
require('./lib/site/front-door.cjs').install()
require('./next-server.js')
`
cpSync('lib/site/front-door.cjs', `${target}/lib/site/front-door.cjs`)
// The front door's pages, for Node: React's server renderer and the app's own modules in one file.
// In it, next/link is a plain link (there is no client router) and server-only is empty (it is
// server code).
const replace = (filter, file) => ({
  name: `replace ${filter}`,
  setup(esbuild) {
    esbuild.onResolve({ filter }, () => ({ path: new URL(file, import.meta.url).pathname }))
  },
})
await build({
  entryPoints: ['lib/site/lean-render.ts'],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [
    replace(/^next\/link$/, '../lib/site/plain-link.tsx'),
    replace(/^server-only$/, '../lib/testing/empty.ts'),
  ],
  outfile: `${target}/lib/site/lean-render.cjs`,
  logLevel: 'warning',
})
writeFileSync(`${target}/lib/site/lean-assets.json`, `${JSON.stringify(assets, null, 2)}\n`)
cpSync('lib/site/security-headers.cjs', `${target}/lib/site/security-headers.cjs`)
if (readFileSync(`${target}/server.js`, 'utf8') !== WRAPPER) {
  renameSync(`${target}/server.js`, `${target}/next-server.js`)
  writeFileSync(`${target}/server.js`, WRAPPER)
}
console.log(`${target} is ready: PORT=3000 HOSTNAME=127.0.0.1 node ${target}/server.js`)
