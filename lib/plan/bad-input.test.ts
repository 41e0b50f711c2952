import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { evaluatePlan } from '@/app/plan/actions'
import { initialState } from '@/lib/wizard/state'
import { stepFields } from '@/lib/wizard/steps'
import {
  fieldId,
  invalidFormPostArb,
  invalidSituationArb,
  reportsPath,
} from '@/lib/testing/arbitraries'
import { evaluate } from './evaluate'

/*
 * 2,000 invalid Situations through the evaluation every entry point shares, and 2,000 broken
 * form posts through the planner's server action itself. Over HTTP, e2e/bad-input.spec.ts sends
 * a sample of each to show the same holds end to end.
 */

const RUNS = 2000

describe('2,000 invalid Situations', () => {
  test('the evaluation refuses every one, naming each broken field', () => {
    for (const { input, paths } of fc.sample(invalidSituationArb(), RUNS)) {
      // As the API reads it: through JSON.
      const result = evaluate(JSON.parse(JSON.stringify(input)))
      expect(result.ok, JSON.stringify(input)).toBe(false)
      if (result.ok) continue
      const keys = Object.keys(result.errors)
      for (const path of paths) expect(reportsPath(keys, path), `${path} in ${keys}`).toBe(true)
    }
  })

  test('the server action re-shows the form with an error on each broken field, none thrown', async () => {
    for (const { fields, broken } of fc.sample(invalidFormPostArb, RUNS)) {
      const form = new FormData()
      for (const [name, value] of [...fields, ['step', 'check'], ['intent', 'submit']] as const)
        form.append(name, value)
      const label = JSON.stringify(fields)
      const state = await evaluatePlan(initialState(), form)
      expect(state.status, label).toBe('editing')
      if (state.status !== 'editing') continue
      const ids = Object.keys(state.errors).map(fieldId)
      expect(ids.length, label).toBeGreaterThan(0)
      // Every error is on a field that was broken, and on the step the form goes back to.
      for (const id of ids) expect(broken.map(fieldId), label).toContain(id)
      const onStep = stepFields(state.step, state.values).map(fieldId)
      expect(state.step === 'check' || ids.some((id) => onStep.includes(id)), label).toBe(true)
    }
  })

  test('a forged second argument is read as an empty form, not thrown', async () => {
    const state = await evaluatePlan(initialState(), 'not a form' as unknown as FormData)
    expect(state.status).toBe('editing')
  })
})
