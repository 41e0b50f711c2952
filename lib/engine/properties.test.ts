import fc from 'fast-check'
import { situationInputArb } from '@/lib/testing/arbitraries'
import { describe, expect, test } from 'vitest'
import { loadCatalog } from '@/lib/wording/load'
import { cleanText, DETAIL_LIMITS, situationSchema } from '@/lib/situation'
import { TEXT_DETAILS } from '@/lib/situation/limits'
import { fitPhrase, shapeOf } from '@/lib/wording/phrase'
import { createPlan } from '@/lib/wording/write'
import { EMAIL_MAX_WORDS, SAY_MAX_WORDS, wordCount } from '@/lib/wording/writers'

/*
 * Hostile free text in every field: arbitrary Unicode (lone surrogates included), very long
 * strings, markup, `javascript:` URLs, every kind of line break, bidi overrides and braces.
 */

const NASTY = [
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '<img src=x onerror=alert(1)>',
  '\n',
  '\r\n',
  '\t',
  '\u2028',
  '\u0085',
  '\u0000',
  '\u001b[31m',
  '\u202E',
  '\u202A',
  '\u2066',
  '\u2069',
  '\u200F',
  '\u061C',
  '{role}',
  '}{',
  '👩🏽‍💻',
  'שרה',
  '   ',
]

const freeText = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .array(fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom(...NASTY)), { maxLength: 12 })
      .map((parts) => parts.join('')),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 150, maxLength: 3000 }) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(...NASTY)
      .chain((bit) => fc.integer({ min: 1, max: 400 }).map((n) => bit.repeat(n))),
  },
)

const situationArb = situationInputArb(() => freeText)

/** Without undefined-valued keys, as JSON would send it. */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

// Anything the cleaning removes. Line breaks other than \n never appear in output at all.
const FORBIDDEN =
  /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/u
const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/

const FIELDS = TEXT_DETAILS.map((field) => [field, DETAIL_LIMITS[field]] as const)

describe('the schema cleans and caps every free-text field', () => {
  test('cleaned text is capped, single-line, free of control and bidi characters', () => {
    fc.assert(
      fc.property(
        situationArb.map((situation) => situation.details),
        (raw) => {
          const parsed = situationSchema.parse({
            stage: 'before',
            progress: 'applied',
            reasons: ['pay'],
            certainty: 'certain',
            details: asJson(raw),
          }).details
          const values: [string | undefined, number][] = [
            ...FIELDS.map(([field, max]) => [parsed[field], max] as [string | undefined, number]),
            [parsed.referral?.name, DETAIL_LIMITS.referralName],
            [parsed.referral?.connection, DETAIL_LIMITS.referralConnection],
          ]
          for (const [value, max] of values) {
            if (value === undefined) continue
            expect(Array.from(value).length).toBeLessThanOrEqual(max)
            expect(value).not.toMatch(FORBIDDEN)
            expect(value).not.toMatch(LINE_BREAK)
            expect(value).toBe(value.trim())
            expect(value).not.toMatch(/\s\s/)
            expect(value).not.toBe('')
            // Cleaning twice changes nothing: the result is already clean.
            expect(cleanText(value, max)).toBe(value)
          }
        },
      ),
      { numRuns: 400 },
    )
  })

  test('capping never splits a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 60, maxLength: 400 }), (raw) => {
        const value = cleanText(raw, 80)
        if (value === undefined) return
        // Graphemes are well-formed UTF-16; a cap that split a pair would leave a lone surrogate.
        expect(value.isWellFormed()).toBe(true)
        expect(Array.from(value).length).toBeLessThanOrEqual(80)
      }),
      { numRuns: 300 },
    )
  })
})

