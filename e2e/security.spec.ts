import { expect, test } from './fixtures'
import { actionFields } from './server-action'

const routes = {
  home: '/',
  'advice index': '/advice?q=pay',
  article: '/advice/withdrawing-is-normal',
  planner: '/plan',
  'in an interview now': '/plan/now?what=unsafe',
  api: '/api/plan',
  '404 page': '/advice/no-such-article',
  'unknown path': '/no/such/page',
  sitemap: '/sitemap.xml',
  robots: '/robots.txt',
  'search index': '/advice/search-index.json',
  icon: '/icon.svg',
  'shared plan': '/s/1MzQyMDAwNDAyNDAGAA',
  'shared plan as text': '/s/1MzQyMDAwNDAyNDAGAA/plan.txt',
  'broken shared link': '/s/not-a-plan',
}

function expectSecurityHeaders(headers: Record<string, string>) {
  const csp = headers['content-security-policy'] ?? ''
  for (const directive of [
    "default-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ]) {
    expect(csp).toContain(directive)
  }
  expect(csp).not.toMatch(/unsafe-eval/)
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBeTruthy()
  expect(headers['permissions-policy']).toContain('camera=()')
  expect(headers['strict-transport-security']).toMatch(/max-age=\d{7,}/)
  expect(headers['x-powered-by']).toBeUndefined()
}

test.describe('security headers', () => {
  for (const [name, path] of Object.entries(routes)) {
    test(`are on every response: ${name}`, async ({ request }) => {
      const response = await request.get(path)
      expect(response.status()).toBeLessThan(500)
      expectSecurityHeaders(response.headers())
    })
  }

  test('are on refused form posts and on server errors', async ({ request, baseURL }) => {
    const refused = await request.post('/plan', {
      headers: { 'content-type': 'multipart/form-data; boundary=X' },
      data: Buffer.from('--Y--'),
    })
    expect(refused.status()).toBe(400)
    expectSecurityHeaders(refused.headers())
    // A forged server-action payload (well-formed multipart, broken React encoding) is the
    // sender's fault: a 400 (lib/site/action-fields.ts, in proxy.ts), with the headers, and no detail.
    const form = new FormData()
    for (const [name, value] of await actionFields(request))
      form.append(name, name.endsWith(':1') ? '"$@99"' : value)
    const failed = await request.post('/plan', { multipart: form, headers: { origin: baseURL! } })
    expect(failed.status()).toBeGreaterThanOrEqual(400)
    expect(failed.status()).toBeLessThan(500)
    expectSecurityHeaders(failed.headers())
    expect(await failed.text()).not.toMatch(/\bat \w+ \(|node_modules|Error:/)
  })

  test('are on the scripts and styles the pages load', async ({ page, request }) => {
    const assets: string[] = []
    page.on('request', (req) => {
      if (/\/_next\/static\//.test(req.url())) assets.push(req.url())
    })
    await page.goto('/advice')
    expect(assets.length).toBeGreaterThan(0)
    const response = await request.get(assets[0]!)
    expect(response.headers()['x-content-type-options']).toBe('nosniff')
    expect(response.headers()['content-security-policy']).toContain("default-src 'self'")
  })

  test('nothing is loaded from another origin', async ({ page }) => {
    const foreign: string[] = []
    page.on('request', (req) => {
      if (!req.url().startsWith('http://127.0.0.1') && !req.url().startsWith('data:'))
        foreign.push(req.url())
    })
    for (const path of ['/', '/advice', '/advice/call-or-email']) await page.goto(path)
    expect(foreign).toEqual([])
  })
})
