// After `next build`: builds the front door's own pages and scripts (scripts/lib/lean-build.mjs,
// into .next/bow-out, the same step the dev server runs), and takes the framework's runtime out of
// the prerendered pages that don't need it (scripts/lib/lean-pages.mjs). `npm start`
// (lib/site/server.mjs) then serves the build from this folder.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { buildLean } from './lib/lean-build.mjs'
import {
  bootScripts,
  clientModules,
  frameworkScripts,
  leanPage,
  paintFirstPage,
  whyNotLean,
  withCompileHint,
} from './lib/lean-pages.mjs'

const target = '.next'
if (!existsSync(`${target}/prerender-manifest.json`)) {
  console.error('No .next/prerender-manifest.json: run next build first.')
  process.exit(1)
}
const OUT = `${target}/bow-out`
await buildLean(OUT)
const scripts = JSON.parse(readFileSync(`${OUT}/scripts.json`, 'utf8'))
if (!scripts.plan || !scripts.advice || !scripts.boot) {
  console.error('Could not build the scripts for the lean pages.')
  process.exit(1)
}
// Our scripts are the front door's to serve; beside Next's, too, for a CDN that serves .next/static.
rmSync(`${target}/static/bow-out`, { recursive: true, force: true })
cpSync(`${OUT}/static`, `${target}/static/bow-out`, { recursive: true })
// The framework's scripts every page React renders loads, as the 404 page lists them.
const reference = readFileSync(`${target}/server/app/_not-found.html`, 'utf8')

// The module behind each client component id, from every page's client reference manifest.
const modules = clientModules(
  readdirSync(`${target}/server/app`, { recursive: true })
    .filter((file) => String(file).endsWith('page_client-reference-manifest.js'))
    .map((file) => readFileSync(`${target}/server/app/${file}`, 'utf8')),
)

// The rewrite reads Next's own output, whose format Next does not promise: a unit test
// (scripts/lib/lean-pages.test.mjs) runs it on pages captured from a real build, and fails when
// Next's version is no longer the one they were captured with. To capture them again:
// CAPTURE_LEAN_FIXTURE=1 npm run build.
if (process.env.CAPTURE_LEAN_FIXTURE) {
  const fixture = 'scripts/lib/__fixtures__/lean-pages'
  rmSync(fixture, { recursive: true, force: true })
  mkdirSync(fixture, { recursive: true })
  for (const page of ['privacy', 'advice', 'plan']) {
    cpSync(`${target}/server/app/${page}.html`, `${fixture}/${page}.html`)
    cpSync(
      `${target}/server/app/${page}/page_client-reference-manifest.js`,
      `${fixture}/${page}.client-reference-manifest.js`,
    )
  }
  const { version } = JSON.parse(readFileSync('node_modules/next/package.json', 'utf8'))
  writeFileSync(`${fixture}/next-version.json`, `${JSON.stringify({ next: version })}\n`)
  console.log(`Captured ${fixture} from Next ${version}.`)
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
  const file = `${target}/server/app${route === '/' ? '/index' : route}.html`
  if (!existsSync(file)) continue
  const html = readFileSync(file, 'utf8')
  if (KEEP_RUNTIME.some((pattern) => pattern.test(route))) {
    if (route !== '/_global-error') {
      for (const src of bootScripts(html)) booted.add(src)
      paintFirst.push({ file, html: paintFirstPage(html, scripts.boot) })
    }
    continue
  }
  const why = whyNotLean(html, modules)
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
      'component a plain script (as lib/search/advice-browser.ts does) and add its module to',
      'INERT_CLIENT_MODULES in scripts/lib/lean-pages.mjs, or add the page to KEEP_RUNTIME in',
      'scripts/postbuild.mjs:',
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
  const file = `${target}${src.replace(/^\/_next\//, '/')}`
  if (!src.startsWith('/_next/static/') || !existsSync(file)) {
    console.error(`${src}, loaded by the planner, is not in this build's static files.`)
    process.exit(1)
  }
  writeFileSync(file, withCompileHint(readFileSync(file, 'utf8')))
}
// Next keeps a copy of each page it has served under route-cache/ and reads that first: a copy
// made before these pages were rewritten (a server started on this build earlier) must go.
rmSync(`${target}/server/route-cache`, { recursive: true, force: true })
// What was done, for the tests and the budget: the lean routes, and the framework's scripts that
// every page rendered by React still loads (the ones taken out of the 404 page).
writeFileSync(
  `${OUT}/lean-pages.json`,
  `${JSON.stringify({ routes: lean.map((page) => page.route), framework: frameworkScripts(reference) }, null, 2)}\n`,
)
console.log(
  `${lean.length} prerendered pages load no framework; ${paintFirst.length} start it after their first paint, with ${booted.size} chunks compiled as they load.`,
)

console.log(`The build is ready: npm start (PORT=3000 HOSTNAME=127.0.0.1).`)
