import { DETAIL_LIMITS } from '@/lib/situation/limits'

/*
 * Closing several processes at once (shared/domain.md §6, B5): the questions, their options and
 * the form's values. Kept apart from the zod schema (schema.ts) so the page can show and change
 * the form without loading zod; the browser loads the schema only when the person asks for
 * their messages.
 */

/**
 * How far each process got, and the tones: the planner's own values (`progress` and `tone` in
 * lib/situation/schema.ts, which a test holds these to), written out here because that module
 * brings zod with it.
 */
export const PROCESS_STAGES = ['applied', 'screened', 'interviewed', 'final'] as const
export const TONES = ['warm', 'neutral', 'formal'] as const

/** How they have been talking to this employer so far: the words go the same way (B5). */
export const PROCESS_CHANNELS = ['email', 'phone', 'portal', 'recruiter'] as const

export type ProcessStage = (typeof PROCESS_STAGES)[number]
export type ProcessChannel = (typeof PROCESS_CHANNELS)[number]
export type SeveralTone = (typeof TONES)[number]

/** One list closes at most this many processes. */
export const MAX_PROCESSES = 10

/** The caps on typed text: the planner's own (lib/situation/limits.ts). */
export const TEXT_LIMITS = {
  yourName: DETAIL_LIMITS.yourName,
  company: DETAIL_LIMITS.company,
  role: DETAIL_LIMITS.role,
  contactName: DETAIL_LIMITS.contactName,
} as const

export const TOO_MANY = `You can close up to ${MAX_PROCESSES} processes at once. Keep ${MAX_PROCESSES} in this list and get their messages, then start a new list for the rest.`
export const NONE_YET = 'Add at least one process, with the name of the company.'

/** The form's values: what the inputs hold, always strings. */
export type ProcessValues = {
  company: string
  role: string
  contactName: string
  stage: string
  channel: string
}
export type SeveralValues = { yourName: string; tone: string; processes: ProcessValues[] }

export const PROCESS_FIELDS = ['company', 'role', 'contactName', 'stage', 'channel'] as const
export type ProcessField = (typeof PROCESS_FIELDS)[number]

export const EMPTY_PROCESS: ProcessValues = {
  company: '',
  role: '',
  contactName: '',
  stage: '',
  channel: '',
}

export const emptyValues = (): SeveralValues => ({
  yourName: '',
  tone: 'neutral',
  processes: [{ ...EMPTY_PROCESS }],
})

/** A row's field name in the form and in errors: `processes.2.company`. */
export const processField = (index: number, field: ProcessField) => `processes.${index}.${field}`

export type Option = { value: string; label: string }

export const STAGE_OPTIONS: Option[] = [
  { value: 'applied', label: 'Applied, nothing more' },
  { value: 'screened', label: 'Had a phone screen or first call' },
  { value: 'interviewed', label: 'Had at least one interview' },
  { value: 'final', label: 'Had the final round' },
]

export const CHANNEL_OPTIONS: Option[] = [
  { value: 'email', label: 'By email' },
  { value: 'phone', label: 'By phone' },
  { value: 'portal', label: 'Through an application portal' },
  { value: 'recruiter', label: 'Through a recruiter or agency' },
]

export const TONE_OPTIONS: Option[] = [
  { value: 'warm', label: 'Warm and personal' },
  { value: 'neutral', label: 'Plain and friendly' },
  { value: 'formal', label: 'Formal' },
]

export const LABELS = {
  company: 'Company',
  role: 'Job title (optional)',
  contactName: 'Your contact’s name (optional)',
  stage: 'How far it got',
  channel: 'How you’ve been in touch',
  yourName: 'Your name (optional)',
  tone: 'What tone suits you?',
} as const

// A post can carry anything: each value is cut short and the rows are capped well above the
// limit, so that a list one or two over it comes back whole with its error, and a forged post
// cannot make the page render thousands of rows. The schema applies the real limits.
const MAX_FIELD = 1000
const MAX_ROWS = MAX_PROCESSES * 3

const read = (data: FormData, name: string) => {
  const value = data.get(name)
  return typeof value === 'string' ? value.slice(0, MAX_FIELD) : ''
}

/** Reads the form from a post; anything else in it is ignored. */
export function valuesFromFormData(data: FormData): SeveralValues {
  const indexes = new Set<number>()
  for (const key of data.keys()) {
    const match = /^processes\.(\d{1,3})\.[a-zA-Z]+$/.exec(key)
    if (match) indexes.add(Number(match[1]))
  }
  const processes = [...indexes]
    .sort((a, b) => a - b)
    .slice(0, MAX_ROWS)
    .map((index) => {
      const row = { ...EMPTY_PROCESS }
      for (const field of PROCESS_FIELDS) row[field] = read(data, processField(index, field))
      return row
    })
  return { yourName: read(data, 'yourName'), tone: read(data, 'tone'), processes }
}

/** Form values as the schema's input: an empty optional answer is left out. */
export function toSeveralInput(values: SeveralValues): Record<string, unknown> {
  const given = (value: string) => (value === '' ? undefined : value)
  return {
    yourName: given(values.yourName),
    tone: given(values.tone),
    processes: values.processes.map((row) => ({
      company: row.company,
      role: given(row.role),
      contactName: given(row.contactName),
      stage: given(row.stage),
      channel: given(row.channel),
    })),
  }
}

/** Every field name in the order the form shows them: the error summary follows it. */
export function fieldOrder(values: SeveralValues): string[] {
  return [
    'processes',
    ...values.processes.flatMap((_, i) => PROCESS_FIELDS.map((field) => processField(i, field))),
    'yourName',
    'tone',
  ]
}
