import { describe, expect, it } from 'vitest'
import { EMPTY_VALUES, type FormValues } from '@/lib/situation/form'
import { initialState, transition, type EditingState } from './state'
import {
  applicableSteps,
  firstStepWithErrors,
  nextStep,
  previousStep,
  situationInput,
  stepFields,
} from './steps'
import { validateStep } from './validation'

/*
 * The planner's step logic, shared by the browser and the server action (which is how it works
 * without JavaScript): which steps apply, and how each intent moves between them.
 */

const answered: FormValues = {
  ...EMPTY_VALUES,
  stage: 'after',
  progress: 'interviewed',
  nextInterview: 'none',
  reasons: ['pay'],
  certainty: 'certain',
  changeMind: 'nothing',
  fearOfInterviewing: 'no',
  needJob: 'somewhat',
  keepDoorOpen: 'no',
  explain: 'brief',
  channel: 'either',
  tone: 'neutral',
}

const at = (step: EditingState['step'], values = answered, extra: Partial<EditingState> = {}) => ({
  ...initialState(values, step),
  ...extra,
})

describe('which steps apply', () => {
  it('asks about the mismatch only when the role is not what was advertised', () => {
    expect(applicableSteps(answered)).not.toContain('mismatch')
    expect(applicableSteps({ ...answered, reasons: ['role-mismatch'] })).toContain('mismatch')
  })

  it('asks someone who feels unsafe neither how sure they are nor about keeping in touch', () => {
    const steps = applicableSteps({ ...answered, reasons: ['unsafe'] })
    expect(steps).not.toContain('sure')
    expect(steps).not.toContain('relationship')
    expect(stepFields('delivery', { ...answered, reasons: ['unsafe'] })).toEqual(['tone'])
    expect(situationInput({ ...answered, reasons: ['unsafe'], certainty: '' }).certainty).toBe(
      'certain',
    )
  })

  it('asks when the next interview is only before or after one, and the channel only outside the room', () => {
    expect(stepFields('progress', { ...answered, stage: 'during' })).toEqual(['progress'])
    expect(stepFields('progress', answered)).toEqual(['progress', 'nextInterview'])
    expect(stepFields('delivery', { ...answered, stage: 'during' })).not.toContain('channel')
  })

  it('leaves out answers to questions that no longer apply', () => {
    const input = situationInput({
      ...answered,
      stage: 'during',
      nextInterview: 'within24h',
      details: { ...answered.details, advertised: 'a generalist role' },
    })
    expect(input).not.toHaveProperty('nextInterview')
    expect(input.details).not.toHaveProperty('advertised')
  })

  it('walks forwards and backwards over the steps that apply', () => {
    expect(nextStep(answered, 'reasons')).toBe('sure')
    expect(previousStep(answered, 'sure')).toBe('reasons')
    expect(previousStep(answered, 'stage')).toBeUndefined()
    expect(nextStep(answered, 'names')).toBe('check')
  })

  it('sends a failed submit to the first step with a problem', () => {
    expect(firstStepWithErrors(answered, { tone: 'Choose a tone.' })).toBe('delivery')
    expect(firstStepWithErrors(answered, { 'details.referral.name': 'Too long.' })).toBe(
      'relationship',
    )
    expect(firstStepWithErrors(answered, {})).toBe('check')
  })
})

describe('transition', () => {
  it('next: stays with the errors when the step is not answered, moves on when it is', () => {
    const empty = transition(initialState(), 'next', validateStep)
    expect(empty.step).toBe('stage')
    expect(Object.keys(empty.errors)).toEqual(['stage'])
    expect(transition(at('reasons'), 'next', validateStep)).toMatchObject({
      step: 'sure',
      errors: {},
    })
  })

  it('back: goes to the previous step, or back to the check page it came from', () => {
    expect(transition(at('sure'), 'back', validateStep).step).toBe('reasons')
    const fromCheck = transition(
      at('delivery', answered, { returnTo: 'check' }),
      'back',
      validateStep,
    )
    expect(fromCheck).toMatchObject({ step: 'check', returnTo: undefined })
  })

  it('change:<step> opens a step from the check page and remembers to come back', () => {
    const changed = transition(at('check'), 'change:delivery', validateStep)
    expect(changed).toMatchObject({ step: 'delivery', returnTo: 'check' })
    expect(transition(changed, 'next', validateStep)).toMatchObject({ step: 'check' })
  })

  it('change to a step that does not apply, or is not a step, changes nothing', () => {
    expect(transition(at('check'), 'change:mismatch', validateStep).step).toBe('check')
    expect(transition(at('check'), 'change:nowhere', validateStep).step).toBe('check')
  })

  it('a changed answer that makes a new question apply asks it before going back', () => {
    const changed = transition(at('check'), 'change:reasons', validateStep)
    const withMismatch = { ...changed, values: { ...answered, reasons: ['role-mismatch'] } }
    // The mismatch step has only optional answers, so the next unanswered question is none:
    // the person goes straight back to the check page.
    expect(transition(withMismatch, 'next', validateStep).step).toBe('check')
    // Someone who felt unsafe was never asked how sure they are; changing the reason makes it a
    // question to answer first.
    const unsafe = { ...answered, reasons: ['unsafe'], certainty: '' }
    const reasons = transition(at('check', unsafe), 'change:reasons', validateStep)
    const nowPay = { ...reasons, values: { ...unsafe, reasons: ['pay'] } }
    expect(transition(nowPay, 'next', validateStep)).toMatchObject({
      step: 'sure',
      returnTo: 'check',
    })
  })

  it('clear: starts again, with nothing kept', () => {
    expect(transition(at('check'), 'clear', validateStep)).toEqual(initialState())
  })
})
