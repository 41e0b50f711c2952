import {
  EMPTY_PROCESS,
  emptyValues,
  MAX_PROCESSES,
  processField,
  TOO_MANY,
  type SeveralValues,
} from './fields'
import type { SeveralResult } from './words'

/*
 * What the page shows, and how its buttons change it: the same function in the browser (rows
 * are added and removed without a round trip) and in the server action (which is how the page
 * works without JavaScript). `focus` names the element that should have focus once the change
 * is on screen: an element id, or "summary" and "heading".
 */

export type Focus = 'summary' | 'heading' | `processes-${number}-${string}` | 'processes'

export type EditingState = {
  status: 'editing'
  values: SeveralValues
  errors: Record<string, string>
  focus?: Focus
  /** Said to screen readers after a change ("Process 3 added"). */
  announce?: string
}
export type DoneState = {
  status: 'done'
  values: SeveralValues
  result: SeveralResult
  focus?: Focus
}
export type SeveralState = EditingState | DoneState

export const initialSeveralState = (): EditingState => ({
  status: 'editing',
  values: emptyValues(),
  errors: {},
})

/** The id of a row's field: `processes-2-company`. */
export const rowFieldId = (index: number, field: 'company' | 'role' | 'contactName') =>
  processField(index, field).replace(/\./g, '-') as Focus

/**
 * A button's intent, applied to the form as it stands: `add`, `remove:<row>`, `edit` (back
 * from the messages to the list) or `clear`. Anything else leaves the form as it is. `submit`
 * is not handled here: only the server writes the messages.
 */
export function transition(values: SeveralValues, intent: string): EditingState {
  const rows = values.processes
  if (intent === 'clear') return { ...initialSeveralState(), focus: 'heading' }
  if (intent === 'edit') return { status: 'editing', values, errors: {}, focus: 'heading' }
  if (intent === 'add') {
    if (rows.length >= MAX_PROCESSES)
      return { status: 'editing', values, errors: { processes: TOO_MANY }, focus: 'summary' }
    const index = rows.length
    return {
      status: 'editing',
      values: { ...values, processes: [...rows, { ...EMPTY_PROCESS }] },
      errors: {},
      focus: rowFieldId(index, 'company'),
      announce: `Process ${index + 1} added.`,
    }
  }
  const remove = /^remove:(\d{1,3})$/.exec(intent)
  if (remove) {
    const index = Number(remove[1])
    // The last row stays: a list needs one process, and its fields can be cleared instead.
    if (index >= rows.length || rows.length <= 1) return { status: 'editing', values, errors: {} }
    const processes = rows.filter((_, i) => i !== index)
    // Focus goes to the row that took its place, or to the one before when it was the last.
    const next = Math.min(index, processes.length - 1)
    return {
      status: 'editing',
      values: { ...values, processes },
      errors: {},
      focus: rowFieldId(next, 'company'),
      announce: `Process ${index + 1} removed. ${processes.length} left.`,
    }
  }
  return { status: 'editing', values, errors: {} }
}
