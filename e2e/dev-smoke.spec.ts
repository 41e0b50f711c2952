import { expect, test } from './fixtures'
import { AdviceIndex } from './pages/advice-index'
import { DECLINE_OFFER, Wizard } from './pages/wizard'

/*
 * The same entry point under `npm run dev` (lib/site/server.mjs --dev, the "dev" project in
 * playwright.config.ts): each kind of page answers as it does in production. Next compiles each
 * page the first time it is asked for, slowly on a busy machine, so these tests wait for what the
 * page shows, never for a time.
 */

const TOKEN = '1MzQyMDAwNDAyNDAGAA' // a version-1 fixture: leave-now, unsafe

test.describe('under npm run dev', () => {
  test.describe.configure({ mode: 'serial' })

  test('the home page and an article', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const response = await page.goto('/advice/call-or-email')
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  })

  test('a shared plan is the front door’s lean page, as in production', async ({
    page,
    request,
  }) => {
    const response = await request.get(`/s/${TOKEN}`)
    expect(response.status()).toBe(200)
    const headers = response.headers()
    expect(headers['content-security-policy']).toContain("script-src 'self'")
    expect(headers['referrer-policy']).toBe('no-referrer')
    expect(headers['cache-control']).toBe('no-store')
    const html = await response.text()
    expect([...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1])).toEqual([
      expect.stringMatching(/^\/_next\/static\/bow-out\/plan-\w+\.js$/),
    ])
    expect(html).toMatch(/<link rel="stylesheet" href="\/_next\/static\/[^"]+\.css"/)
    await page.goto(`/s/${TOKEN}`)
    await expect(page.getByText('Leave now').first()).toBeVisible()
    // Its script ran: the controls it adds are there.
    await expect(page.getByRole('button', { name: /Copy/ }).first()).toBeVisible()
    expect((await request.get('/s/not-a-plan')).status()).toBe(404)
  })

  test('the search results', async ({ page }) => {
    await page.goto('/advice/search?q=voicemail')
    const index = new AdviceIndex(page)
    await expect(index.searchBox).toHaveValue('voicemail')
    await expect(index.status).toContainText('for “voicemail”')
  })

  test('the planner, to a plan', async ({ page }) => {
    await page.goto('/plan')
    const wizard = new Wizard(page)
    await wizard.complete({
      ...DECLINE_OFFER,
    })
    await wizard.submit()
    await expect(page.getByText('Decline the offer').first()).toBeVisible()
  })
})
