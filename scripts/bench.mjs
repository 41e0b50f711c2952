// npm run bench: prints figures, asserts nothing. Ratios are taken within one run because these
// machines are noisy. Steps: the engine's plans per second in one Node thread; the exhaustive
// engine test's count and time; then, against the production entry point (npm start) on loopback,
// requests per second per route, the server's memory around 100,000 mixed requests, and the
// planner's submit latency in Chromium.
import autocannon from 'autocannon'
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'
import { SAMPLE_SITUATION } from './lib/sample.mjs'
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
  const output = execFileSync('npx', ['vitest', 'run', '--config', 'vitest.sweep.mts'], {
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

/** Resident memory of a process in MB (Linux /proc, else ps). */
function residentMB(pid) {
  try {
    const kB = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]
    return Number(kB) / 1024
  } catch {
    return (
      Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' })) / 1024
    )
  }
}

function load(origin, name, options) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: origin + options.path,
        connections: CONNECTIONS,
        // A run is bounded by time, or by a number of requests (`amount`) when one is given.
        ...(options.amount ? {} : { duration: DURATION }),
        ...options,
      },
      (error, result) => (error ? reject(error) : resolve({ name, result })),
    )
  })
}

/*
 * The figures also go to docs/performance.md, between its "bench" markers, so the latest run is
 * on file without anyone copying it into the README (BENCH_WRITE=0 leaves the file alone).
 */
const PERFORMANCE = 'docs/performance.md'
const report = [
  `Run on ${new Date().toISOString().slice(0, 10)}, load average ${loadavg()[0].toFixed(1)} at the start.`,
  '',
]
function writeReport() {
  if (process.env.BENCH_WRITE === '0') return
  const doc = readFileSync(PERFORMANCE, 'utf8')
  const start = '<!-- bench:start -->'
  const end = '<!-- bench:end -->'
  const [before, rest] = doc.split(start)
  const after = rest?.split(end)[1]
  if (after === undefined) {
    console.error(`${PERFORMANCE} has no ${start} … ${end} section: figures not written.`)
    return
  }
  writeFileSync(PERFORMANCE, `${before}${start}\n${report.join('\n')}\n${end}${after}`)
  // Tables as the rest of the docs have them.
  execFileSync('npx', ['prettier', '--write', PERFORMANCE], { stdio: 'ignore' })
  console.log(`\nWritten to ${PERFORMANCE}.`)
}

const engine = await runBundled('scripts/bench/engine.ts')
report.push(`- Engine: ${engine.plansPerSecond.toLocaleString('en')} plans/s in one Node thread.`)
console.log(
  `Engine: ${engine.plansPerSecond.toLocaleString('en')} plans/s in one Node thread (${engine.iterations.toLocaleString('en')} plans in ${engine.seconds.toFixed(2)} s)`,
)
// The exhaustive sweep writes every plan's words now and takes many minutes: `npm run sweep`,
// or here with BENCH_SWEEP=1.
if (process.env.BENCH_SWEEP === '1') console.log(`Exhaustive engine test: ${exhaustiveRun()}`)

