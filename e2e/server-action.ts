import type { APIRequestContext } from '@playwright/test'
import { expect } from './fixtures'

/**
 * The hidden fields React puts in a form so that, without JavaScript, it posts to its server
 * action: read from the page's HTML (the planner's, or `path`; of `origin`, or the test
 * server's), as a browser would submit them. Requests only: no browser page is opened for this.
 */
export async function actionFields(
  request: APIRequestContext,
  origin = '',
  path = '/plan',
): Promise<[string, string][]> {
  const html = await (await request.get(`${origin}${path}`)).text()
  const form = html.slice(html.indexOf('<form'), html.indexOf('</form>'))
  const fields = [...form.matchAll(/<input\b[^>]*>/g)]
    .map(([tag]) => {
      const attribute = (name: string) =>
        new RegExp(`\\s${name}="([^"]*)"`)
          .exec(tag)?.[1]
          ?.replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&')
      return [attribute('type'), attribute('name'), attribute('value') ?? ''] as const
    })
    .filter(([type, name]) => type === 'hidden' && name?.startsWith('$ACTION_'))
    .map(([, name, value]): [string, string] => [name!, value])
  expect(fields.length).toBeGreaterThan(1)
  return fields
}
