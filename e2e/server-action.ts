import type { Page } from '@playwright/test'
import { expect } from './fixtures'

/**
 * The hidden fields React puts in the planner's form so that, without JavaScript, it posts to
 * the server action: read from the page (of `origin`, or the test server's) by the browser, as a
 * browser would submit them.
 */
export async function actionFields(page: Page, origin = ''): Promise<[string, string][]> {
  await page.goto(`${origin}/plan`)
  const fields = await page
    .locator('form input[type="hidden"][name^="$ACTION_"]')
    .evaluateAll((inputs) =>
      (inputs as HTMLInputElement[]).map((input): [string, string] => [input.name, input.value]),
    )
  expect(fields.length).toBeGreaterThan(1)
  return fields
}
