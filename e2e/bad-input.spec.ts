import fc from 'fast-check'
import http from 'node:http'
import bodyLimits from '@/lib/site/body-limits.json'
import { invalidSituationArb, reportsPath, situationInputArb } from '@/lib/situation/arbitraries'
import { EXPLAIN, NEED_JOB, PROGRESS, REASONS, STAGES, TONES } from '@/lib/situation/schema'
import { expect, test } from './fixtures'
import { actionFields } from './server-action'

const RUNS = 2000
const PARALLEL = 8

/** Runs `check` over `items`, a few requests at a time. */
async function inBatches<T>(items: T[], check: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += PARALLEL) {
    await Promise.all(items.slice(i, i + PARALLEL).map(check))
  }
}

test.describe('2,000 invalid Situations', () => {
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
    page,
    request,
    baseURL,
  }) => {
    const action = await actionFields(page)
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
        headers: { 'content-type': type, 'next-action': 'anything' },
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
    page,
    request,
    baseURL,
  }) => {
    const form = new FormData()
    for (const [name, value] of await actionFields(page)) form.append(name, value)
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

const fieldId = (name: string) =>
  name.split('.')[0] === 'reasons' ? 'reasons' : name.replace(/\./g, '-')

/**
 * A complete, valid set of answers as the planner posts them, broken in one to three ways the
 * form can carry (every value is text there): a value from no list, a required answer left out,
 * too many, repeated or unknown reasons. Safe situations not decided in the room, so that every
 * field is asked and none is skipped.
 */
const invalidFormPostArb = fc
  .tuple(
    situationInputArb(() => fc.constantFrom('Dana', 'Acme')).filter(
      (s) => !s.reasons.includes('unsafe') && s.stage !== 'during',
    ),
    fc.array(
      fc.oneof(
        fc
          .tuple(
            fc.constantFrom(
              ...([
                ['stage', STAGES],
                ['progress', PROGRESS],
                ['needJob', NEED_JOB],
                ['explain', EXPLAIN],
                ['tone', TONES],
              ] as const),
            ),
            fc.string({ maxLength: 12 }),
          )
          .filter(
            ([[, values], value]) => value !== '' && !(values as readonly string[]).includes(value),
          )
          .map(([[name], value]) => ({ name, value: [value] })),
        fc
          .constantFrom('stage', 'progress', 'certainty', 'reasons')
          .map((name) => ({ name, value: [] as string[] })),
        fc
          .constantFrom('fearOfInterviewing', 'keepDoorOpen')
          .map((name) => ({ name, value: ['maybe'] })),
        fc
          .oneof(
            fc.uniqueArray(fc.constantFrom(...REASONS.filter((r) => r !== 'unsafe')), {
              minLength: 5,
              maxLength: 6,
            }),
            fc.constantFrom('pay', 'culture').map((r) => [r, r]),
            fc.constant<string[]>(['pay', 'not-a-reason']),
          )
          .map((value): { name: string; value: string[] } => ({ name: 'reasons', value })),
      ),
      { minLength: 1, maxLength: 3 },
    ),
  )
  .map(([situation, breaks]) => {
    const values: Record<string, string[]> = {
      stage: [situation.stage],
      progress: [situation.progress],
      nextInterview: [situation.nextInterview],
      reasons: [...situation.reasons],
      certainty: [situation.certainty],
      changeMind: [situation.changeMind],
      fearOfInterviewing: [situation.fearOfInterviewing ? 'yes' : 'no'],
      needJob: [situation.needJob],
      keepDoorOpen: [situation.keepDoorOpen ? 'yes' : 'no'],
      explain: [situation.explain],
      channel: [situation.channel],
      tone: [situation.tone],
      'details.contactName': ['Dana'],
    }
    for (const { name, value } of breaks) values[name] = value
    const fields = Object.entries(values).flatMap(([name, list]) =>
      list.map((value): [string, string] => [name, value]),
    )
    return { fields, broken: breaks.map((b) => b.name) }
  })
