import type { Plan } from '@/lib/engine'
import { EMPTY_VALUES, type FormValues } from '@/lib/situation/form'
import {
  firstStepWithErrors,
  isStepId,
  nextStep,
  previousStep,
  applicableSteps,
  type StepId,
} from './steps'

export type EditingState = {
  status: 'editing'
  step: StepId
  /** Set while changing one answer from the check page: "Continue" goes back there. */
  returnTo?: 'check'
  values: FormValues
  errors: Record<string, string>
}
export type DoneState = {
  status: 'done'
  values: FormValues
  plan: Plan
  anonymousPermalink: string
}
export type WizardState = EditingState | DoneState

export function initialState(
  values: FormValues = EMPTY_VALUES,
  step: StepId = 'stage',
): EditingState {
  return { status: 'editing', step, values, errors: {} }
}

/**
 * Moving between steps, the same in the browser and in the server action (which is how the
 * wizard works without JavaScript). `submit` is the server's alone: it makes the plan.
 * Intents: next, back, clear, change:<step>.
 */
/** Field errors for a step, keyed by field name (see validation.ts). */
export type Validate = (values: FormValues, step: StepId) => Record<string, string>

export function transition(
  state: EditingState,
  intent: string,
  validateStep: Validate,
): EditingState {
  const { values, step, returnTo } = state
  if (intent === 'clear') return initialState()
  if (intent === 'back') {
    return {
      ...state,
      errors: {},
      returnTo: undefined,
      step: returnTo ?? previousStep(values, step) ?? step,
    }
  }
  if (intent.startsWith('change:')) {
    const target = intent.slice('change:'.length)
    if (!isStepId(target) || !applicableSteps(values).includes(target))
      return { ...state, errors: {} }
    return {
      ...state,
      errors: {},
      step: target,
      returnTo: target === 'check' ? undefined : 'check',
    }
  }
  // next
  const errors = validateStep(values, step)
  if (Object.keys(errors).length) return { ...state, errors }
  if (returnTo === 'check') {
    // A changed answer can make another question apply; ask it before going back.
    const all = validateStep(values, 'check')
    const pending = Object.keys(all).length ? firstStepWithErrors(values, all) : 'check'
    return {
      ...state,
      errors: {},
      step: pending,
      returnTo: pending === 'check' ? undefined : 'check',
    }
  }
  return { ...state, errors: {}, step: nextStep(values, step) }
}
