import 'server-only'
import { deflateRawSync, inflateRawSync } from 'node:zlib'
import {
  CERTAINTIES,
  CHANGE_MIND,
  CHANNEL_PREFERENCES,
  EXPLAIN,
  NEED_JOB,
  NEXT_INTERVIEWS,
  PROGRESS,
  REASONS,
  STAGES,
  TONES,
  SIGNED,
  COUNTRIES,
  RUN_BY,
  situationSchema,
  type Situation,
} from '@/lib/situation'
import { DETAIL_FIELDS, detailArgs, setDetail, type DetailArg } from '@/lib/situation/limits'

/*
 * Permalink token, version 1: "1" + base64url(deflate-raw(payload)).
 *
 * payload = header "\n" details
 *   header  = one base-36 digit per enum answer, in ENUMS order (its index in the value list),
 *             then one digit of flags (1 = fearOfInterviewing, 2 = keepDoorOpen),
 *             then one base-36 digit per reason.
 *   details = the free-text fields in TOKEN_DETAILS order, joined by "\n", trailing empties
 *             dropped. The schema strips every control character from free text, so "\n" can
 *             never occur inside a value.
 *
 * Only indexes into the contract's value lists are stored, never the generated text, so an old
 * link shows today's advice. Never change the order of ENUMS, TOKEN_DETAILS or any value list
 * for version 1: append, or add a version 2 beside it. Committed fixtures guard this.
 *
 * Version 2 (shared/domain.md §6): "2" + base64url(deflate-raw(payload2)).
 *
 * payload2 = header "\n" header2 "\n" details
 *   header  = as version 1 (a stage or reason added in version 2 is just a higher digit);
 *   header2 = one base-36 digit per V2_ENUMS answer, then one base-36 digit of V2_FLAGS bits;
 *   details = the free-text fields in V2_TOKEN_DETAILS order (version 1's, then the new ones).
 *
 * A situation that uses nothing of version 2 is still written as version 1, so the link of a
 * version-1 plan never changes.
 */
const VERSION = '1'
const VERSION_2 = '2'

const ENUMS = [
  ['stage', STAGES],
  ['progress', PROGRESS],
  ['nextInterview', NEXT_INTERVIEWS],
  ['certainty', CERTAINTIES],
  ['changeMind', CHANGE_MIND],
  ['needJob', NEED_JOB],
  ['explain', EXPLAIN],
  ['channel', CHANNEL_PREFERENCES],
  ['tone', TONES],
] as const

const V2_ENUMS = [
  ['signed', SIGNED],
  ['country', COUNTRIES],
  ['runBy', RUN_BY],
] as const

const V2_FLAGS = ['takeHome', 'portal', 'benefits', 'campus'] as const

/**
 * The free-text details in the order version 1 writes them down, frozen: never reorder it, only
 * version 2 appends. Each is an argument of the one details table (lib/situation/limits.ts), which
 * says where it sits in a Situation; a unit test checks that the two name the same fields.
 */
export const TOKEN_DETAILS = [
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
] as const satisfies readonly DetailArg[]
export const V2_TOKEN_DETAILS = [
  ...TOKEN_DETAILS,
  'referrerName',
] as const satisfies readonly DetailArg[]

const FIELD_BY_ARG = new Map(DETAIL_FIELDS.map((field) => [field.arg as DetailArg, field]))

/** Whether anything in the situation needs version 2 to be written down. */
function usesVersion2(situation: Situation): boolean {
  return (
    STAGES.indexOf(situation.stage) >= V1_STAGE_COUNT ||
    situation.reasons.some((reason) => REASONS.indexOf(reason) >= V1_REASON_COUNT) ||
    V2_ENUMS.some(([field, values]) => situation[field] !== values[0]) ||
    V2_FLAGS.some((flag) => situation[flag]) ||
    situation.details.referrerName !== undefined
  )
}
// How many stages and reasons version 1 knew; later ones are appended after them.
const V1_STAGE_COUNT = 4
const V1_REASON_COUNT = 11

/** Longer than any valid token can be; refused before any work is done. */
export const MAX_TOKEN_LENGTH = 4096
const MAX_PAYLOAD_BYTES = 16 * 1024
const BASE64URL = /^[A-Za-z0-9_-]+$/

export type DecodeResult =
  | { ok: true; situation: Situation }
  | { ok: false; problem: 'too-long' | 'version' | 'malformed' | 'invalid' }

