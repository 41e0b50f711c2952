import type { ChoiceQuestion } from './questions'
import { QUESTIONS } from './questions'
import type { Certainty, Reason } from '@/lib/situation'

/*
 * The fast path's states, for someone in an interview right now: which situation, then (unless
 * they feel unsafe) whether they are sure. Each state is a prerendered page under /plan/now;
 * proxy.ts sends old links with ?what= and ?sure= to the same states.
 */

export type NowSituation = { value: string; label: string; reason: Reason }

/** What someone in the room can pick in one tap; safety and rudeness come first. */
export const SITUATIONS: NowSituation[] = [
  { value: 'unsafe', label: 'I feel unsafe', reason: 'unsafe' },
  { value: 'rude', label: 'They are openly rude or disrespectful', reason: 'rude-interviewer' },
  {
    value: 'misled',
    label: 'I was misled about the interview (say, a group session, not a one-to-one)',
    reason: 'misled-format',
  },
  {
    value: 'mismatch',
    label: 'The job isn’t the one that was advertised',
    reason: 'role-mismatch',
  },
  { value: 'not-for-me', label: 'It’s just not the job for me', reason: 'lost-interest' },
]

export const certainty = QUESTIONS.certainty as ChoiceQuestion

/** The address of a state of the fast path. */
export function nowHref(what?: string, sure?: string): string {
  return ['/plan/now', what, what ? sure : undefined].filter(Boolean).join('/')
}

/** The fast path's state named by an address, or undefined where it names none. */
export function nowState(what: string | undefined, sure: string | undefined) {
  const situation = SITUATIONS.find((s) => s.value === what)
  const answer = certainty.options.find((o) => o.value === sure)?.value as Certainty | undefined
  return { situation, sure: answer }
}

/** Every prerendered state: each situation, and each answer to "are you sure?" for those that ask. */
export const whatParams = () => SITUATIONS.map((s) => ({ what: s.value }))
export const sureParams = () =>
  SITUATIONS.filter((s) => s.reason !== 'unsafe').flatMap((s) =>
    certainty.options.map((o) => ({ what: s.value, sure: o.value })),
  )
