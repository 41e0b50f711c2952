import type { Situation } from '@/lib/situation'
import type { Rule, Verdict } from './types'

/*
 * Facts about a situation that several rules ask (lib/engine/decide.ts, lib/engine/scripts.ts):
 * each has one meaning, written once, here.
 */

/** Which row of the decision table matched, and its verdict. */
export type Outcome = { rule: Rule; verdict: Verdict }

/** The verdicts that say no to the employer: pulling out of the process, or the offer. */
export const saysNo = (verdict: Verdict) => verdict === 'withdraw' || verdict === 'decline-offer'

/**
 * An interview is booked less than a day from now. `nextInterview` only means something before
 * or after an interview (domain.md §3): in the room or holding an offer there is none to cancel.
 */
export function shortNotice(s: Situation): boolean {
  return s.nextInterview === 'within24h' && (s.stage === 'before' || s.stage === 'after')
}

/**
 * A call is advised after real interviews, when the next interview is under a day away, and
 * always to go back on an accepted offer (B1).
 */
export function callAdvised(s: Situation): boolean {
  return (
    s.progress === 'interviewed' ||
    s.progress === 'final' ||
    shortNotice(s) ||
    s.stage === 'accepted'
  )
}

/** Someone has spoken with them: past "applied", or in the room, or holding or past an offer. */
export const talkedToThem = (s: Situation) =>
  s.progress !== 'applied' || s.stage === 'during' || s.stage === 'offer' || s.stage === 'accepted'

/**
 * Whether a keep-in-touch note months later has someone to reach: a person they spoke with, or
 * one they can name. A note to an unnamed inbox about an application nobody discussed would read
 * as a stranger's (A28).
 */
export const someoneToKeepUpWith = (s: Situation) =>
  talkedToThem(s) || s.details.contactName !== undefined

/** The interview was hostile or not what was promised: thank them plainly, praise nothing. */
export const soured = (s: Situation) =>
  s.reasons.some(
    (r) =>
      r === 'rude-interviewer' || r === 'misled-format' || r === 'unsafe' || r === 'discrimination',
  )
