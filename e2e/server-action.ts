import type { APIRequestContext } from '@playwright/test'
import { expect } from './fixtures'

/**
 * The hidden fields React puts in the planner's form so that, without JavaScript, it posts to
 * the server action: read from the page (of `origin`, or the test server's), as a browser would.
 */
export async function actionFields(
  request: APIRequestContext,
  origin = '',
): Promise<[string, string][]> {
  const html = await (await request.get(`${origin}/plan`)).text()
  const fields = [
    ...html.matchAll(/<input type="hidden" name="(\$ACTION_[^"]*)"(?: value="([^"]*)")?/g),
  ]
  expect(fields.length).toBeGreaterThan(1)
  const unescape = (value: string) =>
    value
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
  return fields.map(([, name, value]) => [name!, unescape(value ?? '')])
}
