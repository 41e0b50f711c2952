import { z } from 'zod'
import { STAGES } from '@/lib/situation/stages'
import { DETAIL_LIMITS, TEXT_DETAILS } from './limits'

// Zod compiles object parsers with `new Function` where it can, deciding when each schema is
// built. The Content-Security-Policy forbids eval, so in the browser even the probe is a reported
// violation: there, parse without compiling. This must run before any schema below is built.
if (typeof window !== 'undefined') z.config({ jitless: true })

/*
 * Situation: the public contract of POST /api/plan, the wizard and the permalink codec
 * (shared/domain.md §3, and §6 for version 2). Field names and enum values are the contract:
 * extend, never rename.
 */

export { STAGES }
export { DETAIL_LIMITS }
export const PROGRESS = ['applied', 'screened', 'interviewed', 'final'] as const
export const NEXT_INTERVIEWS = ['none', 'within24h', 'later'] as const
export const REASONS = [
  'role-mismatch',
  'pay',
  'rude-interviewer',
  'unsafe',
  'misled-format',
  'other-offer',
  'culture',
  'logistics',
  'personal',
  'level-mismatch',
  'lost-interest',
  // Version 2 (shared/domain.md §6): a counter-offer from the current employer (B1), questions
  // that discriminate (B9), a scam: fees, bank or ID details asked for up front (B9).
  'counter-offer',
  'discrimination',
  'scam',
] as const
export const CERTAINTIES = ['certain', 'leaning', 'unsure'] as const
export const CHANGE_MIND = ['nothing', 'more-pay', 'different-role'] as const
export const NEED_JOB = ['urgent', 'somewhat', 'not-really'] as const
export const EXPLAIN = ['brief', 'none', 'full'] as const
/** The person's preference for delivering a withdrawal (not the plan's channel). */
export const CHANNEL_PREFERENCES = ['phone', 'email', 'either'] as const
export const TONES = ['warm', 'neutral', 'formal'] as const

/*
 * Version 2 (shared/domain.md §6): every field optional, with a default that gives a version-1
 * request the plan it always had.
 */
/** What was signed after accepting (B1): what is owed depends on it. */
export const SIGNED = ['nothing', 'offer-letter', 'contract'] as const
/** Where the job is, for the national notes (B1, B9); `other` gives general ones. */
export const COUNTRIES = ['other', 'uk', 'de', 'in'] as const
/** Who runs the process (B2): the employer, or a recruiter or agency on its behalf. */
export const RUN_BY = ['employer', 'agency'] as const

export type Progress = (typeof PROGRESS)[number]
export type NextInterview = (typeof NEXT_INTERVIEWS)[number]
export type Reason = (typeof REASONS)[number]
export type Certainty = (typeof CERTAINTIES)[number]
export type ChangeMind = (typeof CHANGE_MIND)[number]
export type NeedJob = (typeof NEED_JOB)[number]
export type Explain = (typeof EXPLAIN)[number]
export type ChannelPreference = (typeof CHANNEL_PREFERENCES)[number]
export type Tone = (typeof TONES)[number]
export type Signed = (typeof SIGNED)[number]
export type Country = (typeof COUNTRIES)[number]
export type RunBy = (typeof RUN_BY)[number]

// Line breaks and tabs (including NEL and the Unicode line/paragraph separators) become spaces
// first, so "Dana\nSmith" reads "Dana Smith" rather than "DanaSmith".
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g
// Unicode Cc, plus the bidi embedding/override/isolate/mark characters that can reorder text.
const INVISIBLE = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu
const SPACES = /\s+/g

/**
 * The schema's documented cleaning of every free-text field in `details`, in this order:
 *
 * 1. every line break and tab (CR, LF, VT, FF, NEL, U+2028, U+2029, TAB) becomes a space;
 * 2. every other control character (Unicode category Cc) and every bidi control character
 *    (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) is removed;
 * 3. runs of whitespace collapse to one space, and the ends are trimmed;
 * 4. the text is capped at `max` code points (counted with Array.from, so a surrogate pair is
 *    never split), then trimmed again;
 * 5. text left empty becomes `undefined`, which the engine treats as "not given".
 *
 * Nothing else changes: the text stays plain text (`<script>` stays `<script>`), and the UI
 * renders it as text.
 */
export function cleanText(value: string, max: number): string | undefined {
  let text = value.replace(LINE_BREAKS, ' ').replace(INVISIBLE, '').replace(SPACES, ' ').trim()
  if (text.length > max) {
    // Only strings longer than `max` UTF-16 units can be longer than `max` code points.
    const points = Array.from(text)
    if (points.length > max) text = points.slice(0, max).join('').trimEnd()
  }
  return text === '' ? undefined : text
}

const text = (max: number) =>
  z
    .string({ error: 'Enter text here, or leave it out.' })
    .transform((value) => cleanText(value, max))
    .optional()

