import type { APIRequestContext } from '@playwright/test'
import { expect, test } from './fixtures'
import { DECLINE_OFFER, Wizard } from './pages/wizard'

const situation = {
  stage: 'after',
  progress: 'interviewed',
  reasons: ['other-offer'],
  certainty: 'certain',
  keepDoorOpen: true,
  tone: 'warm',
  details: {
    yourName: 'Sam Lee',
    contactName: 'Priya',
    company: 'Acme',
    role: 'Designer',
    positives: 'the design system',
    referral: { name: 'Jo Park', connection: 'a former colleague' },
  },
}

async function planFor(request: APIRequestContext, data: unknown = situation) {
  const response = await request.post('/api/plan', { data })
  expect(response.status()).toBe(200)
  return response.json()
}

const scriptBodies = (page: import('@playwright/test').Page) =>
  page
    .getByRole('region', { name: 'Your words' })
    .getByRole('article')
    .evaluateAll((cards) =>
      cards.map((card) => card.querySelector('.whitespace-pre-wrap')?.textContent ?? ''),
    )

test.describe('permalinks', () => {
  test('a plan made in the planner reopens from its link in a fresh browser', async ({
    page,
    browser,
  }) => {
    await page.goto('/plan')
    const wizard = new Wizard(page)
    await wizard.complete({
      ...DECLINE_OFFER,
      keepDoorOpen: /Yes/,
      contactName: 'Priya',
    })
    await wizard.submit()
    const bodies = await scriptBodies(page)
    const href = await page
      .getByRole('link', { name: /\/s\/1/ })
      .first()
      .getAttribute('href')
    expect(href).toMatch(/^\/s\/1[A-Za-z0-9_-]+$/)

    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled })
      const fresh = await context.newPage()
      await fresh.goto(href!)
      await expect(fresh.getByRole('heading', { level: 1 })).toHaveText('A shared plan')
      await expect(fresh.getByText('Decline the offer', { exact: false }).first()).toBeVisible()
      expect(await scriptBodies(fresh)).toEqual(bodies)
      await context.close()
    }
  })

  test('Next’s router never asks for a shared plan’s RSC data; asked anyway, it loads the page', async ({
    page,
    request,
  }) => {
    // A request for the page's RSC data gets an answer with no body: not the router's format, so
    // the router loads the address as a document, which the front door renders.
    const token = '1MzQyMDAwNDAyNDAGAA'
    for (const ask of [
      request.get(`/s/${token}`, { headers: { rsc: '1' } }),
      request.get(`/s/${token}?_rsc=abc`),
    ]) {
      const response = await ask
      expect(response.status()).toBe(204)
      expect(response.headers()['cache-control']).toBe('no-store')
      expect(response.headers()['referrer-policy']).toBe('no-referrer')
    }
    const rsc: string[] = []
    page.on('request', (sent) => {
      const url = new URL(sent.url())
      if (url.pathname.startsWith('/s/') && (sent.headers()['rsc'] || url.searchParams.has('_rsc')))
        rsc.push(sent.url())
    })
    await page.goto('/plan')
    const wizard = new Wizard(page)
    await wizard.complete({
      ...DECLINE_OFFER,
    })
    await wizard.submit()
    // The share link is a plain link: a document navigation, the router not involved.
    await page.locator('a[data-share-link]').first().click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A shared plan')
    expect(rsc).toEqual([])
    // Told to go there by the router itself, it fetches once and then loads the document.
    await page.goto('/plan')
    await expect(page.locator('form[data-hydrated]')).toBeAttached()
    await page.evaluate(
      (path) =>
        (window as unknown as { next: { router: { push(path: string): void } } }).next.router.push(
          path,
        ),
      `/s/${token}`,
    )
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A shared plan')
    await expect(page.getByText('Leave now').first()).toBeVisible()
  })

  test('shows a shared plan without JavaScript, marked as made from the link @nojs', async ({
    page,
    request,
  }) => {
    const plan = await planFor(request)
    await page.goto(plan.permalink)
    await expect(
      page.getByText('This plan was made from the answers carried in this link.'),
    ).toBeVisible()
    await expect(page.getByRole('article', { name: 'Your email' })).toContainText('Priya')
    await expect(page.getByRole('link', { name: 'Edit these answers' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Start over' })).toHaveAttribute('href', '/plan')
  })

  test('the link without names hides every name @nojs', async ({ page, request }) => {
    const plan = await planFor(request)
    await page.goto(plan.permalink)
    const anonymous = await page
      .getByRole('link', { name: /\/s\/1/ })
      .nth(1)
      .getAttribute('href')
    expect(anonymous).not.toBe(plan.permalink)
    await page.goto(anonymous!)
    const text = await page.getByRole('main').textContent()
    for (const name of ['Sam Lee', 'Priya', 'Acme', 'Jo Park']) expect(text).not.toContain(name)
    await expect(page.getByRole('region', { name: 'Your words' })).toContainText(
      'the design system',
    )
  })

  test('"Edit these answers" opens the planner with them filled in', async ({ page, request }) => {
    const plan = await planFor(request)
    await page.goto(plan.permalink)
    await page.getByRole('link', { name: 'Edit these answers' }).click()
    const wizard = new Wizard(page)
    await wizard.expectStep(/Check your answers/)
    await expect(page.getByRole('definition').filter({ hasText: 'Priya' })).toBeVisible()
    await expect(page.getByRole('definition').filter({ hasText: 'Jo Park' })).toBeVisible()
    await wizard.ready()
    await page.getByRole('button', { name: 'Change tone' }).click()
    await expect(wizard.radio(/What tone suits you/, /Warm and personal/)).toBeChecked()
  })

  test('keeps shared plans private: no index, no referrer, no answers in the title or preview', async ({
    page,
    request,
  }) => {
    const plan = await planFor(request)
    const response = await page.goto(plan.permalink)
    expect(response?.headers()['referrer-policy']).toBe('no-referrer')
    expect(response?.headers()['x-robots-tag']).toContain('noindex')
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
    await expect(page).toHaveTitle('A shared plan · Bow Out')
    // The preview image is the site's generic card, the same as on the home page.
    const image = await page.locator('meta[property="og:image"]').getAttribute('content')
    expect(image).toMatch(/\/og\.png$/)
    const head = await page.locator('head').innerHTML()
    for (const name of ['Sam', 'Priya', 'Acme', 'Designer', 'design system'])
      expect(head).not.toContain(name)
  })

  test('answers a broken link with a friendly page, never a server error @nojs', async ({
    page,
    request,
  }) => {
    const plan = await planFor(request)
    const token = plan.permalink.slice(3)
    const broken = [
      'hello',
      token.slice(0, -6), // cut short while copying
      token.slice(0, 8) + (token[8] === 'A' ? 'B' : 'A') + token.slice(9), // one character changed
      '2' + token.slice(1), // a version that does not exist
      '1' + 'A'.repeat(5000), // far too long
      '%E0%A4%A',
    ]
    for (const bad of broken) {
      const response = await page.goto(`/s/${bad}`)
      const status = response?.status() ?? 0
      expect([400, 404], bad).toContain(status)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText("We couldn't find that page")
      await expect(
        page.getByText(/If it was a link to a shared plan, it doesn.t work/),
      ).toBeVisible()
    }
    await page.getByRole('link', { name: 'Answer the questions for a new plan' }).click()
    await expect(page).toHaveURL('/plan')
  })

  test('200 random and mutated tokens: no server error', async ({ request }) => {
    const plan = await planFor(request)
    const token: string = plan.permalink.slice(3)
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    let seed = 42
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    const tokens = Array.from({ length: 200 }, (_, i) => {
      if (i % 2)
        return (
          '1' +
          Array.from({ length: 1 + random(80) }, () => alphabet[random(alphabet.length)]).join('')
        )
      const at = 1 + random(token.length - 1)
      return token.slice(0, at) + alphabet[random(alphabet.length)] + token.slice(at + 1)
    })
    const statuses = await Promise.all(
      tokens.map(async (t) => (await request.get(`/s/${t}`)).status()),
    )
    expect(statuses.filter((s) => s >= 500)).toEqual([])
    expect(statuses.every((s) => s === 200 || s === 404)).toBe(true)
  })
})

test.describe('delivery', () => {
  test('the email opens in an email app with its subject and body', async ({ page, request }) => {
    const plan = await planFor(request)
    await page.goto(plan.permalink)
    const email = plan.scripts.find((s: { kind: string }) => s.kind === 'email')
    const href = await page.getByRole('link', { name: 'Open in my email app' }).getAttribute('href')
    const url = new URL(href!)
    expect(url.protocol).toBe('mailto:')
    expect(url.searchParams.get('subject')).toBe(email.subject)
    expect(url.searchParams.get('body')).toBe(email.body.replace(/\n/g, '\r\n'))
  })

  test('copies a script and says so to screen readers too', async ({ page, request, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    const plan = await planFor(request)
    await page.goto(plan.permalink)
    const card = page.getByRole('article', { name: 'Your email' })
    await card.getByRole('button', { name: 'Copy the subject' }).click()
    await expect(card.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible()
    const email = plan.scripts.find((s: { kind: string }) => s.kind === 'email')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(email.subject)
  })

  test('downloads every script as text', async ({ request }) => {
    const plan = await planFor(request)
    const response = await request.get(`${plan.permalink}/plan.txt`)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8')
    expect(response.headers()['content-disposition']).toContain('attachment')
    const text = await response.text()
    expect(text).toContain(plan.headline)
    for (const script of plan.scripts) expect(text).toContain(script.body)
  })

  test('the calendar reminder is three months out and carries only the chosen details', async ({
    request,
  }) => {
    const plan = await planFor(request)
    const response = await request.get(`${plan.permalink}/reminder.ics`)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8')
    const ics = await response.text()
    const start = /DTSTART;VALUE=DATE:(\d{4})(\d{2})(\d{2})/.exec(ics)!
    const days = (Date.UTC(+start[1]!, +start[2]! - 1, +start[3]!) - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(85)
    expect(days).toBeLessThan(95)
    const unfolded = ics.replace(/\r\n /g, '')
    expect(unfolded).toContain('SUMMARY:Send your keep-in-touch note')
    expect(unfolded).toContain('Priya')
    // The referral is not part of the keep-in-touch note, so it is not in the reminder either.
    expect(unfolded).not.toContain('Jo Park')

    const anonymous = await planFor(request, {
      ...situation,
      details: { positives: 'the design system' },
    })
    const plain = (await (await request.get(`${anonymous.permalink}/reminder.ics`)).text()).replace(
      /\r\n /g,
      '',
    )
    for (const name of ['Sam', 'Priya', 'Acme']) expect(plain).not.toContain(name)
  })

  test('no reminder when the door is not being kept open', async ({ request }) => {
    const plan = await planFor(request, { ...situation, keepDoorOpen: false })
    expect((await request.get(`${plan.permalink}/reminder.ics`)).status()).toBe(404)
  })

  test('prints just the plan', async ({ page, request }) => {
    const plan = await planFor(request)
    await page.goto(plan.permalink)
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('banner')).toBeHidden()
    await expect(page.getByRole('region', { name: 'Keep it, share it' })).toBeHidden()
    await expect(page.getByRole('button', { name: /Copy/ }).first()).toBeHidden()
    await expect(page.getByRole('region', { name: 'Your words' })).toBeVisible()
  })
})

test.describe('the lean page', () => {
  test('is the same frame as every other page, with one small script of its own and no framework', async ({
    page,
    request,
  }) => {
    const plan = await planFor(request)
    const scripts: string[] = []
    page.on('request', (req) => {
      if (req.resourceType() === 'script') scripts.push(new URL(req.url()).pathname)
    })
    const response = await page.goto(plan.permalink)
    // The copy and edit controls are there: the script ran.
    await expect(page.getByRole('button', { name: /Edit these words: Your email/ })).toBeVisible()
    expect(scripts).toHaveLength(1)
    expect(scripts[0]).toMatch(/^\/_next\/static\/bow-out\/plan-[A-Z0-9]+\.js$/)
    // No inline script runs here, so the policy allows none.
    const policy = response?.headers()['content-security-policy'] ?? ''
    expect(policy).toMatch(/script-src 'self';/)
    expect(policy).not.toContain("unsafe-inline'; style")

    const frame = async (path: string) => {
      await page.goto(path)
      return page.evaluate(() => {
        // The markup with each element's attributes in name order (a plain link and Next's
        // link write the same attributes in a different order).
        const canonical = (node: Node): string => {
          if (!(node instanceof Element)) return node.textContent ?? ''
          const attributes = [...node.attributes]
            .map((a) => `${a.name}="${a.value}"`)
            .sort()
            .join(' ')
          const children = [...node.childNodes].map(canonical).join('')
          return `<${node.localName} ${attributes}>${children}</${node.localName}>`
        }
        const markup = (selector: string) => {
          const node = document.querySelector(selector)
          return node ? canonical(node) : undefined
        }
        return {
          header: markup('header'),
          footer: markup('footer'),
          body: document.body.className,
          styles: [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) =>
            l.getAttribute('href'),
          ),
          icon: document.querySelector('link[rel="icon"]')?.getAttribute('href'),
        }
      })
    }
    const shared = await frame(plan.permalink)
    const home = await frame('/privacy')
    expect(shared).toEqual(home)
  })

  test('answers HEAD, compresses for browsers that ask, and says 404 with every header', async ({
    request,
  }) => {
    const plan = await planFor(request)
    const head = await request.head(plan.permalink)
    expect(head.status()).toBe(200)
    expect(head.headers()['content-type']).toBe('text/html; charset=utf-8')
    const gzip = await request.get(plan.permalink, { headers: { 'accept-encoding': 'gzip' } })
    expect(gzip.headers()['content-encoding']).toBe('gzip')
    expect(await gzip.text()).toContain('A shared plan')
    const bad = await request.get('/s/not-a-plan')
    expect(bad.status()).toBe(404)
    for (const header of ['content-security-policy', 'x-content-type-options', 'x-frame-options'])
      expect(bad.headers()[header], header).toBeTruthy()
    expect(bad.headers()['x-robots-tag']).toContain('noindex')
    expect(bad.headers()['cache-control']).toBe('no-store')
  })

  test('carries the plan for its script as data that no typed text can break out of', async ({
    request,
  }) => {
    const hostile = '</script><script>alert(1)</script><!--'
    const plan = await planFor(request, {
      ...situation,
      details: { ...situation.details, positives: hostile },
    })
    const html = await (await request.get(plan.permalink)).text()
    const data = /<script type="application\/json" id="plan-data">([\s\S]*?)<\/script>/.exec(html)
    const json = data?.[1] ?? ''
    expect(json).not.toBe('')
    expect(json).not.toContain('<')
    expect(JSON.stringify(JSON.parse(json))).toContain(hostile)
    expect(html).not.toContain('<script>alert(1)')
  })
})
