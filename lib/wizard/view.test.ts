import { describe, expect, it } from 'vitest'
import { EMPTY_VALUES } from '@/lib/situation/form'
import { initialState, type WizardState } from './state'
import { validateStep } from './validation'
import { shown, viewReducer } from './view'

const server: WizardState = initialState()
const values = { ...EMPTY_VALUES, stage: 'after' }

describe('the planner’s view', () => {
  it('shows the server’s state until the browser moves, and the browser’s after', () => {
    expect(shown(null, server)).toBe(server)
    const moved = viewReducer(null, {
      type: 'intent',
      base: server,
      current: { ...server, values },
      intent: 'next',
      validate: validateStep,
    })
    expect(shown(moved, server)).toMatchObject({ step: 'progress', errors: {} })
    expect(moved?.record).toBe(true)
  })

  it('a new answer from the server wins over what the browser was showing', () => {
    const moved = viewReducer(null, {
      type: 'show',
      base: server,
      state: { ...server, step: 'names' },
    })
    const answered: WizardState = { ...server, step: 'check' }
    expect(shown(moved, answered)).toBe(answered)
  })

  it('the back button returns to a step without recording it again', () => {
    const popped = viewReducer(null, { type: 'pop', base: server, step: 'reasons', values })
    expect(popped).toMatchObject({ record: false, state: { step: 'reasons', values, errors: {} } })
    // Once the plan is shown there is no step to go back to.
    const done = { status: 'done', values } as unknown as WizardState
    const view = { base: server, state: done, record: true }
    expect(viewReducer(view, { type: 'pop', base: server, step: 'reasons', values })).toBe(view)
  })
})
