import fc from 'fast-check'
import { CHOICES, DETAIL_LIMITS, REASONS, situationSchema, YES_NO } from '@/lib/situation/schema'
import { TEXT_DETAILS } from '@/lib/situation/limits'

/**
 * For property tests: any Situation input with every answer drawn from the contract's values and
 * each free-text field from `text(cap)` (or left out), where `cap` is that field's limit.
 */
export function situationInputArb(text: (cap: number) => fc.Arbitrary<string>) {
  const maybe = (cap: number) => fc.option(text(cap), { nil: undefined })
  const choices = Object.fromEntries(
    Object.entries(CHOICES).map(([key, values]) => [key, fc.constantFrom(...values)]),
  ) as { [K in keyof typeof CHOICES]: fc.Arbitrary<(typeof CHOICES)[K][number]> }
  const flags = Object.fromEntries(YES_NO.map((key) => [key, fc.boolean()])) as Record<
    (typeof YES_NO)[number],
    fc.Arbitrary<boolean>
  >
  return fc.record({
    ...choices,
    ...flags,
    reasons: fc.uniqueArray(fc.constantFrom(...REASONS), { minLength: 1, maxLength: 4 }),
    details: fc.record({
      ...(Object.fromEntries(TEXT_DETAILS.map((arg) => [arg, maybe(DETAIL_LIMITS[arg])])) as Record<
        (typeof TEXT_DETAILS)[number],
        fc.Arbitrary<string | undefined>
      >),
      referral: fc.option(
        fc.record({
          name: maybe(DETAIL_LIMITS.referralName),
          connection: maybe(DETAIL_LIMITS.referralConnection),
        }),
        { nil: undefined },
      ),
    }),
  })
}

/** Something of the wrong JSON type for a field that wants `expected`. */
function wrongType(expected: 'string' | 'boolean' | 'array' | 'object') {
  const kinds: fc.Arbitrary<unknown>[] = [fc.integer(), fc.double(), fc.constant(null)]
  if (expected !== 'string') kinds.push(fc.string({ maxLength: 12 }))
  if (expected !== 'boolean') kinds.push(fc.boolean())
  if (expected !== 'array') kinds.push(fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }))
  if (expected !== 'object') kinds.push(fc.dictionary(fc.string({ maxLength: 6 }), fc.string()))
  return fc.oneof(...kinds)
}

/** A string that is none of `values`. */
const notOneOf = (values: readonly string[]) =>
  fc.string({ maxLength: 16 }).filter((s) => !values.includes(s))

// Every answer, version 2's included: a corruption of any of them must be reported.
const ENUMS = CHOICES
const FLAGS = YES_NO
const REQUIRED = ['stage', 'progress', 'reasons', 'certainty'] as const
const TEXTS = TEXT_DETAILS

// Field names at any level, and `__proto__`, which JSON.parse keeps but an object literal eats.
const KNOWN_KEYS = new Set([
  ...Object.keys(situationSchema.shape),
  ...TEXTS,
  'referral',
  'name',
  'connection',
  '__proto__',
])

/** Breaks `input` in one way; returns the error path the schema must report for it. */
type Corruption = (input: Record<string, unknown>) => string
type Details = Record<string, unknown> & { referral?: Record<string, unknown> }
const details = (input: Record<string, unknown>) => input.details as Details
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
/** The object at `where`, or undefined when an earlier break made the referral a non-object. */
function objectAt(input: Record<string, unknown>, where: string) {
  if (where === '(root)') return input
  if (where === 'details') return details(input)
  if (details(input).referral === undefined) details(input).referral = {}
  const referral: unknown = details(input).referral // null is a break, not a missing referral
  return isObject(referral) ? referral : undefined
}

const badReasons = fc.oneof(
  fc.constant([]),
  fc.uniqueArray(fc.constantFrom(...REASONS), { minLength: 5, maxLength: REASONS.length }),
  fc.constantFrom(...REASONS).map((r) => [r, r]),
  notOneOf(REASONS).map((r) => ['role-mismatch', r]),
  wrongType('array'),
)

