import { readdirSync } from 'node:fs'
import path from 'node:path'
import { TOPICS } from '@/lib/content/taxonomy'
import { STAGES } from '@/lib/situation/stages'
import { sureParams, whatParams } from '@/lib/wizard/fast-path'
import type { Page } from '@playwright/test'
import { leanPages, prerenderManifest } from './build-output'
import { expect, test } from './fixtures'
import { AdviceIndex } from './pages/advice-index'

/*
 * Pages that are the same for everyone who sends the same address are built once, at build time.
 * These tests read what the build says it prerendered, so a change that makes one of them render
 * per request (reading searchParams, headers or cookies) fails here.
 */

/** The advice index, every filter view and every interview-now state. */
const STATIC_VIEWS = [
  '/advice',
  ...STAGES.map((stage) => `/advice/stage/${stage}`),
  ...TOPICS.map((topic) => `/advice/topic/${topic}`),
  ...STAGES.flatMap((stage) => TOPICS.map((topic) => `/advice/stage/${stage}/topic/${topic}`)),
  '/plan/now',
  ...whatParams().map(({ what }) => `/plan/now/${what}`),
  ...sureParams().map(({ what, sure }) => `/plan/now/${what}/${sure}`),
]

test.describe('prerendered pages', () => {
  test('the planner, the advice index, every filter view and every interview-now state are static', () => {
    const { routes } = prerenderManifest()
    const expected = ['/plan', ...STATIC_VIEWS]
    const missing = expected.filter((route) => !(route in routes))
    expect(missing).toEqual([])
    // Built once and kept: none of them is revalidated on a timer either.
    for (const route of expected) expect(routes[route]?.initialRevalidateSeconds).toBe(false)
    // The search results are the one view of the library rendered per request; the planner
    // started from a link's answers is the other page that is.
    expect('/advice/search' in routes).toBe(false)
    expect('/plan/start' in routes).toBe(false)
  })

  test('a filter view or state that does not exist is a 404 page', async ({ request }) => {
    for (const url of ['/advice/stage/lunch', '/advice/topic/x/y', '/plan/now/dancing']) {
      const response = await request.get(url)
      expect(response.status(), url).toBe(404)
      expect(response.headers()['content-security-policy'], url).toBeTruthy()
    }
    // Feeling unsafe never asks "are you sure?", so it has no such page.
    expect((await request.get('/plan/now/unsafe/certain')).status()).toBe(404)
  })
})

test.describe('pages without the framework', () => {
  test('every prerendered page but the React form is served with no framework script', async ({
    request,
  }) => {
    const { routes, framework } = leanPages()
    const expected = [
      '/',
      '/privacy',
      '/_not-found',
      ...readdirSync(path.join(process.cwd(), 'content/advice'))
        .filter((file) => file.endsWith('.md'))
        .map((file) => `/advice/${file.replace(/\.md$/, '')}`),
      ...STATIC_VIEWS,
    ]
    expect(expected.filter((route) => !routes.includes(route))).toEqual([])
    expect(framework.length).toBeGreaterThan(0)
    for (const route of routes.filter((route) => route !== '/_not-found')) {
      const html = await (await request.get(route)).text()
      expect(html, route).toContain('</html>')
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0])
      // The advice index and its filter views load their own script; nothing else loads one.
      const own =
        route === '/advice' ||
        route.startsWith('/advice/stage/') ||
        route.startsWith('/advice/topic/')
      expect(scripts, route).toEqual(
        own
          ? [
              expect.stringMatching(
                /^<script src="\/_next\/static\/bow-out\/advice-\w+\.js" defer="">$/,
              ),
            ]
          : [],
      )
      expect(html, route).not.toContain('__next_f')
    }
  })

  test('the prerendered pages React runs start it after their first paint', async ({
    request,
    page,
  }) => {
    const { framework } = leanPages()
    for (const route of ['/plan', '/plan/stage/during', '/plan/several']) {
      const html = await (await request.get(route)).text()
      // No framework script is loaded by a tag of its own (the noModule polyfill aside, which
      // today's browsers skip): the boot script has their addresses, every one of them.
      const tags = [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"[^>]*>/g)]
      const direct = tags.filter((tag) => !/noModule/.test(tag[0])).map((tag) => tag[1])
      expect(direct, route).toEqual([
        expect.stringMatching(/^\/_next\/static\/bow-out\/boot-\w+\.js$/),
      ])
      const boot = /data-scripts="([^"]*)"/.exec(html)?.[1]?.replace(/&quot;/g, '"') ?? '[]'
      const listed: string[] = JSON.parse(boot)
      const polyfills = tags.filter((tag) => /noModule/.test(tag[0])).map((tag) => tag[1])
      expect([...listed, ...polyfills].sort(), route).toEqual(
        expect.arrayContaining([...framework].sort()),
      )
      // Each is served with V8's compile hint first, so it compiles as it downloads.
      for (const src of listed) {
        const source = await (await request.get(src)).text()
        expect(source.split('\n')[0], src).toBe('//# allFunctionsCalledOnLoad')
      }
    }
    // And React does take over: the planner's form is hydrated.
    await page.goto('/plan')
    await expect(page.locator('form[data-hydrated]')).toBeAttached()
  })
})

