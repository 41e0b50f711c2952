import type { APIRequestContext, Page } from '@playwright/test'
import { TEXT_DETAILS } from '@/lib/situation/limits'
import { cleanText, DETAIL_LIMITS } from '@/lib/situation/schema'
import { fitPhrase, type PhraseOptions } from '@/lib/wording/phrase'
import { expect, test } from './fixtures'
import { Wizard } from './pages/wizard'

/**
 * Text a person might type, or an attacker might try: markup and script, `javascript:` and
 * `data:` URLs, attribute break-outs, bidi overrides, zero-width characters, header and calendar
 * injection, a 10,000-character string, emoji, right-to-left names. Each one goes into every
 * free-text field (the corpus is rotated across the fields), and must come out everywhere as the
 * text the person typed after the schema's documented cleaning, and never as markup or code.
 */
const CORPUS = [
  '<script>window.__pwned=1</script><b>bold</b>',
  '<img src=x onerror="window.__pwned=2">',
  '"><svg onload=window.__pwned=3>',
  'javascript:window.__pwned=4',
  'data:text/html,<script>window.__pwned=5</script>',
  '\u202Egnp.exe\u202C Dana \u2066isolated\u2069',
  'Da\u200Bna\u200C Lee\u200D\uFEFF',
  'x'.repeat(10_000),
  '👩🏽‍💻 Sam 🎉 🇬🇧',
  'سلمى العتيبي and דנה כהן',
  'Dana\r\nBcc: someone@example.com\r\n\r\nhi',
  'line\nEND:VEVENT\nBEGIN:VEVENT; a, b \\ c',
  'Tom & "Jerry" &amp; \'quotes\' %41 %0D%0A',
]

const FIELDS = [
  ...TEXT_DETAILS.map((field) => [field, DETAIL_LIMITS[field]] as const),
  ['referral.name', DETAIL_LIMITS.referralName] as const,
  ['referral.connection', DETAIL_LIMITS.referralConnection] as const,
]
type Field = (typeof FIELDS)[number][0]

/** Rotation `r`: field i gets corpus item (i + r); over every rotation, every item meets every field. */
function rotation(r: number): Record<Field, string> {
  return Object.fromEntries(
    FIELDS.map(([field], i) => [field, CORPUS[(i + r) % CORPUS.length]!]),
  ) as Record<Field, string>
}

/**
 * How the words fit each field's text into a sentence (lib/wording/phrase.ts): a name is greeted
 * by the name in it (less a description, a role or a label), a company said as a name or a
 * description, emoji left out, a contrast too long for its sentence cut to its gist.
 */
const FITTED: Record<Field, PhraseOptions> = {
  yourName: { as: 'self' },
  contactName: { as: 'name' },
  referrerName: { as: 'name' },
  'referral.name': { as: 'full' },
  company: { as: 'company' },
  advertised: { fit: 'gist' },
  actual: { fit: 'gist' },
  positives: { list: 'and' },
  role: {},
  betterFit: {},
  'referral.connection': {},
}

/**
 * What of each field's text the words must carry unchanged: the text after the schema's
 * documented cleaning and the fitting above. Its first characters must come through character for
 * character (case aside), never escaped, rewritten or turned into markup.
 */
const cleaned = (texts: Record<Field, string>) =>
  FIELDS.map(([field, cap]) =>
    Array.from(fitPhrase(cleanText(texts[field], cap), FITTED[field]))
      .slice(0, 12)
      .join('')
      .toLowerCase(),
  ).filter(Boolean)

const detailsOf = (t: Record<Field, string>) => ({
  yourName: t.yourName,
  contactName: t.contactName,
  company: t.company,
  role: t.role,
  advertised: t.advertised,
  actual: t.actual,
  betterFit: t.betterFit,
  positives: t.positives,
  referral: { name: t['referral.name'], connection: t['referral.connection'] },
  referrerName: t.referrerName,
})

// Answers under which every free-text field appears in some script (checked below, not assumed).
const situation = {
  stage: 'after',
  progress: 'interviewed',
  reasons: ['role-mismatch'],
  certainty: 'certain',
  keepDoorOpen: true,
  explain: 'full',
}

type Script = { kind: string; subject?: string; body: string }

async function planFor(request: APIRequestContext, texts: Record<Field, string>) {
  const response = await request.post('/api/plan', {
    data: { ...situation, details: detailsOf(texts) },
  })
  expect(response.status()).toBe(200)
  return (await response.json()) as { permalink: string; scripts: Script[] }
}

/** Any alert, confirm or prompt a page opens: there must be none. */
function collectDialogs(page: Page) {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  return dialogs
}

