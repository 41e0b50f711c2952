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
