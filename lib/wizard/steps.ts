import { MOMENTS, toSituationInput, type FormValues } from '@/lib/situation/form'

export const STEP_IDS = [
  'stage',
  'progress',
  'reasons',
  'mismatch',
  'signed',
  'country',
  'sure',
  'relationship',
  'extras',
  'delivery',
  'names',
  'check',
] as const
export type StepId = (typeof STEP_IDS)[number]

const unsafe = (v: FormValues) => v.reasons.includes('unsafe')
const scam = (v: FormValues) => v.reasons.includes('scam')
/** Feeling unsafe or a scam: nothing to weigh, so none of the questions about the relationship. */
const nothingToWeigh = (v: FormValues) => unsafe(v) || scam(v)
const accepted = (v: FormValues) => v.stage === 'accepted'
const bookedInterviewPossible = (v: FormValues) => v.stage === 'before' || v.stage === 'after'

type Step = {
  id: StepId
  /** The answers this step asks for, as form field names. */
  fields: (v: FormValues) => string[]
  /** Steps that don't apply to these answers are skipped (and their answers ignored). */
  applies: (v: FormValues) => boolean
}

const always = () => true

const STEPS: Step[] = [
  { id: 'stage', fields: () => ['stage'], applies: always },
  {
    id: 'progress',
    fields: (v) => ['progress', ...(bookedInterviewPossible(v) ? ['nextInterview'] : [])],
    // After accepting an offer they have been through every round.
    applies: (v) => !accepted(v),
  },
  { id: 'reasons', fields: () => ['reasons'], applies: always },
  {
    id: 'mismatch',
    fields: () => ['details.advertised', 'details.actual'],
    applies: (v) => v.reasons.includes('role-mismatch'),
  },
  // B1: what was signed, and where, decides what going back on a yes involves.
  { id: 'signed', fields: () => ['signed', 'country'], applies: accepted },
  // B9: the deadline for a claim about discriminatory questions depends on the country.
  {
    id: 'country',
    fields: () => ['country'],
    applies: (v) => !accepted(v) && v.reasons.includes('discrimination') && !nothingToWeigh(v),
  },
  // Someone who feels unsafe, or has met a scam, is not asked how sure they are, or about
  // keeping in touch. After accepting, there is no interview left to fear, nor pay to raise.
  {
    id: 'sure',
    fields: (v) =>
      accepted(v)
        ? ['certainty', 'needJob']
        : ['certainty', 'changeMind', 'fearOfInterviewing', 'needJob'],
    applies: (v) => !nothingToWeigh(v),
  },
  {
    id: 'relationship',
    fields: () => [
      'keepDoorOpen',
      'details.positives',
      'details.betterFit',
      'details.referral.name',
      'details.referral.connection',
    ],
    applies: (v) => !nothingToWeigh(v),
  },
  // B2, B3, B4, B6, B7, B10 in one optional question: ticking none costs one Continue.
  { id: 'extras', fields: () => ['moments'], applies: (v) => !nothingToWeigh(v) },
  {
    id: 'delivery',
    fields: (v) => [
      ...(v.stage !== 'during' && !unsafe(v) ? ['channel'] : []),
      'tone',
      ...(unsafe(v) ? [] : ['explain']),
    ],
    // A scam gets no words at all, so nothing about how to say them.
    applies: (v) => !scam(v),
  },
  {
    id: 'names',
    fields: (v) => [
      'details.yourName',
      'details.contactName',
      'details.company',
      'details.role',
      ...(v.moments.includes('referred') ? ['details.referrerName'] : []),
    ],
    applies: (v) => !scam(v),
  },
  { id: 'check', fields: () => [], applies: always },
]

const byId = new Map(STEPS.map((step) => [step.id, step]))

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && byId.has(value as StepId)
}

export function applicableSteps(values: FormValues): StepId[] {
  return STEPS.filter((step) => step.applies(values)).map((step) => step.id)
}

export function stepFields(id: StepId, values: FormValues): string[] {
  return byId.get(id)!.fields(values)
}

/** The step after `current` that applies; `check` is last. */
export function nextStep(values: FormValues, current: StepId): StepId {
  const steps = applicableSteps(values)
  const from = STEP_IDS.indexOf(current)
  return steps.find((id) => STEP_IDS.indexOf(id) > from) ?? 'check'
}

export function previousStep(values: FormValues, current: StepId): StepId | undefined {
  const from = STEP_IDS.indexOf(current)
  return applicableSteps(values)
    .filter((id) => STEP_IDS.indexOf(id) < from)
    .at(-1)
}

/** Every field the applicable steps ask for. */
export function askedFields(values: FormValues): Set<string> {
  return new Set(applicableSteps(values).flatMap((id) => stepFields(id, values)))
}

/**
 * The schema's input for these answers: answers to questions that no longer apply (after an
 * earlier answer changed) are left out, so defaults apply; they stay in the form in case the
 * person changes back. Someone who feels unsafe, or has met a scam, was not asked how sure they
 * are: they are. Someone who has accepted an offer went through every round.
 */
export function situationInput(values: FormValues): Record<string, unknown> {
  const asked = askedFields(values)
  const input = toSituationInput(values)
  for (const key of Object.keys(input)) {
    const field = FROM_MOMENTS.has(key) ? 'moments' : key
    if (key !== 'details' && !asked.has(field)) delete input[key]
  }
  const details = input.details as Record<string, unknown>
  for (const key of Object.keys(details)) {
    if (key === 'referral' ? !asked.has('details.referral.name') : !asked.has(`details.${key}`)) {
      delete details[key]
    }
  }
  if (nothingToWeigh(values)) input.certainty = 'certain'
  if (accepted(values)) input.progress = 'final'
  return input
}

/** The Situation fields the "anything else" checkboxes set. */
const FROM_MOMENTS = new Set(Object.values(MOMENTS).flatMap((fields) => Object.keys(fields)))

export const belongsTo = (key: string, fields: string[]) =>
  fields.some((field) => key === field || key.startsWith(`${field}.`))

/** The first step with a problem, for a final submit that fails. */
export function firstStepWithErrors(values: FormValues, errors: Record<string, string>): StepId {
  return (
    applicableSteps(values).find((id) =>
      Object.keys(errors).some((key) => belongsTo(key, stepFields(id, values))),
    ) ?? 'check'
  )
}