describe('the engine uses the cleaned text as plain text', () => {
  const catalog = loadCatalog()

  test('never throws, and its output carries the details only as cleaned plain text', () => {
    fc.assert(
      fc.property(situationArb, (raw) => {
        const s = situationSchema.parse(asJson(raw))
        const plan = createPlan(s, catalog)
        const texts = [
          plan.headline,
          ...plan.why.map((c) => c.text),
          ...plan.cautions.map((c) => c.text),
          ...plan.steps,
          ...plan.scripts.flatMap((script) => [script.title, script.subject ?? '', script.body]),
        ]
        for (const text of texts) {
          expect(text).not.toMatch(FORBIDDEN)
          expect(text).not.toMatch(/[\r\u0085]/)
          expect(text).toBe(text.trim())
        }
        const d = s.details
        // A name is greeted as a person would greet it: the first name, or in a formal letter a
        // title and family name (lib/wording/names.ts); a field holding only a role has none.
        const name = (value: string | undefined) =>
          fitPhrase(value, { as: s.tone === 'formal' ? 'formal' : 'name' }) || undefined
        const email = plan.scripts.find((script) => script.kind === 'email')
        const contact = name(d.contactName)
        if (email && contact) {
          // Verbatim, even when it looks like markup or a {placeholder}: never interpreted.
          expect(email.body.split('\n')[0]).toContain(contact)
        }
        if (email && !contact) {
          // Names only where given: without one, the greeting is a natural opening of its own.
          expect(['Hello,', 'Hi there,', 'Dear hiring team,']).toContain(email.body.split('\n')[0])
        }
        // No placeholder or MF2 syntax survives, unless the person typed it.
        const typed = JSON.stringify(d)
        if (!/[{}$]/.test(typed)) for (const text of texts) expect(text).not.toMatch(/[{}]|\$\w/)
        const me =
          shapeOf(d.yourName) === 'none' ? undefined : fitPhrase(d.yourName, { as: 'self' })
        if (email && me) expect(email.body.endsWith(`\n${me}`)).toBe(true)
        const voicemail = plan.scripts.find((script) => script.kind === 'voicemail')
        if (voicemail) {
          // Who is calling, always: their name, or a slot for it; and a number to reach them.
          expect(voicemail.body).toContain(me ?? '[your name]')
          expect(voicemail.body).toContain('[your number]')
        }
        for (const script of plan.scripts) {
          const words = wordCount(`${script.subject ?? ''} ${script.body}`)
          if (script.kind === 'say') expect(words).toBeLessThanOrEqual(SAY_MAX_WORDS)
          if (script.kind === 'email') expect(words).toBeLessThanOrEqual(EMAIL_MAX_WORDS)
        }
        const referral = plan.scripts.find((script) => script.kind === 'referral')
        // The person referred, by their full name, or a slot where only a description was typed.
        if (referral)
          expect(referral.body).toContain(
            fitPhrase(d.referral?.name, { as: 'full' }) || '[their name]',
          )
      }),
      { numRuns: 500 },
    )
  })

  test('names typed over several lines come out on one line', () => {
    const s = situationSchema.parse({
      stage: 'offer',
      progress: 'final',
      reasons: ['pay'],
      certainty: 'certain',
      channel: 'email',
      details: {
        contactName: 'Dana\r\n  Smith',
        yourName: 'Sam\tLee\u202E',
        company: 'Acme\u2028Health',
      },
    })
    const plan = createPlan(s, catalog)
    const email = plan.scripts.find((script) => script.kind === 'email')!
    // A first name after "Hello", as a person would write it.
    expect(email.body.startsWith('Hello Dana,\n')).toBe(true)
    expect(email.body.endsWith('\nSam Lee')).toBe(true)
    const all = [
      plan.headline,
      ...plan.steps,
      ...plan.scripts.map((x) => `${x.subject}\n${x.body}`),
    ].join('\n')
    expect(all).not.toContain('Dana\r')
    expect(all).not.toContain('\u202E')
    expect(all).not.toContain('Acme\u2028')
  })

  test('markup and placeholders typed by the person come out exactly as typed', () => {
    const s = situationSchema.parse({
      stage: 'after',
      progress: 'screened',
      reasons: ['role-mismatch'],
      certainty: 'certain',
      tone: 'warm',
      details: {
        contactName: '<b>Dana</b>',
        // With a capital, so it is also kept exactly as typed (a name in lower case is capitalised).
        yourName: 'JavaScript:alert(1)',
        role: '{contactName}',
        actual: '</b>{yourName}',
      },
    })
    const email = createPlan(s, catalog).scripts.find((script) => script.kind === 'email')!
    expect(email.body.startsWith('Hi <b>Dana</b>,\n')).toBe(true)
    expect(email.body.endsWith('\nJavaScript:alert(1)')).toBe(true)
    expect(email.body).toContain('the {contactName} role')
    expect(email.body).toContain('the job is </b>{yourName}')
    expect(email.subject).toBe('Withdrawing my application: {contactName} role')
  })
})
