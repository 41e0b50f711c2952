import { describe, expect, it } from 'vitest'
import { situationSchema } from '@/lib/situation'
import { EMPTY_VALUES, formValuesFromSituation, type FormValues } from '@/lib/situation/form'
import { applicableSteps, situationInput, stepFields } from './steps'

/* The planner's questions for the moments of version 2 appear only on the paths that need them. */

const values = (changes: Partial<FormValues>): FormValues => ({
  ...structuredClone(EMPTY_VALUES),
  stage: 'after',
  progress: 'interviewed',
  reasons: ['pay'],
  certainty: 'certain',
  ...changes,
})

describe('the planner, version 2', () => {
  it('asks nothing new of a version-1 path but one optional question', () => {
    expect(applicableSteps(values({}))).toEqual([
      'stage',
      'progress',
      'reasons',
      'sure',
      'relationship',
      'extras',
      'delivery',
      'names',
      'check',
    ])
    expect(stepFields('extras', values({}))).toEqual(['moments'])
    // Ticking nothing gives the version-1 answers' defaults.
    const parsed = situationSchema.parse(situationInput(values({})))
    expect(parsed).toMatchObject({ runBy: 'employer', portal: false, benefits: false })
  })

  it('after accepting: what was signed and where, no rounds to count, a different question', () => {
    const v = values({ stage: 'accepted', progress: '', signed: 'contract', country: 'de' })
    expect(applicableSteps(v)).toEqual([
      'stage',
      'reasons',
      'signed',
      'sure',
      'relationship',
      'extras',
      'delivery',
      'names',
      'check',
    ])
    expect(stepFields('sure', v)).toEqual(['certainty', 'needJob'])
    const parsed = situationSchema.parse(situationInput(v))
    expect(parsed).toMatchObject({ stage: 'accepted', progress: 'final', signed: 'contract' })
  })

  it('a scam: no questions about the relationship or the words at all', () => {
    const v = values({ reasons: ['scam'], certainty: '' })
    expect(applicableSteps(v)).toEqual(['stage', 'progress', 'reasons', 'check'])
    expect(situationSchema.parse(situationInput(v)).certainty).toBe('certain')
  })

  it('discriminatory questions: where the job is, for the deadline note', () => {
    const v = values({ reasons: ['discrimination'], country: 'de' })
    expect(applicableSteps(v)).toContain('country')
    expect(situationSchema.parse(situationInput(v)).country).toBe('de')
    expect(applicableSteps(values({}))).not.toContain('country')
  })

  it('the "anything else" boxes set their fields; a referral asks for a name', () => {
    const v = values({ moments: ['agency', 'portal', 'take-home', 'benefits', 'campus'] })
    expect(situationSchema.parse(situationInput(v))).toMatchObject({
      runBy: 'agency',
      portal: true,
      takeHome: true,
      benefits: true,
      campus: true,
    })
    expect(stepFields('names', v)).not.toContain('details.referrerName')
    const referred = values({ moments: ['referred'] })
    referred.details.referrerName = 'Jo Park'
    expect(stepFields('names', referred)).toContain('details.referrerName')
    expect(situationSchema.parse(situationInput(referred)).details.referrerName).toBe('Jo Park')
  })

  it('a name typed for a referrer no longer ticked is left out', () => {
    const v = values({ moments: [] })
    v.details.referrerName = 'Jo Park'
    expect(situationSchema.parse(situationInput(v)).details.referrerName).toBeUndefined()
  })

  it('a box that is not one of ours sets nothing and breaks nothing', () => {
    const parsed = situationSchema.parse(situationInput(values({ moments: ['admin', 'portal'] })))
    expect(parsed.portal).toBe(true)
    expect(parsed.runBy).toBe('employer')
  })

  it('a shared version-2 plan opens in the planner with its answers ticked', () => {
    const situation = situationSchema.parse({
      stage: 'accepted',
      progress: 'final',
      reasons: ['counter-offer'],
      certainty: 'certain',
      signed: 'offer-letter',
      country: 'uk',
      runBy: 'agency',
      campus: true,
      details: { referrerName: 'Jo Park' },
    })
    const v = formValuesFromSituation(situation)
    expect(v.moments.sort()).toEqual(['agency', 'campus', 'referred'])
    expect(situationSchema.parse(situationInput(v))).toEqual(situation)
  })
})
