import fc from 'fast-check'
import { deflateRawSync, inflateRawSync } from 'node:zlib'
import { describe, expect, it, test } from 'vitest'
import { DETAIL_LIMITS, situationSchema, type Situation } from '@/lib/situation'
import { situationInputArb } from '@/lib/testing/arbitraries'
import { DETAIL_FIELDS } from '@/lib/situation/limits'
import {
  decodeSituation,
  encodeSituation,
  MAX_TOKEN_LENGTH,
  permalinkPath,
  TOKEN_DETAILS,
  V2_TOKEN_DETAILS,
} from './codec'

/** Any situation the schema accepts, as the schema returns it (cleaned, defaults filled). */
const situationArb: fc.Arbitrary<Situation> = situationInputArb((cap) =>
  fc.string({ unit: 'grapheme', maxLength: cap + 20 }),
).map((input) => situationSchema.parse(input))

const maximal = (char: string): Situation =>
  situationSchema.parse({
    stage: 'offer',
    progress: 'final',
    nextInterview: 'later',
    reasons: ['role-mismatch', 'pay', 'culture', 'lost-interest'],
    certainty: 'certain',
    changeMind: 'different-role',
    fearOfInterviewing: true,
    needJob: 'not-really',
    keepDoorOpen: true,
    explain: 'full',
    channel: 'either',
    tone: 'formal',
    details: {
      yourName: char.repeat(DETAIL_LIMITS.yourName),
      contactName: char.repeat(DETAIL_LIMITS.contactName),
      company: char.repeat(DETAIL_LIMITS.company),
      role: char.repeat(DETAIL_LIMITS.role),
      advertised: char.repeat(DETAIL_LIMITS.advertised),
      actual: char.repeat(DETAIL_LIMITS.actual),
      betterFit: char.repeat(DETAIL_LIMITS.betterFit),
      positives: char.repeat(DETAIL_LIMITS.positives),
      referral: {
        name: char.repeat(DETAIL_LIMITS.referralName),
        connection: char.repeat(DETAIL_LIMITS.referralConnection),
      },
    },
  })

// A realistic worst case for the URL budget: every field full of varied, hard-to-compress text.
const fullOfWords = (seed: number): Situation => {
  let state = seed
  const words = () => {
    let out = ''
    while (out.length < 300) {
      state = (state * 1103515245 + 12345) % 2 ** 31
      out += state.toString(36) + ' '
    }
    return out
  }
  const base = maximal('x')
  const details = Object.fromEntries(
    Object.entries(base.details).map(([key, value]) =>
      key === 'referral'
        ? [key, { name: words(), connection: words() }]
        : [key, words().slice(0, (value as string).length)],
    ),
  )
  return situationSchema.parse({ ...base, details })
}

