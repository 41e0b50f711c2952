import { expect, test } from './fixtures'
import { AdviceIndex } from './pages/advice-index'

test.describe('advice library', () => {
  test('lists every article with its summary @nojs', async ({ page }) => {
    const index = new AdviceIndex(page)
    await index.goto()
    await expect(page.getByRole('heading', { level: 1, name: 'Advice' })).toBeVisible()
    const count = await index.results.count()
    expect(count).toBeGreaterThanOrEqual(10)
    await expect(index.status).toHaveText(`${count} articles.`)
  })

  test('filters by stage and then by topic @nojs', async ({ page }) => {
    const index = new AdviceIndex(page)
    await index.goto()
    const all = await index.results.count()
    await index.filter('Where you are', 'Before the interview')
    await expect(page).toHaveURL(/\/advice\/stage\/before$/)
    const before = await index.results.count()
    expect(before).toBeGreaterThan(0)
    expect(before).toBeLessThan(all)
    await expect(
      page
        .getByRole('navigation', { name: 'Filter by where you are' })
        .getByRole('link', { name: 'Before the interview' }),
    ).toHaveAttribute('aria-current', 'true')

    await index.filter('Topic', 'Timing')
    await expect(page).toHaveURL(/\/advice\/stage\/before\/topic\/timing$/)
    expect(await index.titles()).toEqual(['Backing out before the interview'])

    await page.getByRole('link', { name: 'Clear search and filters' }).click()
    await expect(page).toHaveURL(/\/advice$/)
    await expect(index.results).toHaveCount(all)
  })

  test('searches with the form and keeps the filters @nojs', async ({ page }) => {
    const index = new AdviceIndex(page)
    await index.goto('?stage=offer')
    await index.search('referral')
    await expect(page).toHaveURL(/q=referral/)
    await expect(page).toHaveURL(/stage=offer/)
    await expect(index.status).toContainText('for “referral”')
    const titles = await index.titles()
    expect(titles.length).toBeGreaterThan(0)
    expect(titles).toContain('Softening a no by referring someone else')
  })

  test('says so, and offers a way back, when nothing matches @nojs', async ({ page }) => {
    const index = new AdviceIndex(page)
    await index.goto('?q=xylophonequartz')
    await expect(index.results).toHaveCount(0)
    await expect(page.getByText('Nothing matches that yet.')).toBeVisible()
    await expect(index.searchBox).toHaveValue('xylophonequartz')
    await page.getByRole('link', { name: 'Clear search and filters' }).click()
    await expect(index.results.first()).toBeVisible()
  })

  test('ignores filters it does not know instead of failing @nojs', async ({ page }) => {
    const response = await page.goto('/advice?stage=lunch&topic=<b>x</b>&q=')
    expect(response?.status()).toBe(200)
    await expect(new AdviceIndex(page).results.first()).toBeVisible()
  })

  test('searches as you type, without reloading, and updates the address', async ({ page }) => {
    const index = new AdviceIndex(page)
    await index.goto()
    await index.ready()
    const marker = await page.evaluate(
      () => ((window as unknown as { marker: number }).marker = 42),
    )
    await index.searchBox.fill('voicemail')
    await expect(index.status).toContainText('for “voicemail”')
    await expect(page).toHaveURL(/\/advice\/search\?q=voicemail$/)
    expect(await index.titles()).toContain('Call or email: how to deliver your withdrawal')
    await index.filter('Where you are', 'Holding an offer')
    await expect(page).toHaveURL(/\/advice\/search\?q=voicemail&stage=offer$/)
    // Same document: nothing reloaded.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(
      marker,
    )
  })

  test('opens an article with its contents, sources and related advice @nojs', async ({ page }) => {
    await new AdviceIndex(page).goto()
    await page.getByRole('link', { name: 'Ending an interview early, gracefully' }).click()
    await expect(page).toHaveURL('/advice/ending-an-interview-early')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Ending an interview early, gracefully',
    )
    await expect(page.getByText(/^\d+ min read · For: In the interview/)).toBeVisible()
    const sources = page.getByRole('region', { name: 'Sources' })
    await expect(sources.getByRole('listitem').first()).toBeVisible()
    await expect(sources).toContainText('Alison Green')
    await expect(page.getByRole('heading', { name: 'Related advice' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Get your words' }).last()).toHaveAttribute(
      'href',
      '/plan?stage=during',
    )
  })

  test('follows a table-of-contents link to its section @nojs', async ({ page }) => {
    await page.goto('/advice/ending-an-interview-early')
    const toc = page.getByRole('navigation', { name: 'On this page' })
    await toc.getByRole('link', { name: 'The words to use' }).click()
    await expect(page).toHaveURL(/#the-words-to-use$/)
    await expect(page.getByRole('heading', { level: 2, name: 'The words to use' })).toBeInViewport()
  })

  test('answers an unknown article with a 404 page @nojs', async ({ page }) => {
    const response = await page.goto('/advice/no-such-article')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("We couldn't find that page")
    await page.getByRole('link', { name: 'Browse all the advice' }).click()
    await expect(page).toHaveURL('/advice')
  })

  test('answers a malformed address with the 404 page, not a server error @nojs', async ({
    page,
  }) => {
    const response = await page.goto('/advice/%E0%A4%A')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("We couldn't find that page")
  })
})
