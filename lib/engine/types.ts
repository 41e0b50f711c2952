import type { Reason } from '@/lib/situation'

export const VERDICTS = [
  'leave-now',
  'end-early',
  'finish-first',
  'withdraw',
  'decline-offer',
  'stay-in',
] as const
export type Verdict = (typeof VERDICTS)[number]

/** How the words are delivered (domain.md §3); `in-person` = said in the interview itself. */
export const CHANNELS = ['in-person', 'phone', 'email', 'phone-then-email'] as const
export type Channel = (typeof CHANNELS)[number]

export const SCRIPT_KINDS = [
  'say',
  'phone',
  'voicemail',
  'email',
  'pushback',
  'follow-up',
  'referral',
] as const
export type ScriptKind = (typeof SCRIPT_KINDS)[number]

/**
 * Which row (and branch) of the decision table decided. Content may vary its wording by rule.
 */
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
] as const
export type Rule = (typeof RULES)[number]

/** An anchor into an article: `/advice/<slug>#<anchor>`. */
export type Source = { slug: string; anchor: string }

/** A point made in a plan and the article heading that explains it. */
export type Citation = { text: string; source: Source }

/** What the rules produce: a wording key (content/scripts) and the heading it cites. */
export type CitationKey = { key: string; source: Source }

export type Decision = {
  rule: Rule
  verdict: Verdict
  channel: Channel
  /** The preference was email although a call is advised: write the email, warn about it. */
  emailInsteadOfCall: boolean
  why: CitationKey[]
  cautions: CitationKey[]
  headlineKey: string
  stepKeys: string[]
  /** Scripts to write, in the order the plan shows them. */
  scripts: ScriptKind[]
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
