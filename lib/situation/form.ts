import {
  DETAIL_FIELDS,
  detailArgs,
  detailFieldName,
  emptyDetailValues,
  setDetail,
  type DetailValues,
} from './limits'
import type { Situation } from './schema'

/*
 * The wizard's form values: what HTML inputs hold (strings, and a list for the reasons), shaped
 * like a Situation so field names are the Situation's own paths ("details.referral.name").
 * toSituationInput() is the one mapping from these to the schema's input; the schema itself does
 * all validation and cleaning.
 */
export type FormValues = {
  stage: string
  progress: string
  nextInterview: string
  reasons: string[]
  certainty: string
  changeMind: string
  fearOfInterviewing: string
  needJob: string
  keepDoorOpen: string
  explain: string
  channel: string
  tone: string
  // Version 2 (shared/domain.md §6)
  signed: string
  country: string
  /** What else applies, as one checkbox group (MOMENTS): each maps to a Situation field. */
  moments: string[]
  details: DetailValues
}

export const EMPTY_VALUES: FormValues = {
  stage: '',
  progress: '',
  nextInterview: '',
  reasons: [],
  certainty: '',
  changeMind: '',
  fearOfInterviewing: '',
  needJob: '',
  keepDoorOpen: '',
  explain: '',
  channel: '',
  tone: '',
  signed: '',
  country: '',
  moments: [],
  details: emptyDetailValues(),
}

const SCALARS = [
  'stage',
  'progress',
  'nextInterview',
  'certainty',
  'changeMind',
  'fearOfInterviewing',
  'needJob',
  'keepDoorOpen',
  'explain',
  'channel',
  'tone',
  'signed',
  'country',
] as const
/** The yes-or-no answers, held in the form as "yes" or "no". */
const FLAGS = new Set<string>(['fearOfInterviewing', 'keepDoorOpen'])

/**
 * The "anything else that applies?" checkboxes (version 2) and what each sets in a Situation.
 * `referred` sets nothing itself: it asks for the referrer's name.
 */
export const MOMENTS = {
  agency: { runBy: 'agency' },
  portal: { portal: true },
  'take-home': { takeHome: true },
  referred: {},
  benefits: { benefits: true },
  campus: { campus: true },
} as const satisfies Record<string, Partial<Situation>>
export type Moment = keyof typeof MOMENTS
const isMoment = (value: string): value is Moment => Object.hasOwn(MOMENTS, value)

// Inputs are capped in the browser (maxLength); this only stops an oversized post from carrying
// megabytes into the schema. The schema applies the real limits.
const MAX_FIELD = 1000

const str = (value: FormDataEntryValue | null) =>
  typeof value === 'string' ? value.slice(0, MAX_FIELD) : ''

/** Reads the wizard's fields from a form post; anything else in the post is ignored. */
export function formValuesFromFormData(data: FormData): FormValues {
  const values = structuredClone(EMPTY_VALUES)
  for (const key of SCALARS) values[key] = str(data.get(key))
  values.reasons = data.getAll('reasons').map(str).slice(0, 20)
  values.moments = data.getAll('moments').map(str).slice(0, 20)
  for (const field of DETAIL_FIELDS)
    setDetail(values.details, field, str(data.get(detailFieldName(field))))
  return values
}

/** Fills in any value a stored or posted copy lacks, so older saved answers still load. */
export function withDefaults(values: Partial<FormValues> | undefined): FormValues {
  const details = { ...EMPTY_VALUES.details, ...values?.details }
  return {
    ...EMPTY_VALUES,
    ...values,
    reasons: Array.isArray(values?.reasons)
      ? values.reasons.filter((r) => typeof r === 'string')
      : [],
    moments: Array.isArray(values?.moments)
      ? values.moments.filter((m) => typeof m === 'string')
      : [],
    details: {
      ...details,
      referral: { ...EMPTY_VALUES.details.referral, ...values?.details?.referral },
    },
  }
}

const given = (value: string) => (value === '' ? undefined : value)
// Anything but yes, no or nothing goes to the schema as it is, so it is refused, not ignored.
const yesNo = (value: string) => (value === 'yes' ? true : value === 'no' ? false : given(value))

/** Form values → the schema's input: empty answers left out (so defaults or "required" apply). */
export function toSituationInput(values: FormValues): Record<string, unknown> {
  const input: Record<string, unknown> = {}
  for (const key of SCALARS) {
    const value = FLAGS.has(key) ? yesNo(values[key]) : given(values[key])
    if (value !== undefined) input[key] = value
  }
  input.reasons = values.reasons
  // A box that isn't one of ours (a stale or forged post) sets nothing.
  for (const moment of values.moments) if (isMoment(moment)) Object.assign(input, MOMENTS[moment])
  const details: Record<string, unknown> = {}
  const typed = detailArgs(values.details)
  for (const field of DETAIL_FIELDS)
    if (typed[field.arg]) setDetail(details, field, typed[field.arg])
  input.details = details
  return input
}

/** A valid Situation as form values: to edit a shared plan's answers in the wizard. */
export function formValuesFromSituation(situation: Situation): FormValues {
  const values = withDefaults(undefined)
  for (const key of SCALARS) {
    const value = situation[key]
    values[key] = typeof value === 'boolean' ? (value ? 'yes' : 'no') : value
  }
  values.reasons = [...situation.reasons]
  values.moments = (Object.keys(MOMENTS) as Moment[]).filter((moment) =>
    moment === 'referred'
      ? situation.details.referrerName !== undefined
      : Object.entries(MOMENTS[moment]).every(
          ([key, value]) => situation[key as keyof Situation] === value,
        ),
  )
  const typed = detailArgs(situation.details)
  for (const field of DETAIL_FIELDS) setDetail(values.details, field, typed[field.arg] ?? '')
  return values
}

/** Input limits for the browser, from the schema's caps. */
export const INPUT_LIMITS: Record<string, number> = Object.fromEntries(
  DETAIL_FIELDS.map((field) => [detailFieldName(field), field.limit]),
)
