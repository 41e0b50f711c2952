import { describe, expect, it } from 'vitest'
import { EMPTY_VALUES, type FormValues } from '@/lib/situation/form'
import { validateStep } from './validation'

const complete: FormValues = {
  ...EMPTY_VALUES,
  stage: 'after',
  progress: 'interviewed',
  nextInterview: 'none',
  reasons: ['pay'],
  certainty: 'certain',
  changeMind: 'nothing',
  fearOfInterviewing: 'no',
  needJob: 'somewhat',
  keepDoorOpen: 'yes',
  explain: 'brief',
  channel: 'either',
  tone: 'warm',
}

describe('validateStep', () => {
  it('passes a complete set of answers', () => {
    expect(validateStep(complete, 'check')).toEqual({})
  })

  it('reports only the step asked about', () => {
    const errors = validateStep({ ...EMPTY_VALUES }, 'stage')
    expect(Object.keys(errors)).toEqual(['stage'])
  })

  it('puts a problem inside the reasons on the reasons field, where the page can show it', () => {
    const unknown = validateStep({ ...complete, reasons: ['pay', 'not-a-reason'] }, 'reasons')
    expect(unknown).toEqual({ reasons: expect.stringMatching(/from the list/) })
    const repeated = validateStep({ ...complete, reasons: ['pay', 'pay'] }, 'check')
    expect(repeated).toEqual({ reasons: expect.stringMatching(/only once/) })
  })

  it('refuses a yes-or-no answer that is neither, instead of ignoring it', () => {
    expect(validateStep({ ...complete, keepDoorOpen: 'maybe' }, 'check')).toEqual({
      keepDoorOpen: expect.stringMatching(/yes or no/),
    })
  })

  it('ignores answers to questions that were not asked (no "how sure" when unsafe)', () => {
    const unsafe = { ...complete, reasons: ['unsafe'], certainty: 'bogus', keepDoorOpen: 'maybe' }
    expect(validateStep(unsafe, 'check')).toEqual({})
  })
})
