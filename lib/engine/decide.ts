import type { Reason, Situation } from '@/lib/situation'
import { SOURCES, type CitedKey } from './sources'
import type { Channel, CitationKey, Decision, Rule, ScriptKind, Verdict } from './types'

/*
 * The decision table and channel rules of shared/domain.md §3. Rules hold wording keys and
 * citations only; every word a person reads lives in content/scripts.
 */

const cite = (key: CitedKey): CitationKey => ({ key, source: SOURCES[key] })

/**
 * The one reason the words may give when several were chosen: the most neutral, most useful
 * to the employer first. Rudeness and a misleading format come last, so a neutral reason wins
 * whenever there is one.
 */
const REASON_PRIORITY: readonly Reason[] = [
  'other-offer',
  'pay',
  'role-mismatch',
  'level-mismatch',
  'logistics',
  'personal',
  'culture',
  'lost-interest',
  'misled-format',
  'rude-interviewer',
]

type Outcome = { rule: Rule; verdict: Verdict }

/** Rows 1–6, first match wins. */
function match(s: Situation): Outcome {
  const has = (reason: Reason) => s.reasons.includes(reason)
  const certain = s.certainty === 'certain'
  // Row 1 (A10)
  if (has('unsafe')) {
    if (s.stage === 'during') return { rule: 'unsafe-during', verdict: 'leave-now' }
    return { rule: 'unsafe', verdict: s.stage === 'offer' ? 'decline-offer' : 'withdraw' }
  }
  // Row 2 (A9)
  if (
    s.stage === 'during' &&
    (has('rude-interviewer') || has('misled-format')) &&
    s.certainty !== 'unsure'
  ) {
    return { rule: 'egregious', verdict: 'leave-now' }
  }
  // Row 3 (A15, A21, A25)
  if (s.changeMind === 'more-pay' && !certain) return { rule: 'negotiate', verdict: 'stay-in' }
  // Row 4 (A5, A12 / A6, A8, A16 / A14, A11, A20)
  if (s.stage === 'during') {
    if (certain && s.needJob !== 'urgent' && !s.keepDoorOpen) {
      return { rule: 'end-early', verdict: 'end-early' }
    }
    return {
      rule: certain ? 'finish-first-certain' : 'finish-first-unsure',
      verdict: 'finish-first',
    }
  }
  // Row 5 (A1, A2, A17 / A11, A20)
  if (s.stage === 'before' || s.stage === 'after') {
    if (certain || (s.certainty === 'leaning' && s.changeMind === 'different-role')) {
      return { rule: 'withdraw', verdict: 'withdraw' }
    }
    return { rule: 'go-and-decide', verdict: 'stay-in' }
  }
  // Row 6
  return certain
    ? { rule: 'decline-offer', verdict: 'decline-offer' }
    : { rule: 'weigh-offer', verdict: 'stay-in' }
}

/**
 * An interview is booked less than a day from now. `nextInterview` only means something before
 * or after an interview (domain.md §3): in the room or holding an offer there is none to cancel.
 */
export function shortNotice(s: Situation): boolean {
  return s.nextInterview === 'within24h' && (s.stage === 'before' || s.stage === 'after')
}

/** A call is advised after real interviews, or when the next interview is under a day away. */
export function callAdvised(s: Situation): boolean {
  return s.progress === 'interviewed' || s.progress === 'final' || shortNotice(s)
}

function channelFor(s: Situation, { rule, verdict }: Outcome): Channel {
  switch (verdict) {
    case 'leave-now':
    case 'end-early':
    case 'finish-first':
      return 'in-person'
    case 'stay-in':
      // Before, during or after: the questions are asked at the interview. At the offer there
      // is no interview left, so it goes the way they prefer.
      if (s.stage !== 'offer') return 'in-person'
      return s.channel === 'email' ? 'email' : 'phone'
    case 'withdraw':
    case 'decline-offer':
      if (rule === 'unsafe') return 'email'
      if (!callAdvised(s)) return 'email'
      return s.channel === 'email' ? 'email' : 'phone-then-email'
  }
}

function whyFor(s: Situation, rule: Rule, channel: Channel): CitedKey[] {
  switch (rule) {
    case 'unsafe-during':
      return ['why.unsafe-leave']
    case 'unsafe':
      return ['why.unsafe-email', 'why.withdraw-normal']
    case 'egregious':
      return ['why.egregious', 'why.leave-courteously']
    case 'negotiate':
      return ['why.negotiate', 'why.no-staged-exit', 'why.be-direct-pay']
    case 'end-early':
      return ['why.end-early-ok', 'why.natural-pause']
    case 'finish-first-certain': {
      const why: CitedKey[] = ['why.see-it-through']
      if (s.keepDoorOpen) why.push('why.door-open')
      if (s.needJob === 'urgent') why.push('why.need-job')
      why.push('why.withdraw-after')
      return why
    }
    case 'finish-first-unsure':
      return ['why.awkward-first', 'why.practice', 'why.ask-questions', 'why.withdraw-after']
    case 'withdraw':
    case 'decline-offer': {
      const why: CitedKey[] =
        rule === 'withdraw'
          ? ['why.withdraw-normal', s.stage === 'before' ? 'why.say-so-now' : 'why.tell-early']
          : ['why.decline-promptly', 'why.withdraw-normal']
      if (channel === 'phone-then-email') {
        if (s.progress === 'interviewed' || s.progress === 'final') {
          why.push(
            rule === 'decline-offer' ? 'why.call-then-write-offer' : 'why.call-after-interviews',
          )
        } else {
          why.push('why.call-short-notice')
        }
      } else if (!callAdvised(s)) {
        why.push('why.email-early')
      }
      return why
    }
    case 'go-and-decide':
      return ['why.take-time', 'why.practice', 'why.ask-questions']
    case 'weigh-offer':
      return ['why.take-time', 'why.ask-questions', 'why.talk-to-people']
  }
}

