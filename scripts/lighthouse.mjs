// Lighthouse, mobile preset (the default), three runs a page; prints the median of each category
// and exits non-zero when a median is below target. Scores wobble on shared machines, hence the
// median. Usage: npm run lighthouse (builds first if there is no production build).
// LIGHTHOUSE_ONLY=planner (a page name, or part of one) measures just the pages it names.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { createRequire } from 'node:module'
import { SAMPLE_SITUATION } from './lib/sample.mjs'
import { startServer } from './lib/server.mjs'

const require = createRequire(import.meta.url)
const { CHROMIUM_FLAGS, findChromium } = require('./chromium.cjs')

const RUNS = 3
const TARGETS = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 }
// `noindex` pages are meant to fail the SEO audit's indexability check: SEO is not counted there.
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'advice index', path: '/advice' },
  // Search results are noindex by design (their words are what someone typed): SEO not counted.
  { name: 'advice search', path: '/advice/search?q=pay', noindex: true },
  { name: 'article', path: '/advice/ending-an-interview-early' },
  { name: 'planner', path: '/plan' },
  { name: 'in an interview now', path: '/plan/now/rude/certain' },
  // A shared plan; its path is filled in once the server is up. noindex by design.
  { name: 'shared plan', path: undefined, noindex: true },
]

const only = process.env.LIGHTHOUSE_ONLY
const pages = only ? PAGES.filter((page) => page.name.includes(only)) : PAGES
if (!pages.length) {
  console.error(`LIGHTHOUSE_ONLY=${only} names none of: ${PAGES.map((p) => p.name).join(', ')}`)
  process.exit(1)
}
// The timings behind the performance score, printed per run so a low score can be explained.
const METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
  SI: 'speed-index',
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

const chromePath = findChromium()
if (!chromePath) {
  console.error('No Chromium found: run `node scripts/chromium.cjs --ensure` first.')
  process.exit(1)
}

const server = await startServer(Number(process.env.LIGHTHOUSE_PORT ?? 3200))
// A real permalink, made by the app itself.
const shared = await fetch(`${server.origin}/api/plan`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(SAMPLE_SITUATION),
}).then((response) => response.json())
for (const page of pages) page.path ??= shared.permalink

const rows = []
let failed = false
try {
  for (const page of pages) {
    // Warm the route first: the first render of a dynamic page compiles its code, which is a
    // cost of starting the server, not of the page.
    for (let i = 0; i < 3; i++) await fetch(`${server.origin}${page.path}`).then((r) => r.text())
    const scores = Object.fromEntries(Object.keys(TARGETS).map((key) => [key, []]))
    for (let run = 0; run < RUNS; run++) {
      // A run Lighthouse itself could not record (it says so in runtimeError) is run again,
      // up to twice; it is never counted as a score.
      for (let attempt = 1; ; attempt++) {
        const chrome = await chromeLauncher.launch({
          chromePath,
          chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
        })
        try {
          const { lhr } = await lighthouse(`${server.origin}${page.path}`, {
            port: chrome.port,
            logLevel: 'error',
            output: 'json',
            onlyCategories: Object.keys(TARGETS),
          })
          if (lhr.runtimeError && attempt < 3) {
            console.log(`  ${page.path}: ${lhr.runtimeError.code}, running again`)
            continue
          }
          if (lhr.runtimeError) throw new Error(`${page.path}: ${lhr.runtimeError.message}`)
          for (const key of Object.keys(TARGETS)) scores[key].push(lhr.categories[key].score)
          const timings = Object.entries(METRICS).map(([label, id]) => {
            const value = lhr.audits[id].numericValue
            return `${label} ${label === 'CLS' ? value.toFixed(3) : Math.round(value)}`
          })
          console.log(`  ${page.path} run ${run + 1}: ${timings.join(', ')} (ms)`)
          break
        } finally {
          await chrome.kill()
        }
      }
    }
    const row = { page: `${page.name} (${page.path})` }
    for (const [key, target] of Object.entries(TARGETS)) {
      const value = median(scores[key])
      const counted = !(key === 'seo' && page.noindex)
      if (counted && value < target) failed = true
      row[key] = `${value.toFixed(2)}${counted ? (value < target ? ' ✗' : '') : ' (not counted)'}`
    }
    rows.push(row)
    console.log(`${row.page}: ${JSON.stringify(scores)}`)
  }
} finally {
  server.stop()
}

console.log(`\nLighthouse, mobile, median of ${RUNS} runs (targets: ${JSON.stringify(TARGETS)})`)
console.table(rows)
if (failed) {
  console.error('At least one median is below its target.')
  process.exit(1)
}
