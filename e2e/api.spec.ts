import http from 'node:http'
import { expect, test } from './fixtures'

const valid = {
  stage: 'after',
  progress: 'interviewed',
  reasons: ['role-mismatch'],
  certainty: 'certain',
  tone: 'warm',
  details: {
    contactName: 'Dana',
    role: 'Data Analyst',
    advertised: 'a generalist analyst role',
    actual: 'all reporting',
  },
}

test.describe('POST /api/plan', () => {
  test('returns a plan with scripts, citations and a permalink', async ({ request }) => {
    const response = await request.post('/api/plan', { data: valid })
    expect(response.status()).toBe(200)
    expect(response.headers()['cache-control']).toBe('no-store')
    const plan = await response.json()
    expect(plan.verdict).toBe('withdraw')
    expect(plan.channel).toBe('phone-then-email')
    expect(plan.headline.length).toBeGreaterThan(10)
    expect(plan.why.length).toBeGreaterThan(0)
    for (const citation of [...plan.why, ...plan.cautions]) {
      expect(citation.source.slug).toMatch(/^[a-z0-9-]+$/)
      expect(citation.source.anchor).toMatch(/^[a-z0-9-]+$/)
    }
    const kinds = plan.scripts.map((s: { kind: string }) => s.kind)
    expect(kinds).toEqual(expect.arrayContaining(['email', 'phone', 'voicemail']))
    const email = plan.scripts.find((s: { kind: string }) => s.kind === 'email')
    expect(email.subject).toBeTruthy()
    expect(email.body).toContain('Dana')
    expect(plan.permalink).toMatch(/^\/s\/1[A-Za-z0-9_-]+$/)
  })

  test('every citation points at a heading that exists on the article page', async ({
    request,
  }) => {
    const plan = await (
      await request.post('/api/plan', {
        data: { ...valid, fearOfInterviewing: true, explain: 'full' },
      })
    ).json()
    for (const { source } of [...plan.why, ...plan.cautions]) {
      const html = await (await request.get(`/advice/${source.slug}`)).text()
      expect(html, `${source.slug}#${source.anchor}`).toContain(`id="${source.anchor}"`)
    }
  })

  test('answers invalid answers with 400 and a message per field', async ({ request }) => {
    const response = await request.post('/api/plan', {
      data: { ...valid, stage: 'lunch', reasons: [], details: { referral: { name: 42 } } },
    })
    expect(response.status()).toBe(400)
    const { errors } = await response.json()
    expect(errors.stage).toMatch(/before, during, after, offer or accepted/)
    expect(errors.reasons).toMatch(/1 and 4 reasons/)
    expect(Object.keys(errors)).toContain('details.referral.name')
  })

  test('answers a missing required field and an unknown field with 400', async ({ request }) => {
    const { certainty, ...withoutCertainty } = valid
    void certainty
    const missing = await request.post('/api/plan', { data: withoutCertainty })
    expect(missing.status()).toBe(400)
    expect((await missing.json()).errors.certainty).toBeTruthy()
    const unknown = await request.post('/api/plan', { data: { ...valid, stagee: 'after' } })
    expect(unknown.status()).toBe(400)
    expect((await unknown.json()).errors['(root)']).toMatch(/stagee/)
  })

  test('answers a body that is not JSON with 400', async ({ request }) => {
    const response = await request.post('/api/plan', {
      headers: { 'content-type': 'application/json' },
      data: Buffer.from('{"stage": '),
    })
    expect(response.status()).toBe(400)
    expect((await response.json()).errors['(root)']).toMatch(/not valid JSON/)
  })

  test('answers JSON that is not an object with 400', async ({ request }) => {
    for (const body of ['null', '[]', '"after"', '42']) {
      const response = await request.post('/api/plan', {
        headers: { 'content-type': 'application/json' },
        data: Buffer.from(body),
      })
      expect(response.status(), body).toBe(400)
      expect((await response.json()).errors['(root)']).toBeTruthy()
    }
  })

  test('answers the wrong content type with 415', async ({ request }) => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/jsonp']) {
      const response = await request.post('/api/plan', {
        headers: { 'content-type': type },
        data: Buffer.from(JSON.stringify(valid)),
      })
      expect(response.status(), type).toBe(415)
    }
  })

  test('answers a body over 32 kB with 413, declared or not', async ({ request, baseURL }) => {
    const big = JSON.stringify({ ...valid, padding: 'x'.repeat(40_000) })
    const response = await request.post('/api/plan', {
      headers: { 'content-type': 'application/json' },
      data: Buffer.from(big),
    })
    expect(response.status()).toBe(413)
    // Streamed without a Content-Length: the limit still holds while reading.
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(`${baseURL}/api/plan`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      })
      req.on('response', (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      })
      req.on('error', reject)
      for (let i = 0; i < 10; i++) req.write(big.slice(i * 4000, (i + 1) * 4000))
      req.end()
    })
    expect(status).toBe(413)
  })

  test('answers other methods with 405 and says which is allowed', async ({ request }) => {
    for (const method of ['GET', 'PUT', 'PATCH', 'DELETE'] as const) {
      const response = await request.fetch('/api/plan', { method })
      expect(response.status(), method).toBe(405)
      expect(response.headers()['allow']).toBe('POST')
    }
  })
})
