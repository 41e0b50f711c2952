import type { Page } from '@playwright/test'

/**
 * Holds the framework's scripts back, as a slow connection would, until `release` is called:
 * until then the page is the plain form it is without JavaScript. Open the page with
 * `waitUntil: 'domcontentloaded'`, since the held scripts hold the load event back too.
 */
export async function holdFrameworkScripts(page: Page): Promise<() => void> {
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    await released
    await route.continue()
  })
  return release
}
