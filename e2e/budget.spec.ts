import type { Browser } from '@playwright/test'
import { expect, test } from './fixtures'

/**
 * Bytes of JavaScript sent over the wire (compressed, headers excluded) to load `path` in a fresh
 * context, read from the page's own Resource Timing entries once the load event has fired.
 */
async function scriptBytes(browser: Browser, path: string) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(path)
  const bytes = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'script')
      .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).encodedBodySize, 0),
  )
  await context.close()
  return bytes
}

test('an article page ships no more JavaScript than the 404 page, within 5 kB', async ({
  browser,
}) => {
  const article = await scriptBytes(browser, '/advice/ending-an-interview-early')
  const notFound = await scriptBytes(browser, '/advice/no-such-article')
  console.log(
    `JavaScript transferred: article ${article} B, 404 page ${notFound} B, difference ${article - notFound} B`,
  )
  expect(notFound).toBeGreaterThan(10_000)
  expect(article - notFound).toBeLessThanOrEqual(5 * 1024)
})

test('the planner ships at most 60 kB more JavaScript than the 404 page', async ({ browser }) => {
  const planner = await scriptBytes(browser, '/plan')
  const notFound = await scriptBytes(browser, '/advice/no-such-article')
  console.log(
    `JavaScript transferred: /plan ${planner} B, 404 page ${notFound} B, difference ${planner - notFound} B`,
  )
  expect(planner).toBeGreaterThan(notFound)
  expect(planner - notFound).toBeLessThanOrEqual(60 * 1024)
})

test('a shared plan loads one small script of its own, and no framework', async ({
  browser,
  request,
}) => {
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
  for (const [name, path] of Object.entries(types)) bytes[name] = await scriptBytes(browser, path)
  console.log(
    `JavaScript transferred per page type (B): ${Object.entries(bytes)
      .map(([name, size]) => `${name} ${size}`)
      .join(', ')}`,
  )
  expect(bytes['shared plan']).toBeGreaterThan(0)
  expect(bytes['shared plan']).toBeLessThanOrEqual(8 * 1024)
})
