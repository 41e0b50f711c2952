import { z } from 'zod'
// Imported first: it also turns off zod's eval-based compiling in the browser (see there).
import { cleanText } from '@/lib/situation/schema'
import {
  fieldOrder,
  MAX_PROCESSES,
  NONE_YET,
  PROCESS_CHANNELS,
  PROCESS_STAGES,
  TEXT_LIMITS,
  TONES,
  TOO_MANY,
  toSeveralInput,
  type SeveralValues,
} from './fields'

/*
 * The one schema for closing several processes (B5): the server action parses every post with
 * it, and the browser runs the same before it sends anything. Free text goes through the
 * planner's documented cleaning (cleanText); unlike the planner, which quietly caps an overlong
 * detail, this form says so, because a company or a name cut short is worse than a question.
 *
 * A message about one row says which row: "{n}" in it becomes the row's number (severalErrors).
 */

const ROW = '{n}'

/** Text as cleanText leaves it, refused when over `max` code points or, if required, empty. */
function text(max: number, tooLong: string, required?: string) {
  return z
    .string({ error: required ?? 'Enter text here, or leave it out.' })
    .transform((value, ctx) => {
      const cleaned = cleanText(value, Number.POSITIVE_INFINITY)
      if (cleaned === undefined) {
        if (required) ctx.addIssue({ code: 'custom', message: required })
        return undefined
      }
      if (Array.from(cleaned).length > max) ctx.addIssue({ code: 'custom', message: tooLong })
      return cleaned
    })
}

const chars = (max: number) => `${max} characters or fewer`

export const processSchema = z.strictObject(
  {
    company: text(
      TEXT_LIMITS.company,
      `The company for process ${ROW} must be ${chars(TEXT_LIMITS.company)}.`,
      `Enter the company for process ${ROW}.`,
    ).pipe(z.string()),
    role: text(
      TEXT_LIMITS.role,
      `The job title for process ${ROW} must be ${chars(TEXT_LIMITS.role)}.`,
    ).optional(),
    contactName: text(
      TEXT_LIMITS.contactName,
      `Your contact’s name for process ${ROW} must be ${chars(TEXT_LIMITS.contactName)}.`,
    ).optional(),
    stage: z.enum(PROCESS_STAGES, {
      error: `Choose how far process ${ROW} got: applied, screened, interviewed or final.`,
    }),
    channel: z.enum(PROCESS_CHANNELS, {
      error: `Choose how you’ve been in touch for process ${ROW}: email, phone, portal or recruiter.`,
    }),
  },
  { error: `Send process ${ROW} as an object with known fields only.` },
)

export const severalSchema = z.strictObject(
  {
    yourName: text(
      TEXT_LIMITS.yourName,
      `Your name must be ${chars(TEXT_LIMITS.yourName)}.`,
    ).optional(),
    tone: z.enum(TONES, { error: 'Choose a tone: warm, neutral or formal.' }).default('neutral'),
    processes: z
      .array(processSchema, { error: NONE_YET })
      .min(1, { error: NONE_YET })
      .max(MAX_PROCESSES, { error: TOO_MANY }),
  },
  { error: 'Send the list as an object with known fields only.' },
)

export type SeveralInput = z.output<typeof severalSchema>
export type ProcessInput = SeveralInput['processes'][number]

/**
 * Zod's issues as `{ "processes.1.company": "Enter the company for process 2." }`, the first
 * message for each field, "(root)" for the whole object.
 */
export function severalErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of error.issues) {
    const [first, index] = issue.path
    // A problem inside a row's field (never expected from the form) is shown on the field.
    const path = issue.path.slice(0, first === 'processes' && typeof index === 'number' ? 3 : 1)
    const key = path.length ? path.map(String).join('.') : '(root)'
    const row = first === 'processes' && typeof index === 'number' ? String(index + 1) : ''
    if (!(key in errors)) errors[key] = issue.message.replaceAll(ROW, row)
  }
  return errors
}

export type Validated =
  { ok: true; input: SeveralInput } | { ok: false; errors: Record<string, string> }

/** The form's values through the schema: the input, or field errors in the form's order. */
export function validateSeveral(values: SeveralValues): Validated {
  const parsed = severalSchema.safeParse(toSeveralInput(values))
  if (parsed.success) return { ok: true, input: parsed.data }
  const errors = severalErrors(parsed.error)
  const order = fieldOrder(values)
  const rank = (key: string) => {
    const at = order.indexOf(key)
    return at === -1 ? order.length : at
  }
  return {
    ok: false,
    errors: Object.fromEntries(Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b))),
  }
}