/** Nothing typed ran, and nothing typed became an element, a handler or a link. */
async function expectInert(page: Page) {
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()
  const injected = page.locator(
    'main img[src="x"], main svg[onload], main [onerror], main b, a[href^="javascript:"], a[href^="data:"]',
  )
  expect(await injected.count()).toBe(0)
}

/** Every script, and so every field's cleaned text, shown exactly as text on the page. */
async function expectWords(page: Page, scripts: Script[], values: string[]) {
  const words = (await page.getByRole('region', { name: 'Your words' }).textContent()) ?? ''
  for (const script of scripts) expect(words).toContain(script.body)
  for (const value of values) expect(words.toLowerCase()).toContain(value)
}

/** RFC 5545 text: unfold continuation lines, then undo the escapes. */
const icsText = (ics: string) =>
  ics
    .replace(/\r\n /g, '')
    .replace(/\\n/gi, '\n')
    .replace(/\\([,;\\])/g, '$1')

test.describe('a hostile-text corpus in every free-text field', () => {
  test.describe.configure({ timeout: 120_000 })

  test('through the API and the shared plan: inert, and shown as typed after cleaning', async ({
    page,
    request,
  }) => {
    const dialogs = collectDialogs(page)
    for (let r = 0; r < CORPUS.length; r++) {
      const texts = rotation(r)
      const values = cleaned(texts)
      const plan = await planFor(request, texts)
      const all = JSON.stringify(plan.scripts)
      for (const value of values)
        expect(all.toLowerCase()).toContain(JSON.stringify(value).slice(1, -1))

      await page.goto(plan.permalink)
      await expectInert(page)
      await expectWords(page, plan.scripts, values)
      // No user text in the title, whatever it contains.
      expect(await page.title()).toBe('A shared plan · Bow Out')

      const email = plan.scripts.find((s) => s.kind === 'email')!
      const href = await page
        .getByRole('link', { name: 'Open in my email app' })
        .getAttribute('href')
      expect(href).toMatch(/^mailto:\?subject=[^&\s]*&body=[^&\s]*$/)
      const mailto = new URL(href!)
      expect(mailto.searchParams.get('subject')).toBe(email.subject)
      expect(mailto.searchParams.get('body')!.replace(/\r\n/g, '\n')).toBe(email.body)

      const text = await request.get(`${plan.permalink}/plan.txt`)
      expect(text.headers()['content-type']).toMatch(/^text\/plain/)
      const body = await text.text()
      for (const script of plan.scripts) expect(body).toContain(script.body)

      const ics = await (await request.get(`${plan.permalink}/reminder.ics`)).text()
      // Every line a property or a fold, CRLF-ended, at most 75 octets: typed line breaks and
      // "END:VEVENT" cannot start a line of their own.
      const lines = ics.split('\r\n').slice(0, -1)
      for (const line of lines) {
        expect(line).toMatch(/^([A-Z-]+[;:]| )/)
        expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
      }
      expect(ics.match(/^BEGIN:VEVENT/gm)).toHaveLength(1)
      const note = plan.scripts.find((s) => s.kind === 'follow-up')!
      expect(icsText(ics)).toContain(note.body)
    }
    expect(dialogs).toEqual([])
  })

  test('typed into the planner: inert on every step, the result and its link @nojs', async ({
    page,
  }) => {
    const dialogs = collectDialogs(page)
    const texts = rotation(0)
    await page.goto('/plan')
    const wizard = new Wizard(page)
    await wizard.complete({
      stage: /I’ve interviewed/,
      progress: /at least one proper interview/,
      nextInterview: /More than a day away/,
      reasons: [/isn’t the one that was advertised/],
      certainty: /Yes, definitely/,
      keepDoorOpen: /^Yes/,
      explain: /tell them everything/,
      advertised: texts.advertised,
      actual: texts.actual,
      positives: texts.positives,
      betterFit: texts.betterFit,
      referralName: texts['referral.name'],
      referralConnection: texts['referral.connection'],
      moments: [/Someone referred me/],
      referrerName: texts.referrerName,
      yourName: texts.yourName,
      contactName: texts.contactName,
      company: texts.company,
      role: texts.role,
      onStep: () => expectInert(page),
    })
    await expectInert(page)
    await wizard.submit()
    await expectInert(page)
    const values = cleaned(texts)
    const words = (await page.getByRole('region', { name: 'Your words' }).textContent()) ?? ''
    for (const value of values) expect(words.toLowerCase()).toContain(value)

    await page
      .getByRole('link', { name: /\/s\/[\w-]+$/ })
      .first()
      .click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A shared plan')
    await expectInert(page)
    const shared = (await page.getByRole('region', { name: 'Your words' }).textContent()) ?? ''
    expect(shared).toBe(words)
    expect(dialogs).toEqual([])
  })
})
