import type { Browser } from '@playwright/test'
import { leanPages } from './build-output'
import { expect, test } from './fixtures'

/**
 * Bytes of JavaScript sent over the wire (compressed, headers excluded) to load `path` in a fresh
 * context, read from the page's own Resource Timing entries once the load event has fired (and,
 * on a page React runs, once it has hydrated): in all, and of the framework's own scripts.
 */
async function scriptBytes(browser: Browser, path: string) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(path)
  // The planner starts React after its first paint: count once React has taken over.
  if (path.startsWith('/plan') && !path.startsWith('/plan/now')) {
    await expect(page.locator('form[data-hydrated]')).toBeAttached()
  }
  const entries = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'script')
      .map((entry) => ({
        path: new URL(entry.name).pathname,
        bytes: (entry as PerformanceResourceTiming).encodedBodySize,
      })),
  )
  await context.close()
  const ofFramework = new Set(leanPages().framework)
  const sum = (list: typeof entries) => list.reduce((total, entry) => total + entry.bytes, 0)
  return {
    total: sum(entries),
    framework: sum(entries.filter((entry) => ofFramework.has(entry.path))),
  }
}

test('an article page ships no more JavaScript than the 404 page, within 5 kB', async ({
  browser,
}) => {
  const article = await scriptBytes(browser, '/advice/ending-an-interview-early')
  const notFound = await scriptBytes(browser, '/advice/no-such-article')
  console.log(
    `JavaScript transferred: article ${article.total} B, 404 page ${notFound.total} B, difference ${article.total - notFound.total} B`,
  )
  // Both are prerendered pages with nothing for React to do: neither loads the framework.
  expect(notFound.total).toBe(0)
  expect(article.total - notFound.total).toBeLessThanOrEqual(5 * 1024)
})

test("the planner's own JavaScript is at most 60 kB beyond the framework", async ({ browser }) => {
  const planner = await scriptBytes(browser, '/plan')
  const own = planner.total - planner.framework
  console.log(
    `JavaScript transferred: /plan ${planner.total} B, of which the framework ${planner.framework} B and the planner's own ${own} B`,
  )
  // The framework's scripts are all there: the lean pages' list names what React pages load.
  expect(planner.framework).toBeGreaterThan(50_000)
  expect(own).toBeGreaterThan(0)
  expect(own).toBeLessThanOrEqual(60 * 1024)
})

test('a shared plan and the prerendered pages load no framework', async ({ browser, request }) => {
  const response = await request.post('/api/plan', {
    data: { stage: 'after', progress: 'interviewed', reasons: ['pay'], certainty: 'certain' },
  })
  const { permalink } = (await response.json()) as { permalink: string }
  const types: Record<string, string> = {
    home: '/',
    'advice index': '/advice',
    'advice filter view': '/advice/stage/offer/topic/pay',
    'advice search': '/advice/search?q=pay',
    article: '/advice/ending-an-interview-early',
    planner: '/plan',
    'in an interview now': '/plan/now/rude/certain',
    'shared plan': permalink,
    '404 page': '/advice/no-such-article',
  }
  const bytes: Record<string, number> = {}
  for (const [name, path] of Object.entries(types)) {
    bytes[name] = (await scriptBytes(browser, path)).total
  }
  console.log(
    `JavaScript transferred per page type (B): ${Object.entries(bytes)
      .map(([name, size]) => `${name} ${size}`)
      .join(', ')}`,
  )
  expect(bytes['shared plan']).toBeGreaterThan(0)
  expect(bytes['shared plan']).toBeLessThanOrEqual(8 * 1024)
  // The prerendered pages load no framework either; the advice index loads its own script only.
  for (const name of ['home', 'article', 'in an interview now', '404 page']) {
    expect(bytes[name], name).toBe(0)
  }
  for (const name of ['advice index', 'advice filter view', 'advice search']) {
    expect(bytes[name], name).toBeGreaterThan(0)
    expect(bytes[name], name).toBeLessThanOrEqual(12 * 1024)
  }
})
