'use server'

import { EMPTY_PROCESS, valuesFromFormData } from '@/lib/several/fields'
import { validateSeveral } from '@/lib/several/schema'
import { transition, type SeveralState } from '@/lib/several/state'
import { writeSeveral } from '@/lib/several/words'
import { loadCatalog } from '@/lib/wording/load'

/**
 * The form action of /plan/several. With JavaScript it is only called to write the messages
 * (rows are added and removed in the browser); without it, every button posts here and the page
 * re-renders with the state returned. Bad input is never thrown: it comes back as field errors
 * with everything typed kept. Nothing is logged or stored.
 */
export async function closeProcesses(
  _previous: SeveralState,
  formData: FormData,
): Promise<SeveralState> {
  // A forged request can make the second argument anything: read it as an empty form then.
  const data = formData instanceof FormData ? formData : new FormData()
  const values = valuesFromFormData(data)
  const intent = String(data.get('intent') ?? 'submit')
  if (intent !== 'submit') return transition(values, intent)

  const checked = validateSeveral(values)
  if (!checked.ok) {
    // A post with no rows at all (only a forged one can have none) is shown one empty row.
    const shown = values.processes.length
      ? values
      : { ...values, processes: [{ ...EMPTY_PROCESS }] }
    return { status: 'editing', values: shown, errors: checked.errors, focus: 'summary' }
  }
  return {
    status: 'done',
    values,
    result: writeSeveral(checked.input, loadCatalog()),
    focus: 'heading',
  }
}
