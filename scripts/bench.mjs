// npm run bench: prints figures, asserts nothing. Ratios are taken within one run because these
// machines are noisy. Steps: the engine's plans per second in one Node thread; the exhaustive
// engine test's count and time; then requests per second against `next start` on loopback.
import autocannon from 'autocannon'
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'
import { startServer } from './lib/server.mjs'

const require = createRequire(import.meta.url)
const { chromium } = require('@playwright/test')
const { CHROMIUM_FLAGS, findChromium } = require('./chromium.cjs')

const DURATION = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = 20

/** Bundles a TypeScript entry with the app's `@/` paths and runs it in one Node process. */
async function runBundled(entry, args = []) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bow-out-bench-'))
  try {
    const outfile = path.join(dir, 'entry.cjs')
    await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile,
      // `server-only` resolves to an empty module under the react-server condition.
      conditions: ['react-server'],
      logLevel: 'error',
    })
    return JSON.parse(
      execFileSync(process.execPath, [outfile, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 }),
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function exhaustiveRun() {
  const output = execFileSync('npx', ['vitest', 'run', 'lib/engine/exhaustive.test.ts'], {
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  })
  return (
    output
      .replace(/\x1b\[[0-9;]*m/g, '')
      .split('\n')
      .find((line) => /situations/i.test(line) && /\d/.test(line))
      ?.trim() ?? '(no summary line found)'
  )
}

/**
 * Time from clicking "Get my plan" to the plan's heading being in the page, measured inside the
 * page (a MutationObserver), so Playwright's own overhead is not counted. The answers are put
 * in sessionStorage, which is where the wizard keeps them, so each run starts on the check page.
 */
async function submitLatency(origin, runs = 20) {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS })
  try {
    const page = await browser.newPage()
    await page.goto(`${origin}/plan`)
    const values = {
      stage: 'after',
      progress: 'interviewed',
      nextInterview: 'later',
      reasons: ['role-mismatch'],
      certainty: 'certain',
      changeMind: 'nothing',
      fearOfInterviewing: 'no',
      needJob: 'somewhat',
      keepDoorOpen: 'yes',
      explain: 'brief',
      channel: 'either',
      tone: 'warm',
      details: {
        yourName: 'Sam',
        contactName: 'Dana',
        company: 'Acme',
        role: 'Analyst',
        advertised: 'a generalist role',
        actual: 'all reporting',
        betterFit: 'more research',
        positives: 'the roadmap',
        referral: { name: '', connection: '' },
      },
    }
    const times = []
    for (let i = 0; i < runs + 2; i++) {
      await page.evaluate(
        (v) =>
          sessionStorage.setItem('bow-out:answers', JSON.stringify({ values: v, step: 'check' })),
        values,
      )
      await page.goto(`${origin}/plan`)
      await page.getByRole('button', { name: 'Get my plan' }).waitFor()
      const ms = await page.evaluate(
        () =>
          new Promise((resolve) => {
            const done = () =>
              [...document.querySelectorAll('h1')].some((h) => h.textContent === 'Your plan')
            const start = performance.now()
            new MutationObserver((_, observer) => {
              if (done()) {
                observer.disconnect()
                resolve(performance.now() - start)
              }
            }).observe(document.body, { childList: true, subtree: true, characterData: true })
            ;[...document.querySelectorAll('button')]
              .find((b) => b.textContent === 'Get my plan')
              .click()
          }),
      )
      if (i >= 2) times.push(ms) // the first two warm the server and the browser
    }
    times.sort((a, b) => a - b)
    const p95 = times[Math.ceil(0.95 * times.length) - 1]
    return {
      runs: times.length,
      median: times[Math.floor(times.length / 2)],
      p95,
      max: times.at(-1),
    }
  } finally {
    await browser.close()
  }
}

function load(origin, name, options) {
  return new Promise((resolve, reject) => {
    autocannon(
      { url: origin + options.path, connections: CONNECTIONS, duration: DURATION, ...options },
      (error, result) => (error ? reject(error) : resolve({ name, result })),
    )
  })
}

const engine = await runBundled('scripts/bench/engine.ts')
console.log(
  `Engine: ${engine.plansPerSecond.toLocaleString('en')} plans/s in one Node thread (${engine.iterations.toLocaleString('en')} plans in ${engine.seconds.toFixed(2)} s)`,
)
console.log(`Exhaustive engine test: ${exhaustiveRun()}`)

const server = await startServer(Number(process.env.BENCH_PORT ?? 3300))
try {
  const body = JSON.stringify({
    stage: 'after',
    progress: 'interviewed',
    reasons: ['role-mismatch'],
    certainty: 'certain',
    keepDoorOpen: true,
    details: { contactName: 'Dana', role: 'Analyst', positives: 'the roadmap' },
  })
  const tokens = await runBundled('scripts/bench/tokens.ts', ['20000'])
  let next = 0
  const targets = [
    ['GET /', { path: '/' }],
    ['GET /advice', { path: '/advice' }],
    ['GET /advice/<article>', { path: '/advice/ending-an-interview-early' }],
    [
      'GET /s/<token> (unique)',
      {
        path: '/s/',
        requests: [
          {
            setupRequest: (request) => ({
              ...request,
              path: `/s/${tokens[next++ % tokens.length]}`,
            }),
          },
        ],
      },
    ],
    [
      'POST /api/plan',
      { path: '/api/plan', method: 'POST', headers: { 'content-type': 'application/json' }, body },
    ],
  ]
  // Warm up every route so the first measured second is not a cold start.
  for (const [name, options] of targets)
    await load(server.origin, name, { ...options, duration: 2 })
  const rows = []
  let home
  for (const [name, options] of targets) {
    const { result } = await load(server.origin, name, options)
    const errors = result.errors + result.timeouts + result.non2xx
    home ??= result.requests.average
    rows.push({
      route: name,
      'req/s': Math.round(result.requests.average),
      'p99 ms': result.latency.p99,
      errors,
      'ratio to /': (result.requests.average / home).toFixed(2),
    })
  }
  console.log(
    `\nautocannon: ${CONNECTIONS} connections, ${DURATION} s per route, next start on ${server.origin}`,
  )
  console.table(rows)

  const latency = await submitLatency(server.origin)
  console.log(
    `\nPlanner, "Get my plan" to the plan on screen (${latency.runs} submissions, Chromium on loopback): ` +
      `median ${latency.median.toFixed(0)} ms, p95 ${latency.p95.toFixed(0)} ms, max ${latency.max.toFixed(0)} ms`,
  )
} finally {
  server.stop()
}
