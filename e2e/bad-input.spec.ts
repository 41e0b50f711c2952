import fc from 'fast-check'
import http from 'node:http'
import bodyLimits from '@/lib/site/body-limits.json'
import {
  fieldId,
  invalidFormPostArb,
  invalidSituationArb,
  reportsPath,
} from '@/lib/testing/arbitraries'
import { expect, test } from './fixtures'
import { actionFields } from './server-action'

// The 2,000-case sweeps run in Vitest against the evaluation and the action itself
// (lib/plan/bad-input.test.ts); over HTTP a sample shows the same holds end to end.
const RUNS = 20
const PARALLEL = 4

/** Runs `check` over `items`, a few requests at a time. */
async function inBatches<T>(items: T[], check: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += PARALLEL) {
    await Promise.all(items.slice(i, i + PARALLEL).map(check))
  }
}

test.describe('invalid Situations over HTTP', () => {
  // Each test sends thousands of requests; the server, not the browser, is under test.
  test.describe.configure({ timeout: 180_000 })

  test('to POST /api/plan: every one a 400 naming each broken field, none a 5xx', async ({
    request,
  }) => {
    const cases = fc.sample(invalidSituationArb(), RUNS)
    await inBatches(cases, async ({ input, paths }) => {
      const response = await request.post('/api/plan', {
        headers: { 'content-type': 'application/json' },
        data: Buffer.from(JSON.stringify(input)),
      })
      expect(response.status(), JSON.stringify(input)).toBe(400)
      const { errors } = await response.json()
      const keys = Object.keys(errors)
      for (const path of paths) expect(reportsPath(keys, path), `${path} in ${keys}`).toBe(true)
    })
  })

  test('to the server action as form posts: every one re-shows the form with its errors, none a 5xx', async ({
    request,
    baseURL,
  }) => {
    const action = await actionFields(request)
    const cases = fc.sample(invalidFormPostArb, RUNS)
    await inBatches(cases, async ({ fields, broken }) => {
      const form = new FormData()
      const submit: [string, string][] = [
        ['step', 'check'],
        ['intent', 'submit'],
      ]
      for (const [name, value] of [...action, ...fields, ...submit]) form.append(name, value)
      const response = await request.post('/plan', {
        multipart: form,
        headers: { origin: baseURL! },
      })
      const label = JSON.stringify(fields)
      expect(response.status(), label).toBe(200)
      const html = await response.text()
      expect(html.includes('There is a problem'), label).toBe(true)
      // Every error links to a field that was broken, and that field is on the page.
      const start = html.indexOf('There is a problem')
      const summary = html.slice(start, html.indexOf('</ul>', start))
      const targets = [...summary.matchAll(/href="#([^"]+)"/g)].map((m) => m[1])
      expect(targets.length, label).toBeGreaterThan(0)
      for (const id of targets) {
        expect(broken.map(fieldId), label).toContain(id)
        expect(html, `#${id} exists`).toContain(`id="${id}"`)
      }
    })
  })
})

test.describe('form posts the server refuses before reading', () => {
  const multipart = (boundary: string) => `multipart/form-data; boundary=${boundary}`

  test('a malformed multipart body gets 400, a form that is not multipart 415', async ({
    request,
  }) => {
    const cases: [string, string, number][] = [
      [
        multipart('XYZ'),
        '--ABC\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--ABC--\r\n',
        400,
      ],
      [multipart('XYZ'), '--XYZ\r\nContent-Disposition: form-data; name="stage"\r\n\r\n', 400],
      ['multipart/form-data', 'stage=after', 415],
      ['application/x-www-form-urlencoded', 'stage=after', 415],
      ['text/plain;charset=UTF-8', '["$K1"]', 415],
    ]
    for (const [type, body, status] of cases) {
      const response = await request.post('/plan', {
        // A well-formed action id, so the body is what gets judged (a malformed id is a 404).
        headers: { 'content-type': type, 'next-action': 'f'.repeat(40) },
        data: Buffer.from(body),
      })
      expect(response.status(), `${type}: ${body}`).toBe(status)
      expect(await response.text()).not.toMatch(/Internal Server Error/)
    }
  })

  test('a body over the limit gets 413, declared or streamed', async ({ request, baseURL }) => {
    const big = `--XYZ\r\nContent-Disposition: form-data; name="details.role"\r\n\r\n${'x'.repeat(bodyLimits.formPost)}\r\n--XYZ--\r\n`
    const declared = await request.post('/plan', {
      headers: { 'content-type': multipart('XYZ') },
      data: Buffer.from(big),
    })
    expect(declared.status()).toBe(413)
    // Without a Content-Length, and four times the limit: still refused, not parsed.
    const streamed = await new Promise<number>((resolve, reject) => {
      const req = http.request(`${baseURL}/plan`, {
        method: 'POST',
        headers: { 'content-type': multipart('XYZ'), 'transfer-encoding': 'chunked' },
      })
      req.on('response', (res) => {
        res.resume()
        resolve(res.statusCode!)
      })
      req.on('error', reject)
      for (let i = 0; i < 4; i++) req.write(big)
      req.end()
    })
    expect(streamed).toBe(413)
  })

  test('a form just under the limit is still read (the limit leaves room for a real post)', async ({
    request,
    baseURL,
  }) => {
    const form = new FormData()
    for (const [name, value] of await actionFields(request)) form.append(name, value)
    form.append('step', 'stage')
    form.append('stage', 'after')
    form.append('padding', 'x'.repeat(bodyLimits.formPost - 4096))
    const response = await request.post('/plan', {
      multipart: form,
      headers: { origin: baseURL! },
    })
    expect(response.status()).toBe(200)
    expect(await response.text()).toContain('How far you’ve got')
  })
})
