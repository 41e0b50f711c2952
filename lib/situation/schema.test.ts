import { describe, expect, test } from 'vitest'
import { z } from 'zod'
import {
  CHOICES,
  cleanText,
  DETAIL_LIMITS,
  fieldErrors,
  REASONS,
  situationSchema,
  YES_NO,
} from '@/lib/situation'

const minimal = { stage: 'during', progress: 'screened', reasons: ['pay'], certainty: 'leaning' }
const errorsOf = (input: unknown) => {
  const result = situationSchema.safeParse(input)
  if (result.success) throw new Error('expected the input to be rejected')
  return fieldErrors(result.error)
}

describe('good input', () => {
  test('the four required fields are enough; the rest take their defaults', () => {
    expect(situationSchema.parse(minimal)).toEqual({
      ...minimal,
      nextInterview: 'none',
      changeMind: 'nothing',
      fearOfInterviewing: false,
      needJob: 'somewhat',
      keepDoorOpen: false,
      explain: 'brief',
      channel: 'either',
      tone: 'neutral',
      details: {},
      // Version 2: defaults that give a version-1 request the plan it always had.
      signed: 'nothing',
      country: 'other',
      runBy: 'employer',
      takeHome: false,
      portal: false,
      benefits: false,
      campus: false,
    })
  })

  test('every field given is kept as given', () => {
    const full = {
      stage: 'offer',
      progress: 'final',
      nextInterview: 'later',
      reasons: ['role-mismatch', 'pay', 'culture', 'level-mismatch'],
      certainty: 'certain',
      changeMind: 'different-role',
      fearOfInterviewing: true,
      needJob: 'urgent',
      keepDoorOpen: true,
      explain: 'full',
      channel: 'email',
      tone: 'formal',
      details: {
        yourName: 'Sam Lee',
        contactName: 'Dana',
        company: 'Acme',
        role: 'Analyst',
        advertised: 'a generalist role',
        actual: 'mostly sales',
        betterFit: 'more research',
        positives: 'the new lab',
        referral: { name: 'Priya', connection: 'a former colleague' },
        referrerName: 'Jo Park',
      },
      signed: 'contract',
      country: 'de',
      runBy: 'agency',
      takeHome: true,
      portal: true,
      benefits: true,
      campus: true,
    }
    expect(situationSchema.parse(full)).toEqual(full)
  })

  test('a version-2 answer out of its list is refused, naming the field', () => {
    expect(errorsOf({ ...minimal, country: 'fr', signed: 'maybe', campus: 'yes' })).toEqual({
      signed: 'Choose nothing, offer-letter or contract.',
      country: 'Choose other, uk, de or in.',
      campus: 'Answer yes or no (true or false).',
    })
  })

  test('every reason is accepted', () => {
    for (const reason of REASONS) {
      expect(situationSchema.safeParse({ ...minimal, reasons: [reason] }).success).toBe(true)
    }
  })
})

describe('bad input, in words a person understands', () => {
  test('missing required fields', () => {
    expect(errorsOf({})).toEqual({
      stage: 'Choose before, during, after, offer or accepted.',
      progress: 'Choose applied, screened, interviewed or final.',
      reasons: 'Choose between 1 and 4 reasons.',
      certainty: 'Choose certain, leaning or unsure.',
    })
  })

  test('an unknown stage', () => {
    expect(errorsOf({ ...minimal, stage: 'lunch' })).toEqual({
      stage: 'Choose before, during, after, offer or accepted.',
    })
  })

  test('no reasons, or more than four', () => {
    expect(errorsOf({ ...minimal, reasons: [] })).toEqual({
      reasons: 'Choose between 1 and 4 reasons.',
    })
    expect(errorsOf({ ...minimal, reasons: REASONS.slice(0, 5) })).toEqual({
      reasons: 'Choose between 1 and 4 reasons.',
    })
  })

  test('a repeated reason, and one not on the list', () => {
    expect(errorsOf({ ...minimal, reasons: ['pay', 'pay'] })).toEqual({
      reasons: 'Choose each reason only once.',
    })
    expect(errorsOf({ ...minimal, reasons: ['pay', 'boredom'] })).toEqual({
      'reasons.1': 'Choose reasons from the list.',
    })
  })

  test('a typo in a field name is rejected, not ignored', () => {
    expect(errorsOf({ ...minimal, keepDoorOpn: true })).toEqual({
      '(root)': 'Unknown field in the situation: keepDoorOpn.',
    })
    expect(errorsOf({ ...minimal, details: { contact: 'Dana' } })).toEqual({
      details: 'Unknown field in the details: contact.',
    })
  })

  test('nested problems get dot paths, first message per path', () => {
    expect(errorsOf({ ...minimal, details: { referral: { name: 7 } }, tone: 'chirpy' })).toEqual({
      tone: 'Choose warm, neutral or formal.',
      'details.referral.name': 'Enter text here, or leave it out.',
    })
  })

  test('flags must be booleans; a non-object is a whole-object problem', () => {
    expect(errorsOf({ ...minimal, keepDoorOpen: 'yes' })).toEqual({
      keepDoorOpen: 'Answer yes or no (true or false).',
    })
    expect(errorsOf('during')).toEqual({ '(root)': 'Send the situation as an object.' })
    expect(errorsOf(null)).toEqual({ '(root)': 'Send the situation as an object.' })
  })
})

