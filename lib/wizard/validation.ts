import { zodResolver } from '@hookform/resolvers/zod'
import type { Resolver } from 'react-hook-form'
import { z } from 'zod'
import { fieldErrors, situationSchema } from '@/lib/situation'
import type { FormValues } from '@/lib/situation/form'
import { askedFields, belongsTo, situationInput, stepFields, type StepId } from './steps'

// Validation for the planner. The browser loads this module on first use (zod is the bulk of the
// planner's JavaScript); the server action imports it directly.

/** The shared schema, fed from form values: what react-hook-form's zodResolver validates. */
export const wizardSchema = z.preprocess(
  (values) => situationInput(values as FormValues),
  situationSchema,
)

/** Field errors for one step (or, for `check`, every step), keyed by form field name. */
export function validateStep(values: FormValues, id: StepId): Record<string, string> {
  const parsed = wizardSchema.safeParse(values)
  if (parsed.success) return {}
  const fields = id === 'check' ? [...askedFields(values)] : stepFields(id, values)
  // A problem inside a field (the second reason, `reasons.1`) is shown on the field itself.
  const errors: Record<string, string> = {}
  for (const [key, message] of Object.entries(fieldErrors(parsed.error))) {
    const field = fields.find((name) => belongsTo(key, [name]))
    if (field && !(field in errors)) errors[field] = message
  }
  return errors
}

/** What react-hook-form validates with. The schema maps form values to a Situation itself, so
 * its input type is not FormValues. */
export const resolver = zodResolver(wizardSchema as never) as unknown as Resolver<FormValues>
