import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { invalidSituationArb, reportsPath } from '@/lib/testing/arbitraries'
import { fieldErrors, situationSchema } from './schema'

describe('invalid Situations (the generator the API and action tests send)', () => {
  it('are all refused, with an error at every path that was broken, as objects and as JSON', () => {
    fc.assert(
      fc.property(invalidSituationArb(), ({ input, paths }) => {
        expect(paths.length).toBeGreaterThan(0)
        for (const candidate of [input, JSON.parse(JSON.stringify(input))]) {
          const parsed = situationSchema.safeParse(candidate)
          expect(parsed.success).toBe(false)
          if (parsed.success) return
          const errors = fieldErrors(parsed.error)
          for (const path of paths)
            expect(
              reportsPath(Object.keys(errors), path),
              `${path} in ${JSON.stringify(errors)}`,
            ).toBe(true)
          for (const message of Object.values(errors)) expect(message.length).toBeGreaterThan(5)
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('cover every kind of break: wrong values, wrong types, missing and unknown fields', () => {
    const seen = new Set<string>()
    fc.assert(
      fc.property(invalidSituationArb(), ({ paths }) => {
        for (const path of paths) seen.add(path)
      }),
      { numRuns: 2000 },
    )
    for (const path of [
      '(root)',
      'stage',
      'reasons',
      'certainty',
      'tone',
      'keepDoorOpen',
      'details',
      'details.referral',
      'details.role',
      'details.referral.name',
    ])
      expect(seen, path).toContain(path)
  })
})
