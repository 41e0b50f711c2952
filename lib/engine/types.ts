import type { Reason } from '@/lib/situation'
import type { MessageId } from '@/lib/wording/message-ids'

export const VERDICTS = [
  'leave-now',
  'end-early',
  'finish-first',
  'withdraw',
  'decline-offer',
  'stay-in',
] as const
export type Verdict = (typeof VERDICTS)[number]

/**
 * How the words are delivered (domain.md §3); `in-person` = said in the interview itself.
 * `none` (version 2): nothing is to be sent, as with a scam (B9) or while still deciding
 * whether to go back on a yes (B1).
 */
export const CHANNELS = ['in-person', 'phone', 'email', 'phone-then-email', 'none'] as const
export type Channel = (typeof CHANNELS)[number]

export const SCRIPT_KINDS = [
  'say',
  'phone',
  'voicemail',
  'email',
  'pushback',
  'follow-up',
  'referral',
  // The shortest honest version (domain §6, B8): two lines for the day that's all they can manage.
  'short',
  // Version 2: a note to the person who referred them, sent first (B4), and a private record
  // of discriminatory questions, to keep and never send (B9).
  'referrer',
  'record',
  // Germany, after signing (B1): the notice that ends the contract, to print and sign by hand.
  'notice',
] as const
export type ScriptKind = (typeof SCRIPT_KINDS)[number]

/** Which row (and branch) of the decision table decided. */
export const RULES = [
  'unsafe-during',
  'unsafe',
  'egregious',
  'negotiate',
  'end-early',
  'finish-first-certain',
  'finish-first-unsure',
  'withdraw',
  'go-and-decide',
  'decline-offer',
  'weigh-offer',
  // Version 2 (shared/domain.md §6): a scam (B9); going back on an accepted offer, sure or not (B1).
  'scam',
  'renege',
  'weigh-renege',
  // A take-home they don't want to do, not yet sure: ask about it before withdrawing (B3).
  'take-home-ask',
] as const
export type Rule = (typeof RULES)[number]

/** An anchor into an article: `/advice/<slug>#<anchor>`. */
export type Source = { slug: string; anchor: string }

/** A point made in a plan and the article heading that explains it. */
export type Citation = { text: string; source: Source }

/** What the rules produce: the message that makes a point, and the heading it cites. */
export type CitedMessage = { id: MessageId; source: Source }

/**
 * One piece of a script: a message, and how its medium shows it. `label` names a talking point
 * ("The news", "If they ask why"); `item` makes it a line of a list. An `optional` part is left
 * out, last first, when long typed details would take the script past its medium's length.
 */
export type Part = { id: MessageId; label?: MessageId; item?: true; optional?: true }

/**
 * A script as the rules name it: its title, its subject line if it has one, and its blocks of
 * parts (paragraphs of an email, groups of talking points). The writer for its medium
 * (lib/wording/writers.ts) adds what every script of that medium has, and lays it out.
 */
export type ScriptPlan = {
  kind: ScriptKind
  title: MessageId
  subject?: MessageId
  blocks: Part[][]
  /** A letter's sign-off, when not the tone's usual one (after feeling unsafe: no warmth). */
  signOff?: MessageId
  /** A letter's greeting, when it goes to someone other than the contact (the referrer). */
  hello?: MessageId
}

export type Decision = {
  rule: Rule
  verdict: Verdict
  channel: Channel
  /** The preference was email although a call is advised: write the email, warn about it. */
  emailInsteadOfCall: boolean
  headline: MessageId
  why: CitedMessage[]
  cautions: CitedMessage[]
  steps: MessageId[]
  /** Scripts to write, in the order the plan shows them. */
  scripts: ScriptPlan[]
  /**
   * The one reason the words may give, or undefined when none is given (explain = none, or
   * leaving for safety). Chosen by rule so the wording never has to rank reasons.
   */
  mainReason: Reason | undefined
}

export type Script = { kind: ScriptKind; title: string; subject?: string; body: string }

/** A Plan as domain.md §3 describes it, without the permalink (added by lib/permalink). */
export type PlanBody = {
  verdict: Verdict
  channel: Channel
  headline: string
  why: Citation[]
  cautions: Citation[]
  scripts: Script[]
  steps: string[]
}

export type Plan = PlanBody & { permalink: string }