const server = await startServer(Number(process.env.BENCH_PORT ?? 3300))
try {
  const body = JSON.stringify(SAMPLE_SITUATION)
  const tokens = await runBundled('scripts/bench/tokens.ts', ['20000'])
  let next = 0
  // Each route, and the ratio to / it must reach where there is one (issue 15). Pages that are
  // the same for everyone are prerendered; the permalink is the front door's lean page.
  const targets = [
    ['GET /', { path: '/' }],
    ['GET /advice (prerendered)', { path: '/advice' }],
    ['GET /advice/stage/offer/topic/pay (filter view)', { path: '/advice/stage/offer/topic/pay' }],
    ['GET /advice/<article>', { path: '/advice/ending-an-interview-early' }],
    ['GET /plan (prerendered)', { path: '/plan' }],
    ['GET /plan?stage=during (prerendered, rewritten)', { path: '/plan?stage=during' }],
    [
      'GET /plan?stage=during&reasons=rude (per request)',
      { path: '/plan?stage=during&reasons=rude' },
    ],
    ['GET /plan/now (prerendered)', { path: '/plan/now' }],
    ['GET /plan/now/rude/certain (the words)', { path: '/plan/now/rude/certain' }],
    [
      'GET /s/<token> (unique, lean page)',
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
      0.35,
    ],
    [
      'POST /api/plan',
      { path: '/api/plan', method: 'POST', headers: { 'content-type': 'application/json' }, body },
    ],
    // Not a target: a page rendered per request (the search results), to show what any dynamic
    // page costs here next to a prerendered one.
    ['GET /advice/search?q=pay (per request, front door)', { path: '/advice/search?q=pay' }],
  ]
  // Warm up every route so the first measured second is not a cold start.
  for (const [name, options] of targets)
    await load(server.origin, name, { ...options, duration: 2 })
  const rows = []
  let home
  for (const [name, options, target] of targets) {
    const { result } = await load(server.origin, name, options)
    const errors = result.errors + result.timeouts + result.non2xx
    home ??= result.requests.average
    rows.push({
      route: name,
      'req/s': Math.round(result.requests.average),
      'p99 ms': result.latency.p99,
      errors,
      'ratio to /': (result.requests.average / home).toFixed(2),
      target: target ? `≥ ${target}` : '',
    })
  }
  console.log(
    `\nautocannon: ${CONNECTIONS} connections, ${DURATION} s per route, production server on ${server.origin}`,
  )
  console.table(rows)
  report.push(
    `- autocannon, ${CONNECTIONS} connections, ${DURATION} s per route:`,
    '',
    '  | route | req/s | p99 ms | errors | ratio to `/` |',
    '  | --- | --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `  | ${row.route} | ${row['req/s'].toLocaleString('en')} | ${row['p99 ms']} | ${row.errors} | ${row['ratio to /']}${row.target ? ` (target ${row.target})` : ''} |`,
    ),
    '',
  )

  // Memory: the server's resident size after the runs above (warm), then after 100,000 more
  // requests spread over every route, valid and invalid, after a short rest.
  const rest = () => new Promise((resolve) => setTimeout(resolve, 3000))
  await rest()
  const before = residentMB(server.pid)
  const mix = [
    { path: '/' },
    { path: '/advice/search?q=pay' },
    { path: '/advice/ending-an-interview-early' },
    { path: '/plan' },
    { path: '/plan/now/rude' },
    { path: 's' },
    { path: '/s/not-a-token' },
    { path: '/api/plan', method: 'POST', headers: { 'content-type': 'application/json' }, body },
    {
      path: '/api/plan',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"stage":"lunch"}',
    },
    { path: '/no/such/page' },
  ]
  let turn = 0
  const { result: soak } = await load(server.origin, 'mixed', {
    path: '/',
    amount: Number(process.env.BENCH_SOAK_REQUESTS ?? 100_000),
    requests: [
      {
        setupRequest: (request) => {
          const pick = mix[turn++ % mix.length]
          const path = pick.path === 's' ? `/s/${tokens[next++ % tokens.length]}` : pick.path
          return { ...request, method: 'GET', body: undefined, headers: {}, ...pick, path }
        },
      },
    ],
  })
  await rest()
  const after = residentMB(server.pid)
  const growth = ((after - before) / before) * 100
  console.log(
    `\nMemory (resident): ${before.toFixed(0)} MB warm, ${after.toFixed(0)} MB after ` +
      `${soak.requests.total.toLocaleString('en')} mixed requests over ${soak.duration.toFixed(0)} s ` +
      `(${soak.errors + soak.timeouts} errors, ${Object.entries(soak.statusCodeStats ?? {})
        .map(([code, { count }]) => `${count.toLocaleString('en')}×${code}`)
        .join(', ')}): ${growth >= 0 ? '+' : ''}${growth.toFixed(1)}% ` +
      `(target: no more than +20%)`,
  )

  report.push(
    `- Memory (resident): ${before.toFixed(0)} MB warm, ${after.toFixed(0)} MB after ${soak.requests.total.toLocaleString('en')} mixed requests (${growth >= 0 ? '+' : ''}${growth.toFixed(1)}%; target no more than +20%).`,
  )
  const latency = await submitLatency(server.origin)
  report.push(
    `- "Get my plan" to the plan on screen (${latency.runs} submissions): median ${latency.median.toFixed(0)} ms, p95 ${latency.p95.toFixed(0)} ms.`,
  )
  writeReport()
  console.log(
    `\nPlanner, "Get my plan" to the plan on screen (${latency.runs} submissions, Chromium on loopback): ` +
      `median ${latency.median.toFixed(0)} ms, p95 ${latency.p95.toFixed(0)} ms, max ${latency.max.toFixed(0)} ms`,
  )
} finally {
  server.stop()
}
