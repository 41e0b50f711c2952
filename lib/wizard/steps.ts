import { toSituationInput, type FormValues } from '@/lib/situation/form'

export const STEP_IDS = [
  'stage',
  'progress',
  'reasons',
  'mismatch',
  'sure',
  'relationship',
  'delivery',
  'names',
  'check',
] as const
export type StepId = (typeof STEP_IDS)[number]

const unsafe = (v: FormValues) => v.reasons.includes('unsafe')
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
    applies: always,
  },
  { id: 'reasons', fields: () => ['reasons'], applies: always },
  {
    id: 'mismatch',
    fields: () => ['details.advertised', 'details.actual'],
    applies: (v) => v.reasons.includes('role-mismatch'),
  },
  // Someone who feels unsafe is not asked how sure they are, or about keeping in touch.
  {
    id: 'sure',
    fields: () => ['certainty', 'changeMind', 'fearOfInterviewing', 'needJob'],
    applies: (v) => !unsafe(v),
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
    applies: (v) => !unsafe(v),
  },
  {
    id: 'delivery',
    fields: (v) => [
      ...(v.stage !== 'during' && !unsafe(v) ? ['channel'] : []),
      'tone',
      ...(unsafe(v) ? [] : ['explain']),
    ],
    applies: always,
  },
  {
    id: 'names',
    fields: () => ['details.yourName', 'details.contactName', 'details.company', 'details.role'],
    applies: always,
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
 * person changes back. Someone who feels unsafe was not asked how sure they are: they are.
 */
export function situationInput(values: FormValues): Record<string, unknown> {
  const asked = askedFields(values)
  const input = toSituationInput(values)
  for (const key of Object.keys(input)) {
    if (key !== 'details' && !asked.has(key)) delete input[key]
  }
  const details = input.details as Record<string, unknown>
  for (const key of Object.keys(details)) {
    if (key === 'referral' ? !asked.has('details.referral.name') : !asked.has(`details.${key}`)) {
      delete details[key]
    }
  }
  if (unsafe(values)) input.certainty = 'certain'
  return input
}

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
