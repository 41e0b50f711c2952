import type { FormValues } from '@/lib/situation/form'
import { transition, type EditingState, type Validate, type WizardState } from './state'
import type { StepId } from './steps'

/*
 * What the planner shows, as one reducer. Steps change in the browser without a round trip;
 * the server's state (after a submit, or the page as first served) is the base, and a new base
 * wins over whatever the browser was showing. Every move between steps goes through the same
 * `transition` the server action uses without JavaScript.
 */

/** `record`: the browser's history should get this step (false when the history moved here). */
export type View = { base: WizardState; state: WizardState; record: boolean } | null

export type ViewAction =
  /** An intent from a button: next, back, clear, change:<step> (see transition). */
  | { type: 'intent'; base: WizardState; current: EditingState; intent: string; validate: Validate }
  /** A state worked out elsewhere (a failed submit; restored answers, not recorded again). */
  | { type: 'show'; base: WizardState; state: WizardState; record?: boolean }
  /** The browser's back or forward button, to a step of this visit. */
  | { type: 'pop'; base: WizardState; step: StepId; values: FormValues }

/** The state on screen: the browser's own, unless the server has answered since. */
export const shown = (view: View, server: WizardState): WizardState =>
  view && view.base === server ? view.state : server

export function viewReducer(view: View, action: ViewAction): View {
  switch (action.type) {
    case 'intent':
      return {
        base: action.base,
        state: transition(action.current, action.intent, action.validate),
        record: true,
      }
    case 'show':
      return { base: action.base, state: action.state, record: action.record ?? true }
    case 'pop': {
      const current = shown(view, action.base)
      if (current.status !== 'editing') return view
      const state = {
        ...current,
        values: action.values,
        step: action.step,
        errors: {},
        returnTo: undefined,
      }
      return { base: action.base, state, record: false }
    }
  }
}