const corruption: fc.Arbitrary<Corruption> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...(Object.keys(ENUMS) as (keyof typeof ENUMS)[])), fc.boolean())
    .chain(([field, sameType]) =>
      (sameType ? notOneOf(ENUMS[field]) : wrongType('string')).map(
        (value): Corruption =>
          (input) => {
            input[field] = value
            return field
          },
      ),
    ),
  fc.constantFrom(...FLAGS).chain((field) =>
    wrongType('boolean').map((value): Corruption => (input) => {
      input[field] = value
      return field
    }),
  ),
  fc.constantFrom(...REQUIRED).map((field): Corruption => (input) => {
    delete input[field]
    return field
  }),
  badReasons.map((value): Corruption => (input) => {
    input.reasons = value
    return 'reasons'
  }),
  fc
    .tuple(fc.constantFrom(...TEXTS), wrongType('string'))
    .map(([field, value]): Corruption => (input) => {
      details(input)[field] = value
      return `details.${field}`
    }),
  fc
    .tuple(fc.constantFrom('name', 'connection'), wrongType('string'))
    .map(([field, value]): Corruption => (input) => {
      const referral = objectAt(input, 'details.referral')
      if (!referral) return 'details.referral' // already broken, and it stays so
      referral[field] = value
      return `details.referral.${field}`
    }),
  wrongType('object').map((value): Corruption => (input) => {
    details(input).referral = value as Details['referral']
    return 'details.referral'
  }),
  // Unknown fields, at each level of the object (strict objects refuse them).
  fc
    .tuple(fc.constantFrom('(root)', 'details', 'details.referral'), fc.string({ maxLength: 10 }))
    .filter(([, key]) => !KNOWN_KEYS.has(key))
    .map(([where, key]): Corruption => (input) => {
      const target = objectAt(input, where)
      if (!target) return 'details.referral'
      target[key] = 'unexpected'
      return where
    }),
)

/** Whether error keys report `path`, at that path or inside it (`reasons` is reported by `reasons.1`). */
export const reportsPath = (keys: string[], path: string) =>
  keys.some((key) => key === path || key.startsWith(`${path}.`))

/**
 * Situation inputs the schema must refuse, each with the error paths it must report (a reported
 * path may be deeper, such as `reasons.1`). Built from a valid input broken in one to three ways;
 * a later break can hide an earlier one (a referral that is not an object hides its fields), so
 * only paths that still exist are expected.
 */
export function invalidSituationArb() {
  return fc
    .tuple(
      situationInputArb((cap) => fc.string({ maxLength: cap })),
      fc.array(corruption, { minLength: 1, maxLength: 3 }),
      // One time in twenty, the whole body is not an object at all.
      fc.oneof(
        { weight: 19, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: wrongType('object').map((value) => ({ value })) },
      ),
    )
    .map(([valid, corruptions, notAnObject]): { input: unknown; paths: string[] } => {
      if (notAnObject) return { input: notAnObject.value, paths: ['(root)'] }
      const input: Record<string, unknown> = structuredClone(valid)
      const paths = corruptions.map((corrupt) => corrupt(input))
      // A referral replaced by something that is not an object hides what was broken inside it.
      const referralGone = !isObject(details(input).referral)
      const reported = paths.filter(
        (path) => !(referralGone && path.startsWith('details.referral.')),
      )
      return { input, paths: [...new Set(reported)] }
    })
}

/** The id of the field a form-post error links to. */
export const fieldId = (name: string) =>
  name.split('.')[0] === 'reasons' ? 'reasons' : name.replace(/\./g, '-')

/**
 * A complete, valid set of answers as the planner posts them, broken in one to three ways the
 * form can carry (every value is text there): a value from no list, a required answer left out,
 * too many, repeated or unknown reasons. Safe situations, not scams, not decided in the room and
 * not after accepting, so that every field is asked and none is skipped.
 */
export const invalidFormPostArb = fc
  .tuple(
    situationInputArb(() => fc.constantFrom('Dana', 'Acme')).filter(
      (s) =>
        !s.reasons.includes('unsafe') &&
        !s.reasons.includes('scam') &&
        s.stage !== 'during' &&
        s.stage !== 'accepted',
    ),
    fc.array(
      fc.oneof(
        fc
          .tuple(
            fc.constantFrom(
              ...(['stage', 'progress', 'needJob', 'explain', 'tone'] as const).map(
                (name) => [name, CHOICES[name]] as const,
              ),
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
            fc.uniqueArray(
              fc.constantFrom(...REASONS.filter((r) => r !== 'unsafe' && r !== 'scam')),
              {
                minLength: 5,
                maxLength: 6,
              },
            ),
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
