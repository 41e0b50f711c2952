import { expect, test } from './fixtures'

test.describe('site shell', () => {
  test('home offers the two paths and the in-interview entry @nojs', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Realised the job is wrong for you?',
    )
    await expect(page.getByRole('link', { name: /I'm in an interview right now/ })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Start the questions' })).toHaveAttribute(
      'href',
      '/plan',
    )
    await page.getByRole('link', { name: 'Browse all advice' }).click()
    await expect(page).toHaveURL('/advice')
  })

  test('header and footer navigation reach the library @nojs', async ({ page }) => {
    await page.goto('/privacy')
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Advice' })
      .click()
    await expect(page).toHaveURL('/advice')
    await page
      .getByRole('navigation', { name: 'Footer' })
      .getByRole('link', { name: 'Privacy' })
      .click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy')
  })

  test('the skip link moves focus to the content', async ({ page }) => {
    await page.goto('/advice')
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to content' })
    await expect(skip).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.locator('main')).toBeFocused()
  })

  test('each page has its own title, description, canonical and Open Graph tags @nojs', async ({
    page,
  }) => {
    const pages = [
      { path: '/', title: /^Bow Out: /, url: /^http:\/\/[^/]+\/?$/ },
      { path: '/advice', title: 'Advice · Bow Out', url: /^http:\/\/[^/]+\/advice$/ },
      {
        path: '/advice/call-or-email',
        title: 'Call or email: how to deliver your withdrawal · Bow Out',
        url: /^http:\/\/[^/]+\/advice\/call-or-email$/,
      },
    ]
    for (const { path, title, url } of pages) {
      await page.goto(path)
      await expect(page).toHaveTitle(title)
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/)
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url)
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/)
      await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', url)
      await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
        'content',
        /\/og\.png$/,
      )
    }
    await page.goto('/advice/call-or-email')
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article')
  })

  test('publishes a sitemap with every article and a robots file', async ({ request }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text()
    const index = await (await request.get('/advice/search-index.json')).json()
    expect(index.length).toBeGreaterThanOrEqual(10)
    for (const doc of index) expect(sitemap).toContain(`/advice/${doc.slug}</loc>`)
    const robots = await (await request.get('/robots.txt')).text()
    expect(robots).toMatch(/Disallow: \/s\//)
    expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/)
  })

  test('follows the system dark mode', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto('/')
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    await page.emulateMedia({ colorScheme: 'light' })
    const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(light).toBe('rgb(255, 255, 255)')
    expect(dark).not.toBe(light)
  })

  for (const path of [
    '/',
    '/advice',
    '/advice/job-not-as-advertised',
    '/privacy',
    '/no-such-page',
  ]) {
    test(`fits a 320 px screen without sideways scrolling: ${path}`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 })
      await page.goto(path)
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      )
      expect(overflow).toBeLessThanOrEqual(0)
    })
  }

  test('prints an article without the site chrome', async ({ page }) => {
    await page.goto('/advice/declining-a-job-offer')
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('banner')).toBeHidden()
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Sources' })).toBeVisible()
  })
})