export function encodeSituation(situation: Situation): string {
  const header =
    ENUMS.map(([field, values]) =>
      (values as readonly string[]).indexOf(situation[field]).toString(36),
    ).join('') +
    String((situation.fearOfInterviewing ? 1 : 0) + (situation.keepDoorOpen ? 2 : 0)) +
    situation.reasons.map((reason) => REASONS.indexOf(reason).toString(36)).join('')
  const v2 = usesVersion2(situation)
  const lines = [header]
  if (v2) {
    lines.push(
      V2_ENUMS.map(([field, values]) =>
        (values as readonly string[]).indexOf(situation[field]).toString(36),
      ).join('') +
        V2_FLAGS.reduce((bits, flag, i) => bits + (situation[flag] ? 1 << i : 0), 0).toString(36),
    )
  }
  const typed = detailArgs(situation.details)
  const details = (v2 ? V2_TOKEN_DETAILS : TOKEN_DETAILS).map((arg) => typed[arg] ?? '')
  while (details.length && details.at(-1) === '') details.pop()
  const payload = [...lines, ...details].join('\n')
  return (
    (v2 ? VERSION_2 : VERSION) +
    deflateRawSync(Buffer.from(payload, 'utf8'), { level: 9 }).toString('base64url')
  )
}

export function decodeSituation(token: string): DecodeResult {
  if (token.length > MAX_TOKEN_LENGTH) return { ok: false, problem: 'too-long' }
  const version = token.slice(0, 1)
  if (version !== VERSION && version !== VERSION_2) return { ok: false, problem: 'version' }
  const body = token.slice(1)
  if (!BASE64URL.test(body)) return { ok: false, problem: 'malformed' }

  let payload: string
  try {
    const bytes = inflateRawSync(Buffer.from(body, 'base64url'), {
      maxOutputLength: MAX_PAYLOAD_BYTES,
    })
    payload = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { ok: false, problem: 'malformed' }
  }

  const [header = '', ...rest] = payload.split('\n')
  const header2 = version === VERSION_2 ? rest.shift() : undefined
  const details = rest
  const detailFields = version === VERSION_2 ? V2_TOKEN_DETAILS : TOKEN_DETAILS
  const flagsAt = ENUMS.length
  if (header.length <= flagsAt + 1 || details.length > detailFields.length)
    return { ok: false, problem: 'malformed' }
  const digit = (i: number) => parseInt(header[i]!, 36)

  const input: Record<string, unknown> = {}
  for (const [i, [field, values]] of ENUMS.entries()) {
    const value = values[digit(i)]
    if (value === undefined) return { ok: false, problem: 'malformed' }
    input[field] = value
  }
  const flags = digit(flagsAt)
  if (!(flags >= 0 && flags <= 3)) return { ok: false, problem: 'malformed' }
  input.fearOfInterviewing = (flags & 1) === 1
  input.keepDoorOpen = (flags & 2) === 2
  input.reasons = [...header.slice(flagsAt + 1)].map((c) => REASONS[parseInt(c, 36)] ?? c)
  if (header2 !== undefined) {
    if (header2.length !== V2_ENUMS.length + 1) return { ok: false, problem: 'malformed' }
    for (const [i, [field, values]] of V2_ENUMS.entries()) {
      const value = values[parseInt(header2[i]!, 36)]
      if (value === undefined) return { ok: false, problem: 'malformed' }
      input[field] = value
    }
    const bits = parseInt(header2[V2_ENUMS.length]!, 36)
    if (!(bits >= 0 && bits < 1 << V2_FLAGS.length)) return { ok: false, problem: 'malformed' }
    V2_FLAGS.forEach((flag, i) => (input[flag] = (bits & (1 << i)) !== 0))
  }

  const detailInput: Record<string, unknown> = {}
  details.forEach((value, i) => {
    if (value) setDetail(detailInput, FIELD_BY_ARG.get(detailFields[i]!)!, value)
  })
  input.details = detailInput

  const parsed = situationSchema.safeParse(input)
  return parsed.success ? { ok: true, situation: parsed.data } : { ok: false, problem: 'invalid' }
}

export function permalinkPath(situation: Situation): string {
  return `/s/${encodeSituation(situation)}`
}

/**
 * The same answers without anything that names someone (the details table's `personal` fields:
 * your name, the contact's name, the company, the referral's name and the referrer's). For a
 * link shared with a friend.
 */
export function withoutNames(situation: Situation): Situation {
  const typed = detailArgs(situation.details)
  const details: Record<string, unknown> = {}
  for (const field of DETAIL_FIELDS)
    if (!field.personal && typed[field.arg] !== undefined)
      setDetail(details, field, typed[field.arg])
  return { ...situation, details: details as Situation['details'] }
}
