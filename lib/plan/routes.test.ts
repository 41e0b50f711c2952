import ICAL from 'ical.js'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { encodeSituation } from '@/lib/permalink/codec'
import { situationSchema } from '@/lib/situation'

/**
 * The download routes (app/s/[token]/plan.txt and reminder.ics) build their links from SITE_URL,
 * never from the request: behind a proxy the request's origin is the address the server is bound
 * to. SITE_URL is read once when the module loads, so each test loads the routes afresh.
 */
const token = encodeSituation(
  situationSchema.parse({
    stage: 'after',
    progress: 'interviewed',
    reasons: ['pay'],
    certainty: 'certain',
    keepDoorOpen: true,
    details: { contactName: 'Dana' },
  }),
)
const bindAddress = 'http://127.0.0.1:3000'
const context = (value: string) => ({ params: Promise.resolve({ token: value }) })

async function routes(siteUrl: string | undefined) {
  vi.resetModules()
  if (siteUrl === undefined) vi.stubEnv('SITE_URL', undefined)
  else vi.stubEnv('SITE_URL', siteUrl)
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  return {
    text: (await import('@/app/s/[token]/plan.txt/route')).GET,
    calendar: (await import('@/app/s/[token]/reminder.ics/route')).GET,
  }
}

afterEach(() => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

describe('the download routes', () => {
  it('link to SITE_URL, not to the address the request came in on', async () => {
    const { text, calendar } = await routes('https://bowout.example/')
    const request = new Request(`${bindAddress}/s/${token}/plan.txt`)

    const plain = await (await text(request, context(token))).text()
    expect(plain).toContain(`This plan: https://bowout.example/s/${token}`)
    expect(plain).toContain('https://bowout.example/advice/')
    expect(plain).not.toContain('127.0.0.1')

    const response = await calendar(request, context(token))
    expect(response.headers.get('Content-Type')).toBe('text/calendar; charset=utf-8')
    const ics = await response.text()
    const event = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent')
    expect(event).toHaveLength(1)
    const description = String(event[0]!.getFirstPropertyValue('description'))
    expect(description).toContain('Dana')
    expect(description.endsWith(`Your plan: https://bowout.example/s/${token}`)).toBe(true)
    expect(ics).not.toContain('127.0.0.1')
  })

  it('fall back to the local default when SITE_URL is unset or not an http(s) URL', async () => {
    for (const value of [undefined, 'javascript:alert(1)', 'bowout.example']) {
      const { text } = await routes(value)
      const request = new Request(`http://10.0.0.7:8080/s/${token}/plan.txt`)
      const plain = await (await text(request, context(token))).text()
      expect(plain, String(value)).toContain(`This plan: http://localhost:3000/s/${token}`)
      expect(plain).not.toContain('10.0.0.7')
      expect(plain).not.toContain('javascript:')
    }
  })

  it('answer 404 for a token that does not decode', async () => {
    const { text, calendar } = await routes('https://bowout.example')
    const request = new Request(`${bindAddress}/s/nonsense/plan.txt`)
    expect((await text(request, context('nonsense'))).status).toBe(404)
    expect((await calendar(request, context('nonsense'))).status).toBe(404)
  })
})
