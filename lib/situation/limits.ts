// Kept apart from the schema so browser code can use the caps without loading zod.

/**
 * How a typed detail is shaped, which decides how the words fit it into a sentence
 * (lib/wording/phrase.ts): a `name` is printed as typed, minus a trailing label like
 * "(recruiter)"; a `title` (a role, a company) keeps its capitals; a `description` is a noun
 * phrase or a clause in the person's own words.
 */
export type DetailShape = 'name' | 'title' | 'description'

/**
 * The one table of free-text details (domain.md §3): the argument name the messages use, where
 * the value sits in a Situation's `details` and in the form, its cap in code points, and its
 * shape, whether it names someone, and the message the planner previews it in. The schema, the
 * form's values and input limits, the message arguments, the permalink, the previews and the
 * prose gate all read it.
 */
export const DETAIL_FIELDS = [
  {
    arg: 'yourName',
    path: ['yourName'],
    limit: 80,
    shape: 'name',
    personal: true,
    frame: 'letter.sign-off',
  },
  {
    arg: 'contactName',
    path: ['contactName'],
    limit: 80,
    shape: 'name',
    personal: true,
    frame: 'letter.hello',
  },
  {
    arg: 'company',
    path: ['company'],
    limit: 80,
    shape: 'title',
    personal: true,
    frame: 'email.decision.withdraw',
  },
  {
    arg: 'role',
    path: ['role'],
    limit: 80,
    shape: 'title',
    personal: false,
    frame: 'email.decision.withdraw',
  },
  {
    arg: 'advertised',
    path: ['advertised'],
    limit: 120,
    shape: 'description',
    personal: false,
    frame: 'reason.role-mismatch',
  },
  {
    arg: 'actual',
    path: ['actual'],
    limit: 120,
    shape: 'description',
    personal: false,
    frame: 'reason.role-mismatch',
  },
  {
    arg: 'betterFit',
    path: ['betterFit'],
    limit: 120,
    shape: 'description',
    personal: false,
    frame: 'door.better-fit',
  },
  {
    arg: 'positives',
    path: ['positives'],
    limit: 200,
    shape: 'description',
    personal: false,
    frame: 'door.liked',
  },
  {
    arg: 'referralName',
    path: ['referral', 'name'],
    limit: 80,
    shape: 'name',
    personal: true,
    frame: 'referral.person',
  },
  {
    arg: 'referralConnection',
    path: ['referral', 'connection'],
    limit: 120,
    shape: 'description',
    personal: false,
    frame: 'referral.person',
  },
  // Version 2: who referred the person to this job (moment B4), not someone they refer.
  {
    arg: 'referrerName',
    path: ['referrerName'],
    limit: 80,
    shape: 'name',
    personal: true,
  },
] as const satisfies readonly {
  arg: string
  path: readonly [string] | readonly ['referral', string]
  limit: number
  shape: DetailShape
  /** It names someone (a person or the employer): left out of a link shared without names. */
  personal: boolean
  /**
   * The message the planner shows a detail's answer in, as it is typed (lib/wording/frames.ts);
   * a unit test checks each is a message id that uses the argument. The referrer's name has
   * none: its question asks only who referred them.
   */
  frame?: string
}[]

export type DetailField = (typeof DETAIL_FIELDS)[number]
export type DetailArg = DetailField['arg']

/** A detail's form field name: `details.role`, `details.referral.name`. */
export const detailFieldName = (field: DetailField) => `details.${field.path.join('.')}`

/** Caps on the free-text details, in code points, by argument name. */
export const DETAIL_LIMITS = Object.fromEntries(
  DETAIL_FIELDS.map((field) => [field.arg, field.limit]),
) as { readonly [F in DetailField as F['arg']]: F['limit'] }

type TopLevel = Extract<DetailField, { path: readonly [string] }>

/** The free-text details that sit directly in `details` (all but the referral's two). */
export const TEXT_DETAILS = DETAIL_FIELDS.filter(
  (field): field is TopLevel => field.path.length === 1,
).map((field) => field.arg)

/**
 * Each typed detail by its argument name, from a `details` object (a Situation's, or the form's
 * values as they are being typed); absent or non-text values are left out.
 */
export function detailArgs(details: unknown): Partial<Record<DetailArg, string>> {
  const out: Partial<Record<DetailArg, string>> = {}
  const read = (object: unknown, key: string) =>
    object && typeof object === 'object' ? (object as Record<string, unknown>)[key] : undefined
  for (const field of DETAIL_FIELDS) {
    const [first, second] = field.path
    const value = second === undefined ? read(details, first) : read(read(details, first), second)
    if (typeof value === 'string') out[field.arg] = value
  }
  return out
}

/** The details as the form holds them: every field a string, "" when not given. */
export type DetailValues = { [F in TopLevel as F['arg']]: string } & {
  referral: { name: string; connection: string }
}

/** Every detail empty, in the form's shape. */
export function emptyDetailValues(): DetailValues {
  const values: Record<string, unknown> = { referral: {} }
  for (const field of DETAIL_FIELDS) setDetail(values, field, '')
  return values as DetailValues
}

/** Writes one detail into a `details`-shaped object, at the field's path. */
export function setDetail(details: Record<string, unknown>, field: DetailField, value: unknown) {
  const [first, second] = field.path
  if (second === undefined) details[first] = value
  else details[first] = { ...(details[first] as object | undefined), [second]: value }
}