test.describe('links into the planner', () => {
  const checkedStage = (page: Page) =>
    page
      .locator('input[name="stage"]:checked')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))

  test('a link that names a stage opens the planner with it chosen, at the same address @nojs', async ({
    page,
  }) => {
    for (const stage of STAGES) {
      const response = await page.goto(`/plan?stage=${stage}`)
      expect(response?.status()).toBe(200)
      await expect(page).toHaveURL(new RegExp(`/plan\\?stage=${stage}$`))
      expect(await checkedStage(page), stage).toEqual([stage])
    }
  })

  test('a link with more answers, or a stage it does not know, still opens the planner @nojs', async ({
    page,
  }) => {
    await page.goto('/plan?stage=during&reasons=rude')
    expect(await checkedStage(page)).toEqual(['during'])
    const response = await page.goto('/plan?stage=lunch')
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Step 1')
    expect(await checkedStage(page)).toEqual([])
  })
})

test.describe('the search results, rendered by the front door', () => {
  test('load the advice script only, under a policy with no inline script', async ({ request }) => {
    const response = await request.get('/advice/search?q=pay&stage=offer')
    expect(response.status()).toBe(200)
    const headers = response.headers()
    const scriptSrc = /script-src [^;]*/.exec(headers['content-security-policy'] ?? '')?.[0]
    expect(scriptSrc).toBe("script-src 'self'")
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['cache-control']).toBe('private, no-store')
    const html = await response.text()
    expect([...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0])).toEqual([
      expect.stringMatching(/^<script src="\/_next\/static\/bow-out\/advice-\w+\.js" defer="">$/),
    ])
    expect(html).toContain('<meta name="robots" content="noindex, follow"/>')
    expect(html).toMatch(/<link rel="canonical" href="[^"]*\/advice\/stage\/offer"\/>/)
    expect(html).toContain('<title>Advice: Holding an offer · Bow Out</title>')
    // HEAD: the same headers, no body.
    const head = await request.head('/advice/search?q=pay')
    expect(head.status()).toBe(200)
    expect(head.headers()['content-security-policy']).toBe(headers['content-security-policy'])
    expect(await head.text()).toBe('')
  })

  test('show what was typed as text, and nothing of it runs @nojs', async ({ page }) => {
    const words = '</script><script>window.owned=1</script><img src=x onerror=alert(1)>'
    await page.goto(`/advice/search?q=${encodeURIComponent(words)}`)
    const index = new AdviceIndex(page)
    await expect(index.searchBox).toHaveValue(words)
    await expect(index.status).toContainText(`for “${words}”`)
    expect(await page.evaluate(() => (window as { owned?: number }).owned)).toBeUndefined()
  })

  test('filter and search in the page with JavaScript, from the results', async ({ page }) => {
    const index = new AdviceIndex(page)
    await page.goto('/advice/search?q=voicemail')
    await index.ready()
    const marker = await page.evaluate(() => ((window as { marker?: number }).marker = 7))
    await index.filter('Where you are', 'Holding an offer')
    await expect(page).toHaveURL(/\/advice\/search\?q=voicemail&stage=offer$/)
    await index.searchBox.fill('')
    await expect(page).toHaveURL(/\/advice\/stage\/offer$/)
    await expect(index.status).toHaveText(/^\d+ articles?\.$/)
    expect(await page.evaluate(() => (window as { marker?: number }).marker)).toBe(marker)
  })
})

test.describe('old links with the state in the query string', () => {
  test('a filter link is sent to its view, with the same articles @nojs', async ({ page }) => {
    const response = await page.goto('/advice?stage=before&topic=timing')
    expect(response?.request().redirectedFrom()?.url()).toMatch(
      /\/advice\?stage=before&topic=timing$/,
    )
    await expect(page).toHaveURL(/\/advice\/stage\/before\/topic\/timing$/)
    expect(await new AdviceIndex(page).titles()).toEqual(['Backing out before the interview'])
  })

  test('a search link is sent to the search results, filters kept @nojs', async ({ page }) => {
    await page.goto('/advice?q=voicemail&stage=offer&utm=x')
    await expect(page).toHaveURL(/\/advice\/search\?q=voicemail&stage=offer$/)
    const index = new AdviceIndex(page)
    await expect(index.searchBox).toHaveValue('voicemail')
    await expect(index.status).toContainText('for “voicemail”')
    await expect(
      page
        .getByRole('navigation', { name: 'Filter by where you are' })
        .getByRole('link', { name: 'Holding an offer' }),
    ).toHaveAttribute('aria-current', 'true')
  })

  test('the redirect is permanent and carries the security headers', async ({ request }) => {
    const response = await request.get('/advice?topic=pay', { maxRedirects: 0 })
    expect(response.status()).toBe(308)
    expect(response.headers()['location']).toMatch(/\/advice\/topic\/pay$/)
    expect(response.headers()['content-security-policy']).toBeTruthy()
    expect(response.headers()['x-content-type-options']).toBe('nosniff')
  })

  test('an interview-now link is sent to the same state @nojs', async ({ page }) => {
    await page.goto('/plan/now?what=rude&sure=certain')
    await expect(page).toHaveURL(/\/plan\/now\/rude\/certain$/)
    await expect(page.getByRole('region', { name: /What to say/ })).toBeVisible()
    await page.goto('/plan/now?what=unsafe&sure=unsure')
    await expect(page).toHaveURL(/\/plan\/now\/unsafe$/)
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/Leave now/)
    await page.goto('/plan/now?what=rude&sure=maybe')
    await expect(page).toHaveURL(/\/plan\/now\/rude$/)
  })
})