const referralSchema = z
  .strictObject(
    {
      name: text(DETAIL_LIMITS.referralName),
      connection: text(DETAIL_LIMITS.referralConnection),
    },
    { error: objectError('the referral') },
  )
  .transform((referral) =>
    referral.name === undefined && referral.connection === undefined ? undefined : referral,
  )

const detailsSchema = z.strictObject(
  {
    ...(Object.fromEntries(TEXT_DETAILS.map((arg) => [arg, text(DETAIL_LIMITS[arg])])) as Record<
      (typeof TEXT_DETAILS)[number],
      ReturnType<typeof text>
    >),
    referral: referralSchema.optional(),
  },
  { error: objectError('the details') },
)

function objectError(what: string) {
  return (issue: { code: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys'
      ? `Unknown field${issue.keys && issue.keys.length > 1 ? 's' : ''} in ${what}: ${(issue.keys ?? []).join(', ')}.`
      : `Send ${what} as an object.`
}

/** "Choose before, during, after or offer." */
function choose(values: readonly string[], what?: string) {
  const list =
    values.length > 1
      ? `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`
      : values[0]
  return `Choose ${what ? `${what}: ` : ''}${list}.`
}

const flag = (message: string) => z.boolean({ error: message })

export const situationSchema = z.strictObject(
  {
    stage: z.enum(STAGES, { error: choose(STAGES) }),
    progress: z.enum(PROGRESS, { error: choose(PROGRESS) }),
    nextInterview: z.enum(NEXT_INTERVIEWS, { error: choose(NEXT_INTERVIEWS) }).default('none'),
    reasons: z
      .array(z.enum(REASONS, { error: 'Choose reasons from the list.' }), {
        error: 'Choose between 1 and 4 reasons.',
      })
      .min(1, { error: 'Choose between 1 and 4 reasons.' })
      .max(4, { error: 'Choose between 1 and 4 reasons.' })
      .refine((reasons) => new Set(reasons).size === reasons.length, {
        error: 'Choose each reason only once.',
      }),
    certainty: z.enum(CERTAINTIES, { error: choose(CERTAINTIES) }),
    changeMind: z.enum(CHANGE_MIND, { error: choose(CHANGE_MIND) }).default('nothing'),
    fearOfInterviewing: flag('Answer yes or no (true or false).').default(false),
    needJob: z.enum(NEED_JOB, { error: choose(NEED_JOB) }).default('somewhat'),
    keepDoorOpen: flag('Answer yes or no (true or false).').default(false),
    explain: z.enum(EXPLAIN, { error: choose(EXPLAIN) }).default('brief'),
    channel: z.enum(CHANNEL_PREFERENCES, { error: choose(CHANNEL_PREFERENCES) }).default('either'),
    tone: z.enum(TONES, { error: choose(TONES) }).default('neutral'),
    details: detailsSchema.default({}),
    // Version 2
    signed: z.enum(SIGNED, { error: choose(SIGNED) }).default('nothing'),
    country: z.enum(COUNTRIES, { error: choose(COUNTRIES) }).default('other'),
    runBy: z.enum(RUN_BY, { error: choose(RUN_BY) }).default('employer'),
    takeHome: flag('Answer yes or no (true or false).').default(false),
    portal: flag('Answer yes or no (true or false).').default(false),
    benefits: flag('Answer yes or no (true or false).').default(false),
    campus: flag('Answer yes or no (true or false).').default(false),
  },
  { error: objectError('the situation') },
)

/**
 * Every multiple-choice answer and its values, and every yes-or-no answer: one list for what
 * draws, sweeps or checks all of them (the arbitraries, the permalink's test). A unit test holds
 * it to the schema above.
 */
export const CHOICES = {
  stage: STAGES,
  progress: PROGRESS,
  nextInterview: NEXT_INTERVIEWS,
  certainty: CERTAINTIES,
  changeMind: CHANGE_MIND,
  needJob: NEED_JOB,
  explain: EXPLAIN,
  channel: CHANNEL_PREFERENCES,
  tone: TONES,
  signed: SIGNED,
  country: COUNTRIES,
  runBy: RUN_BY,
} as const
export const YES_NO = [
  'fearOfInterviewing',
  'keepDoorOpen',
  'takeHome',
  'portal',
  'benefits',
  'campus',
] as const

export type Situation = z.output<typeof situationSchema>
export type SituationInput = z.input<typeof situationSchema>
export type Details = Situation['details']

/**
 * Zod issues as `{ "details.referral.name": "message" }`: dot paths, the first message for each
 * path, "(root)" for problems with the whole object (not an object, unknown fields).
 */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join('.') : '(root)'
    if (!(key in errors)) errors[key] = issue.message
  }
  return errors
}