describe('the documented cleaning of free text', () => {
  const details = (d: Record<string, unknown>) =>
    situationSchema.parse({ ...minimal, details: d }).details

  test('trims, and turns line breaks and tabs into single spaces', () => {
    expect(details({ contactName: '  Dana\r\n\tSmith  ' }).contactName).toBe('Dana Smith')
    expect(details({ positives: 'the lab\n\nand\u2028the   team' }).positives).toBe(
      'the lab and the team',
    )
  })

  test('removes control characters and bidi controls', () => {
    expect(cleanText('Da\u0000na\u0007', 80)).toBe('Dana')
    expect(cleanText('\u202Eanad\u202C \u2066Lee\u2069 \u200F\u061C', 80)).toBe('anad Lee')
    expect(cleanText('a\u0085b', 80)).toBe('a b')
  })

  test('caps each field at its length, by code points, never splitting a pair', () => {
    for (const [field, max] of Object.entries(DETAIL_LIMITS)) {
      if (field.startsWith('referral')) continue
      expect(details({ [field]: 'x'.repeat(max + 50) })[field as 'role']).toHaveLength(max)
    }
    const referral = details({
      referral: { name: 'n'.repeat(99), connection: 'c'.repeat(199) },
    }).referral
    expect(referral).toEqual({ name: 'n'.repeat(80), connection: 'c'.repeat(120) })
    const emoji = cleanText('😀'.repeat(100), 80)!
    expect(Array.from(emoji)).toHaveLength(80)
    expect(emoji).toBe('😀'.repeat(80))
  })

  test('text that is empty after cleaning counts as not given', () => {
    expect(details({ contactName: ' \n\t\u202E ' }).contactName).toBeUndefined()
    expect(details({ referral: { name: '  ', connection: '\u0000' } }).referral).toBeUndefined()
  })

  test('markup stays as plain text: the cleaning changes nothing else', () => {
    expect(cleanText('<script>alert(1)</script>', 80)).toBe('<script>alert(1)</script>')
    expect(cleanText('javascript:alert(1)', 80)).toBe('javascript:alert(1)')
    expect(cleanText('שרה 👩🏽‍💻 {role}', 80)).toBe('שרה 👩🏽‍💻 {role}')
  })
})

test('CHOICES and YES_NO name every multiple-choice and yes-or-no answer of the schema', () => {
  const unwrap = (schema: z.ZodType): z.ZodType =>
    schema instanceof z.ZodDefault ? unwrap(schema.def.innerType as z.ZodType) : schema
  const enums: Record<string, readonly string[]> = {}
  const flags: string[] = []
  for (const [key, field] of Object.entries(situationSchema.shape)) {
    const inner = unwrap(field as z.ZodType)
    if (inner instanceof z.ZodEnum) enums[key] = inner.options as string[]
    if (inner instanceof z.ZodBoolean) flags.push(key)
  }
  expect(enums).toEqual(CHOICES)
  expect(flags.sort()).toEqual([...YES_NO].sort())
})
