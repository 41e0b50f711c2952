import fc from 'fast-check'
import {
  CERTAINTIES,
  CHANGE_MIND,
  CHANNEL_PREFERENCES,
  DETAIL_LIMITS,
  EXPLAIN,
  NEED_JOB,
  NEXT_INTERVIEWS,
  PROGRESS,
  REASONS,
  STAGES,
  TONES,
} from './schema'

/**
 * For property tests: any Situation input with every answer drawn from the contract's values and
 * each free-text field from `text(cap)` (or left out), where `cap` is that field's limit.
 */
export function situationInputArb(text: (cap: number) => fc.Arbitrary<string>) {
  const maybe = (cap: number) => fc.option(text(cap), { nil: undefined })
  return fc.record({
    stage: fc.constantFrom(...STAGES),
    progress: fc.constantFrom(...PROGRESS),
    nextInterview: fc.constantFrom(...NEXT_INTERVIEWS),
    reasons: fc.uniqueArray(fc.constantFrom(...REASONS), { minLength: 1, maxLength: 4 }),
    certainty: fc.constantFrom(...CERTAINTIES),
    changeMind: fc.constantFrom(...CHANGE_MIND),
    fearOfInterviewing: fc.boolean(),
    needJob: fc.constantFrom(...NEED_JOB),
    keepDoorOpen: fc.boolean(),
    explain: fc.constantFrom(...EXPLAIN),
    channel: fc.constantFrom(...CHANNEL_PREFERENCES),
    tone: fc.constantFrom(...TONES),
    details: fc.record({
      yourName: maybe(DETAIL_LIMITS.yourName),
      contactName: maybe(DETAIL_LIMITS.contactName),
      company: maybe(DETAIL_LIMITS.company),
      role: maybe(DETAIL_LIMITS.role),
      advertised: maybe(DETAIL_LIMITS.advertised),
      actual: maybe(DETAIL_LIMITS.actual),
      betterFit: maybe(DETAIL_LIMITS.betterFit),
      positives: maybe(DETAIL_LIMITS.positives),
      referral: fc.option(
        fc.record({
          name: maybe(DETAIL_LIMITS.referralName),
          connection: maybe(DETAIL_LIMITS.referralConnection),
        }),
        { nil: undefined },
      ),
    }),
  })
}