describe('permalink codec', () => {
  it('decodes what it encodes, for any valid situation', () => {
    fc.assert(
      fc.property(situationArb, (situation) => {
        const decoded = decodeSituation(encodeSituation(situation))
        expect(decoded).toEqual({ ok: true, situation })
      }),
      { numRuns: 500 },
    )
  })

  it('keeps a link with every field at its maximum length under 2,000 characters', () => {
    const origin = 'https://bowout.example'
    for (const situation of [maximal('x'), maximal('é'), fullOfWords(1), fullOfWords(7)]) {
      const url = `${origin}${permalinkPath(situation)}`
      expect(url.length).toBeLessThan(2000)
    }
  })

  it('makes a short link for a situation without details', () => {
    const token = encodeSituation(
      situationSchema.parse({
        stage: 'during',
        progress: 'screened',
        reasons: ['unsafe'],
        certainty: 'certain',
      }),
    )
    expect(token).toMatch(/^1[A-Za-z0-9_-]+$/)
    expect(token.length).toBeLessThan(30)
  })

  it.each([
    ['empty', '', 'version'],
    ['another version', '3AAAA', 'version'],
    [
      'version 2 that is not deflate data',
      '2' + Buffer.from('hello').toString('base64url'),
      'malformed',
    ],
    ['not base64url', '1abc$%', 'malformed'],
    ['not deflate data', '1' + Buffer.from('hello there').toString('base64url'), 'malformed'],
    ['far too long', '1' + 'A'.repeat(MAX_TOKEN_LENGTH), 'too-long'],
  ])('refuses a token that is %s', (_, token, problem) => {
    expect(decodeSituation(token)).toEqual({ ok: false, problem })
  })

  it('refuses a well-formed token whose answers break the schema', () => {
    const token = (payload: string) =>
      '1' + deflateRawSync(Buffer.from(payload)).toString('base64url')
    // Five reasons, a repeated reason, an index past the end of a list, no reasons at all.
    expect(decodeSituation(token('000000000001234'))).toEqual({ ok: false, problem: 'invalid' })
    expect(decodeSituation(token('000000000000'))).toEqual({ ok: false, problem: 'invalid' })
    expect(decodeSituation(token('z000000000'))).toEqual({ ok: false, problem: 'malformed' })
    expect(decodeSituation(token('0000000000'))).toEqual({ ok: false, problem: 'malformed' })
    // A decompression bomb stops at the output cap instead of filling memory.
    expect(decodeSituation(token('0'.repeat(100_000)))).toEqual({ ok: false, problem: 'malformed' })
  })

  it('never throws on 10,000 random and mutated tokens', () => {
    const valid = fc.sample(situationArb.map(encodeSituation), 50)
    const mutated = fc
      .tuple(
        fc.constantFrom(...valid),
        fc.nat(),
        fc.string({ unit: 'binary-ascii', maxLength: 4 }),
        fc.nat(3),
      )
      .map(([token, at, insert, mode]) => {
        const i = at % token.length
        if (mode === 0) return token.slice(0, i) // truncated
        if (mode === 1) return token.slice(0, i) + insert + token.slice(i + 1) // changed
        if (mode === 2) return token.slice(0, i) + insert + token.slice(i) // grown
        return token.slice(0, i) + token.slice(i + 1) // a character lost
      })
    const tokens = fc.oneof(
      mutated,
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'grapheme', maxLength: 50 }),
    )
    let decoded = 0
    fc.assert(
      fc.property(tokens, (token) => {
        const result = decodeSituation(token)
        if (result.ok) {
          decoded++
          expect(situationSchema.safeParse(result.situation).success).toBe(true)
        } else {
          expect(['too-long', 'version', 'malformed', 'invalid']).toContain(result.problem)
        }
      }),
      { numRuns: 10_000 },
    )
    // Some mutations land on another valid situation; most must be refused.
    expect(decoded).toBeLessThan(10_000)
  })
})

describe('permalink codec, version 2', () => {
  const v1 = situationSchema.parse({
    stage: 'after',
    progress: 'interviewed',
    reasons: ['pay'],
    certainty: 'certain',
  })

  it('writes a situation that uses nothing of version 2 as version 1, as before', () => {
    expect(encodeSituation(v1).startsWith('1')).toBe(true)
  })

  it.each([
    ['a stage added in version 2', { stage: 'accepted' }],
    ['a reason added in version 2', { reasons: ['scam'] }],
    ['what was signed', { signed: 'contract' }],
    ['a country', { country: 'de' }],
    ['an agency', { runBy: 'agency' }],
    ['a flag', { campus: true }],
    ['a referrer', { details: { referrerName: 'Jo Park' } }],
  ])('writes %s as version 2, and reads it back', (_, change) => {
    const situation = situationSchema.parse({ ...v1, ...change })
    const token = encodeSituation(situation)
    expect(token.startsWith('2')).toBe(true)
    expect(decodeSituation(token)).toEqual({ ok: true, situation })
  })

  it('refuses a version-2 token with a malformed second header', () => {
    const token = (payload: string) =>
      '2' + deflateRawSync(Buffer.from(payload)).toString('base64url')
    const header = inflateRawSync(Buffer.from(encodeSituation(v1).slice(1), 'base64url')).toString()
    // The same answers with every version-2 answer at its default: valid.
    expect(decodeSituation(token(`${header}\n0000`))).toEqual({ ok: true, situation: v1 })
    for (const second of ['z000', '000', '00000', '000w', ''])
      expect(decodeSituation(token(`${header}\n${second}`)), second).toEqual({
        ok: false,
        problem: 'malformed',
      })
  })
})

test('the token writes down every field of the details table, in its own frozen order', () => {
  expect([...V2_TOKEN_DETAILS].sort()).toEqual(DETAIL_FIELDS.map((field) => field.arg).sort())
  // Version 1's order is what old links were written in: it may never change.
  expect(TOKEN_DETAILS).toEqual([
    'yourName',
    'contactName',
    'company',
    'role',
    'advertised',
    'actual',
    'betterFit',
    'positives',
    'referralName',
    'referralConnection',
  ])
})
