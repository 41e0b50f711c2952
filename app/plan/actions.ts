'use server'

import { firstStepWithErrors, isStepId, situationInput } from '@/lib/wizard/steps'
import { transition, type WizardState } from '@/lib/wizard/state'
import { validateStep } from '@/lib/wizard/validation'
import { anonymousPermalink, evaluate } from '@/lib/plan/evaluate'
import { formValuesFromFormData } from '@/lib/situation/form'
import { faultPoint } from '@/lib/site/fault'

/**
 * The wizard's form action. With JavaScript it is only called for the final submit; without
 * it, every step posts here and the page re-renders with the state returned. Bad input is never
 * thrown: it comes back as field errors with the person's answers intact. Nothing is logged.
 */
export async function evaluatePlan(
  _previous: WizardState,
  formData: FormData,
): Promise<WizardState> {
  // A forged request can make the second argument anything: read it as an empty form then.
  const data = formData instanceof FormData ? formData : new FormData()
  faultPoint('plan-action', data)
  const values = formValuesFromFormData(data)
  const posted = data.get('step')
  const step = isStepId(posted) ? posted : 'stage'
  const returnTo = data.get('returnTo') === 'check' ? 'check' : undefined
  const intent = String(data.get('intent') ?? 'next')

  if (intent !== 'submit')
    return transition(
      { status: 'editing', step, returnTo, values, errors: {} },
      intent,
      validateStep,
    )

  const errors = validateStep(values, 'check')
  if (Object.keys(errors).length) {
    return {
      status: 'editing',
      step: firstStepWithErrors(values, errors),
      returnTo: 'check',
      values,
      errors,
    }
  }
  const result = evaluate(situationInput(values))
  if (!result.ok) return { status: 'editing', step: 'check', values, errors: result.errors }
  return {
    status: 'done',
    values,
    plan: result.plan,
    anonymousPermalink: anonymousPermalink(result.situation),
  }
}