function cautionsFor(s: Situation, { rule, verdict }: Outcome, emailInsteadOfCall: boolean) {
  // Safety is not something to weigh against nerves, money or a future role.
  if (rule === 'unsafe' || rule === 'unsafe-during') return []
  const cautions: CitedKey[] = []
  if (s.fearOfInterviewing) cautions.push('caution.fear')
  if (s.explain === 'full') cautions.push('caution.no-blame')
  if (s.changeMind === 'different-role') cautions.push('caution.reshape', 'caution.name-fit')
  if (s.needJob === 'urgent') cautions.push('caution.need-job')
  // Only backing out of a booked interview is short notice; going to it is not.
  if (shortNotice(s) && verdict === 'withdraw') {
    cautions.push('caution.short-notice')
  }
  if (emailInsteadOfCall) cautions.push('caution.call-stands-out')
  return cautions
}

function stepsFor(s: Situation, rule: Rule, channel: Channel): string[] {
  const door = s.keepDoorOpen ? ['step.save-contacts', 'step.follow-up-later'] : []
  const referral = s.details.referral?.name ? ['step.ask-referral-first'] : []
  switch (rule) {
    case 'unsafe-during':
      return ['step.leave-now', 'step.get-safe', 'step.tell-someone']
    case 'unsafe':
      return ['step.send-short-email', 'step.no-call-owed', 'step.tell-someone']
    case 'egregious':
      return ['step.leave-calmly', 'step.hold-position', 'step.nothing-more-owed']
    case 'negotiate':
      return [
        s.stage === 'offer' ? 'step.reply-to-offer' : 'step.ask-range',
        'step.name-your-number',
        'step.decide-on-the-answer',
      ]
    case 'end-early':
      return ['step.wait-for-pause', 'step.say-it', 'step.hold-position', ...referral]
    case 'finish-first-certain':
      return [
        'step.see-it-through',
        s.keepDoorOpen ? 'step.ask-about-other-work' : 'step.use-the-time',
        'step.end-early-if-clear',
        'step.withdraw-within-days',
        ...referral,
        ...door,
      ]
    case 'finish-first-unsure':
      return [
        'step.see-it-through',
        'step.ask-questions',
        'step.sleep-on-it',
        'step.withdraw-within-days',
        ...referral,
        ...door,
      ]
    case 'withdraw':
    case 'decline-offer': {
      const deliver =
        channel === 'phone-then-email'
          ? ['step.call', 'step.voicemail-if-needed', 'step.email-same-day']
          : ['step.send-email']
      return [...referral, ...deliver, ...door]
    }
    case 'go-and-decide':
      return ['step.go-prepared', 'step.ask-questions', 'step.talk-it-over', 'step.decide-after']
    case 'weigh-offer':
      return [
        'step.ask-for-time',
        'step.ask-questions',
        'step.talk-it-over',
        'step.answer-promptly',
      ]
  }
}

function scriptsFor(s: Situation, { rule, verdict }: Outcome, channel: Channel): ScriptKind[] {
  // A referral and a later note soften a "no": they don't belong to leaving for safety or
  // walking out of an egregious interview, nor to staying in.
  const extras = (): ScriptKind[] => [
    ...(s.keepDoorOpen ? (['follow-up'] as const) : []),
    ...(s.details.referral?.name ? (['referral'] as const) : []),
  ]
  switch (verdict) {
    case 'leave-now':
      return ['say', 'pushback']
    case 'end-early':
      return ['say', 'pushback', ...extras()]
    case 'finish-first':
      return rule === 'finish-first-certain'
        ? ['say', 'pushback', 'email', ...extras()]
        : ['email', ...extras()]
    case 'withdraw':
    case 'decline-offer': {
      if (rule === 'unsafe') return ['email']
      const call = channel === 'phone-then-email'
      return [
        ...(call ? (['phone', 'voicemail'] as const) : []),
        'email',
        ...(call || verdict === 'decline-offer' ? (['pushback'] as const) : []),
        ...extras(),
      ]
    }
    case 'stay-in':
      if (channel === 'in-person') return ['say']
      return [channel === 'email' ? 'email' : 'phone']
  }
}

function mainReasonFor(s: Situation, rule: Rule): Reason | undefined {
  if (s.explain === 'none' || rule === 'unsafe' || rule === 'unsafe-during') return undefined
  // The contrast line (A7) is the most useful thing to say when they gave us its words.
  if (s.reasons.includes('role-mismatch') && (s.details.advertised || s.details.actual)) {
    return 'role-mismatch'
  }
  return REASON_PRIORITY.find((reason) => s.reasons.includes(reason))
}

export function decide(s: Situation): Decision {
  const outcome = match(s)
  const channel = channelFor(s, outcome)
  const isNo = outcome.verdict === 'withdraw' || outcome.verdict === 'decline-offer'
  const emailInsteadOfCall =
    isNo && outcome.rule !== 'unsafe' && callAdvised(s) && s.channel === 'email'
  return {
    rule: outcome.rule,
    verdict: outcome.verdict,
    channel,
    emailInsteadOfCall,
    why: whyFor(s, outcome.rule, channel).map(cite),
    cautions: cautionsFor(s, outcome, emailInsteadOfCall).map(cite),
    headlineKey: `headline.${outcome.rule}`,
    stepKeys: stepsFor(s, outcome.rule, channel),
    scripts: scriptsFor(s, outcome, channel),
    mainReason: mainReasonFor(s, outcome.rule),
  }
}
