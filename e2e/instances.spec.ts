import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { startServer } from '../scripts/lib/server.mjs'
import { expect, test } from './fixtures'
import { DECLINE_OFFER, Wizard } from './pages/wizard'
import { actionFields } from './server-action'

/**
 * The app keeps no state, so more machines means more instances of the same build behind any
 * load balancer. Here: two instances of the production entry point on their own loopback ports, and a
 * small balancer in front that sends every GET to the first and every POST to the second, so a
 * page served by one is always submitted to the other.
 */
// Each instance takes a free port, so a busy machine or a second run can't collide with it.
let origins: string[] = []
const TOKEN = '1MzQyMDAwNDAyNDAGAA' // a version-1 fixture: leave-now, unsafe

let instances: Awaited<ReturnType<typeof startServer>>[] = []
let balancer: http.Server
let balancerOrigin = ''
const routed = { GET: [0, 0], POST: [0, 0] }

test.describe('two instances of one build', () => {
  test.describe.configure({ mode: 'serial' })

  test.beforeAll(async () => {
    instances = await Promise.all([startServer(), startServer()])
    origins = instances.map((instance) => instance.origin)
    // The balancer passes the Host header through, as a real one does: both instances see the
    // site's own address, so Next's same-origin check on server actions holds.
    balancer = http.createServer((req, res) => {
      const to = req.method === 'POST' ? 1 : 0
      routed[req.method === 'POST' ? 'POST' : 'GET'][to]! += 1
      const upstream = http.request(
        {
          host: '127.0.0.1',
          port: Number(new URL(origins[to]!).port),
          path: req.url,
          method: req.method,
          headers: req.headers,
        },
        (response) => {
          res.writeHead(response.statusCode!, response.headers)
          response.pipe(res)
        },
      )
      upstream.on('error', () => res.writeHead(502).end())
      req.pipe(upstream)
    })
    await new Promise<void>((resolve) => balancer.listen(0, '127.0.0.1', resolve))
    balancerOrigin = `http://127.0.0.1:${(balancer.address() as AddressInfo).port}`
  })

  test.afterAll(async () => {
    for (const instance of instances) instance.stop()
    await new Promise((resolve) => balancer?.close(resolve))
  })

  test('a permalink renders identically on both', async ({ request }) => {
    const pages = await Promise.all(
      origins.map(async (origin) => {
        const response = await request.get(`${origin}/s/${TOKEN}`)
        expect(response.status()).toBe(200)
        const html = await response.text()
        return html.slice(html.indexOf('<main'), html.indexOf('</main>'))
      }),
    )
    expect(pages[0]).toContain('A shared plan')
    expect(pages[0]).toContain('Leave now')
    expect(pages[1]).toBe(pages[0])
  })

  test('a form from one instance, posted without JavaScript to the other, gives the plan', async ({
    request,
  }) => {
    const form = new FormData()
    for (const [name, value] of await actionFields(request, origins[0]!)) form.append(name, value)
    for (const [name, value] of Object.entries({
      stage: 'offer',
      progress: 'final',
      reasons: 'level-mismatch',
      certainty: 'certain',
      tone: 'warm',
      step: 'check',
      intent: 'submit',
    }))
      form.append(name, value)
    const response = await request.post(`${origins[1]}/plan`, {
      multipart: form,
      headers: { origin: origins[1]! },
    })
    expect(response.status()).toBe(200)
    const html = await response.text()
    expect(html).toContain('Your plan')
    expect(html).toContain('Decline the offer')
  })

  test('the planner, with JavaScript, behind the balancer: page from one, submit to the other', async ({
    page,
  }) => {
    await page.goto(`${balancerOrigin}/plan`)
    const wizard = new Wizard(page)
    await wizard.complete({
      ...DECLINE_OFFER,
    })
    const before = routed.POST[1]!
    await wizard.submit()
    await expect(page.getByText('Decline the offer').first()).toBeVisible()
    expect(routed.POST[1]).toBeGreaterThan(before)
    expect(routed.POST[0]).toBe(0)
  })
})
