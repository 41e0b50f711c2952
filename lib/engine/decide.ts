import type { Reason, Situation } from '@/lib/situation'
import type { MessageId } from '@/lib/wording/message-ids'
import { shapeOf } from '@/lib/situation/typed-text'
import {
  callAdvised,
  saysNo,
  shortNotice,
  someoneToKeepUpWith,
  soured,
  talkedToThem,
  type Outcome,
} from './facts'
import { scriptsFor } from './scripts'
import { SOURCES, type CitedId } from './sources'
import type { Channel, CitedMessage, Decision, Rule } from './types'

/*
 * The decision table and channel rules of shared/domain.md §3 (docs/decision-table.md tells them in
 * full). The rules name every piece of text by its message id; the words themselves live in
 * content/messages and decide nothing beyond tone and which details were typed.
 */

const cite = (id: CitedId): CitedMessage => ({ id, source: SOURCES[id] })

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
  'counter-offer',
  'misled-format',
  'rude-interviewer',
  // Discriminatory questions are told as a poor fit, never named (B9: the withdrawal stays
  // neutral); a scam gets no words at all.
  'discrimination',
]

/** Rows 1–6, first match wins. */
function match(s: Situation): Outcome {
  const has = (reason: Reason) => s.reasons.includes(reason)
  const certain = s.certainty === 'certain'
  // Row 1 (A10)
  if (has('unsafe')) {
    if (s.stage === 'during') return { rule: 'unsafe-during', verdict: 'leave-now' }
    return { rule: 'unsafe', verdict: s.stage === 'offer' ? 'decline-offer' : 'withdraw' }
  }
  // B9: a scam (fees, bank or ID details up front) is not a job to bow out of politely.
  if (has('scam')) {
    return {
      rule: 'scam',
      verdict:
        s.stage === 'during'
          ? 'leave-now'
          : s.stage === 'offer' || s.stage === 'accepted'
            ? 'decline-offer'
            : 'withdraw',
    }
  }
  // Row 2 (A9)
  if (
    s.stage === 'during' &&
    (has('rude-interviewer') || has('misled-format')) &&
    s.certainty !== 'unsure'
  ) {
    return { rule: 'egregious', verdict: 'leave-now' }
  }
  // B1: going back on a yes. Only when they are sure: an apology is owed, and it is final.
  if (s.stage === 'accepted') {
    return certain
      ? { rule: 'renege', verdict: 'withdraw' }
      : { rule: 'weigh-renege', verdict: 'stay-in' }
  }
  // Row 3 (A15, A21, A25). At the offer, more pay would turn it into a yes whatever their
  // certainty (revised 2026-12-08): a certain "no" there is a no at this figure, so they name
  // the figure once and decline only if it can't be met, rather than declining outright.
  if (s.changeMind === 'more-pay' && (!certain || s.stage === 'offer')) {
    return { rule: 'negotiate', verdict: 'stay-in' }
  }
  // Row 4 (A5, A12 / A6, A8, A16 / A14, A11, A20). Part of the pull being fear of doing badly
  // is a reason to see it through rather than end it (A18): the doubt may be about the
  // interview, not the job.
  if (s.stage === 'during') {
    if (certain && s.needJob !== 'urgent' && !s.keepDoorOpen && !s.fearOfInterviewing) {
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
    // B3: a take-home they'd rather not do gets the middle step before any withdrawal. Not when
    // they have lost interest: no answer about its size would change that, and the task is the
    // natural moment to step away, before hours go into it on either side.
    if (s.takeHome) {
      return s.reasons.includes('lost-interest')
        ? { rule: 'withdraw', verdict: 'withdraw' }
        : { rule: 'take-home-ask', verdict: 'stay-in' }
    }
    return { rule: 'go-and-decide', verdict: 'stay-in' }
  }
  // Row 6
  return certain
    ? { rule: 'decline-offer', verdict: 'decline-offer' }
    : { rule: 'weigh-offer', verdict: 'stay-in' }
}

function channelFor(s: Situation, { rule, verdict }: Outcome): Channel {
  if (rule === 'scam' || rule === 'weigh-renege') return 'none'
  if (rule === 'take-home-ask') return 'email'
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
      // No call is owed after feeling unsafe, nor to the people who asked discriminatory
      // questions (B9): an email leaves a record.
      if (rule === 'unsafe' || s.reasons.includes('discrimination')) return 'email'
      if (!callAdvised(s)) return 'email'
      return s.channel === 'email' ? 'email' : 'phone-then-email'
  }
}

function whyFor(s: Situation, rule: Rule, channel: Channel): CitedId[] {
  switch (rule) {
    case 'unsafe-during':
      return ['why.unsafe-leave']
    case 'unsafe':
      return ['why.unsafe-email']
    case 'egregious':
      return [
        s.reasons.includes('rude-interviewer') ? 'why.egregious' : 'why.egregious-misled',
        'why.leave-courteously',
      ]
    case 'negotiate':
      // At the offer, pay is open now; earlier, "now or at the offer". Asking openly is the
      // alternative to a staged exit, said as such rather than as a warning nobody needed.
      return [
        s.stage === 'offer' ? 'why.negotiate-offer' : 'why.negotiate',
        'why.no-staged-exit',
        'why.be-direct-pay',
      ]
    case 'end-early':
      return ['why.end-early-ok', 'why.natural-pause']
    case 'finish-first-certain': {
      const why: CitedId[] = [s.keepDoorOpen ? 'why.see-it-through-door' : 'why.see-it-through']
      if (s.keepDoorOpen) why.push('why.door-open')
      if (s.needJob === 'urgent') why.push('why.need-job')
      why.push('why.withdraw-after')
      return why
    }
    case 'finish-first-unsure':
      return ['why.awkward-first', 'why.practice', 'why.ask-questions', 'why.withdraw-after']
    case 'withdraw':
    case 'decline-offer': {
      const sure = s.certainty === 'certain'
      const why: CitedId[] =
        rule === 'withdraw'
          ? [
              // Not "once you know" to someone who said they weren't sure (a take-home they've
              // lost interest in, or a role they'd only take in another shape).
              sure ? 'why.withdraw-normal' : 'why.withdraw-normal-unsure',
              s.stage === 'before'
                ? sure
                  ? 'why.say-so-now'
                  : s.changeMind === 'different-role'
                    ? 'why.say-so-now-different-role'
                    : 'why.tell-early'
                : 'why.tell-early',
            ]
          : ['why.decline-promptly', 'why.withdraw-normal']
      if (channel === 'phone-then-email') {
        if (s.progress === 'interviewed' || s.progress === 'final') {
          why.push(
            s.runBy === 'agency'
              ? 'why.call-recruiter'
              : rule === 'decline-offer'
                ? 'why.call-then-write-offer'
                : 'why.call-after-interviews',
          )
        } else {
          why.push('why.call-short-notice')
        }
      } else if (s.reasons.includes('discrimination')) {
        why.push('why.email-discrimination')
      } else if (!callAdvised(s)) {
        why.push(talkedToThem(s) ? 'why.email-after-screen' : 'why.email-early')
      }
      // B3: the task is the moment to step away, before hours go into it. Neither line names a
      // reason: the email gives its own, and a why must not promise another.
      if (s.takeHome && rule === 'withdraw') {
        why.push(sure ? 'why.take-home-withdraw' : 'why.take-home-moment')
      }
      // B8: whatever else they send, two honest lines beat silence.
      why.push('why.short-beats-silence')
      return why
    }
    case 'go-and-decide':
      return ['why.take-time', 'why.practice', 'why.ask-questions']
    case 'weigh-offer':
      return ['why.take-time', 'why.ask-questions-offer', 'why.talk-to-people']
    case 'scam':
      // "Before any real interview" is only true before one.
      return [
        s.progress === 'interviewed' ||
        s.progress === 'final' ||
        s.stage === 'offer' ||
        s.stage === 'accepted'
          ? 'why.scam-after-interviews'
          : 'why.scam',
      ]
    case 'renege':
      return [
        // After discriminatory questions no apology is owed (B9 wins over B1's apology).
        s.reasons.includes('discrimination') ? 'why.renege-no-apology' : 'why.renege-apologise',
        ...(channel === 'phone-then-email' ? (['why.renege-call-first'] as const) : []),
        'why.short-beats-silence',
      ]
    case 'weigh-renege':
      return ['why.renege-be-sure', 'why.talk-to-people']
    case 'take-home-ask':
      return ['why.take-home-ask', 'why.take-home-size']
  }
}

function cautionsFor(s: Situation, { rule, verdict }: Outcome, emailInsteadOfCall: boolean) {
  // Safety is not something to weigh against nerves, money or a future role; nor is a scam.
  if (rule === 'unsafe' || rule === 'unsafe-during' || rule === 'scam') return []
  const cautions: CitedId[] = []
  const no = saysNo(verdict)
  // B9: what was asked is theirs to record and act on; the words to the employer stay neutral.
  if (s.reasons.includes('discrimination')) {
    cautions.push('caution.record', s.country === 'de' ? 'caution.deadline-de' : 'caution.deadline')
  }
  // B1: what was signed decides what is owed, and it differs by country.
  if (rule === 'renege' || rule === 'weigh-renege') {
    if (s.signed !== 'nothing') cautions.push(SIGNED_NOTES[s.country], 'caution.repay')
    if (s.reasons.includes('counter-offer')) cautions.push('caution.counter-offer')
  }
  // Before a yes elsewhere, a counter-offer is still theirs to weigh: the question a coach asks
  // first is whether it fixes why they started looking.
  if (s.reasons.includes('counter-offer') && s.stage !== 'accepted') {
    cautions.push('caution.counter-offer-fix')
  }
  // Still deciding whether to go back on a yes: nothing is sent yet, so only what bears on it.
  if (rule === 'weigh-renege') {
    if (s.campus) cautions.push('caution.campus-renege')
    return cautions
  }
  // In the room, seeing it through already answers the fear (A18); elsewhere it is a check. At
  // the offer no interview is left to fear.
  if (s.fearOfInterviewing && s.stage !== 'offer') {
    cautions.push(
      verdict === 'stay-in' || verdict === 'finish-first' ? 'caution.fear-go' : 'caution.fear',
    )
  }
  if (s.explain === 'full') {
    cautions.push(verdict === 'leave-now' ? 'caution.no-blame-leaving' : 'caution.no-blame')
  }
  if (s.changeMind === 'different-role') {
    // Withdrawing before the interview while only leaning, the why already makes this point
    // (why.say-so-now-different-role): the caution would repeat it.
    const whySaysIt = rule === 'withdraw' && s.stage === 'before' && s.certainty !== 'certain'
    if (!whySaysIt) cautions.push('caution.reshape')
    // Only where a script says it: the withdrawal email and the later note carry the better fit.
    if (verdict === 'withdraw' || verdict === 'decline-offer' || verdict === 'finish-first') {
      cautions.push(s.details.betterFit ? 'caution.name-fit-given' : 'caution.name-fit')
    }
  }
  // A15: in the room, low pay on its own can still be raised rather than walked out on.
  if (
    s.stage === 'during' &&
    s.reasons.length === 1 &&
    s.reasons[0] === 'pay' &&
    (verdict === 'end-early' || verdict === 'finish-first')
  ) {
    cautions.push('caution.pay-during')
  }
  // Another offer is the other option the caution asks for. Seeing the interview through because
  // they need a job is already the reason given (why.need-job): the caution would say it again.
  if (
    s.needJob === 'urgent' &&
    !s.reasons.includes('other-offer') &&
    rule !== 'finish-first-certain'
  )
    cautions.push('caution.need-job')
  // Only backing out of a booked interview is short notice; going to it is not.
  if (shortNotice(s) && verdict === 'withdraw') cautions.push('caution.short-notice')
  // No one need be urged to ring people who were rude to them, or worse.
  if (emailInsteadOfCall && !soured(s)) {
    cautions.push(
      shortNotice(s) && verdict === 'withdraw'
        ? 'caution.call-in-time'
        : rule === 'renege'
          ? 'caution.call-renege'
          : 'caution.call-stands-out',
    )
  }
  // B6, B7, B10: where and how the "no" is given has rules of its own.
  // B2: a reason a recruiter could fix is worth naming only if a fix would change the answer.
  if (
    no &&
    s.runBy === 'agency' &&
    (s.reasons.includes('pay') || s.reasons.includes('logistics'))
  ) {
    cautions.push('caution.agency-fixable')
  }
  if (no && s.portal) cautions.push('caution.portal')
  // Seeing it through only to say no afterwards is still a refusal the benefits office may ask about.
  if (
    (no || verdict === 'end-early' || verdict === 'leave-now' || rule === 'finish-first-certain') &&
    s.benefits
  ) {
    cautions.push('caution.benefits')
  }
  // The careers office's 48-hour rule is about cancelling interviews: at the offer none is left.
  if (s.campus && no && s.stage !== 'offer') {
    cautions.push(s.stage === 'accepted' ? 'caution.campus-renege' : 'caution.campus')
  }
  return cautions
}

/** B1: the national note on a signed offer or contract, stated as something to check. */
const SIGNED_NOTES = {
  uk: 'caution.signed-uk',
  de: 'caution.signed-de',
  in: 'caution.signed-in',
  other: 'caution.signed-other',
} as const satisfies Record<Situation['country'], CitedId>

function stepsFor(s: Situation, { rule, verdict }: Outcome, channel: Channel): MessageId[] {
  // Who there is to keep in touch with depends on how far they got (A28). After going back on a
  // yes there is no cheerful note three months on (scripts.ts says why).
  const door: MessageId[] = s.keepDoorOpen
    ? [
        talkedToThem(s) || verdict === 'finish-first' ? 'step.save-contacts' : 'step.save-contact',
        ...(someoneToKeepUpWith(s) && rule !== 'renege' ? (['step.follow-up-later'] as const) : []),
      ]
    : []
  const referral: MessageId[] =
    shapeOf(s.details.referral?.name) !== 'none' ? ['step.ask-referral-first'] : []
  const interviewBooked = s.nextInterview !== 'none'
  const no = saysNo(verdict)
  // B4 and B9 come first: the referrer hears before the employer; a record is written while fresh.
  const first: MessageId[] = [
    // Not after feeling unsafe: that plan asks nothing more of them, and writes them no note.
    ...(no && rule !== 'unsafe' && shapeOf(s.details.referrerName) !== 'none'
      ? (['step.tell-referrer'] as const)
      : []),
    // Advice before the email, if they might claim: the caution says so, and a step someone
    // skims must not say "send it now" first. Only where the plan has an email to send.
    ...(s.reasons.includes('discrimination') ? (['step.write-record'] as const) : []),
    ...(s.reasons.includes('discrimination') && (no || verdict === 'finish-first')
      ? (['step.advice-before-sending'] as const)
      : []),
  ]
  // B2, B6, B7, B10: after the words are sent.
  const after: MessageId[] = no
    ? [
        ...(s.runBy === 'agency' ? (['step.end-representation'] as const) : []),
        ...(s.portal ? (['step.portal-after'] as const) : []),
        ...(s.campus ? (['step.copy-careers-office'] as const) : []),
        ...(s.benefits ? (['step.keep-copy'] as const) : []),
      ]
    : []
  // Ended in the room: the recruiter, the referrer and a careers office hear it from them next.
  const endedInRoom =
    verdict === 'end-early' || (verdict === 'leave-now' && rule !== 'unsafe-during')
  const afterRoom: MessageId[] = endedInRoom
    ? [
        ...(s.runBy === 'agency' ? (['step.tell-recruiter-after'] as const) : []),
        ...(shapeOf(s.details.referrerName) !== 'none'
          ? (['step.tell-referrer-after'] as const)
          : []),
        ...(s.campus ? (['step.tell-careers-office'] as const) : []),
      ]
    : []
  const steps = mainSteps(s, { rule, verdict }, channel, door, referral, interviewBooked)
  // Noticed in the room, a scam is first of all a call or meeting to end.
  if (rule === 'scam') return s.stage === 'during' ? ['step.scam-end-call', ...steps] : steps
  return [...first, ...steps, ...afterRoom, ...after]
}

function mainSteps(
  s: Situation,
  { rule, verdict }: Outcome,
  channel: Channel,
  door: MessageId[],
  referral: MessageId[],
  interviewBooked: boolean,
): MessageId[] {
  switch (rule) {
    case 'unsafe-during':
      return ['step.leave-now', 'step.emergency', 'step.get-safe', 'step.tell-someone-after']
    case 'unsafe':
      return [
        'step.keep-evidence',
        'step.send-short-email',
        'step.no-call-owed',
        'step.tell-someone',
      ]
    case 'egregious':
      return ['step.leave-calmly', 'step.hold-position', 'step.nothing-more-owed']
    case 'negotiate':
      // At the offer the words name the figure (a slot to fill): they say it once, and, if
      // they'd otherwise turn it down, decline only when it can't be met (rule 3, revised).
      if (s.stage === 'offer') {
        return [
          channel === 'email' ? 'step.reply-to-offer-email' : 'step.reply-to-offer-call',
          'step.fill-in-your-number',
          s.certainty === 'certain' ? 'step.decline-if-not-met' : 'step.decide-on-the-offer',
        ]
      }
      return [
        s.stage === 'during' ? 'step.ask-range-now' : 'step.ask-range',
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
        'step.ask-questions-in-room',
        'step.sleep-on-it',
        'step.withdraw-within-days',
        ...referral,
        ...door,
      ]
    case 'withdraw':
    case 'decline-offer': {
      const soon = shortNotice(s) && verdict === 'withdraw'
      const deliver: MessageId[] =
        channel === 'phone-then-email'
          ? [
              soon
                ? 'step.call-before-interview'
                : s.runBy === 'agency'
                  ? 'step.call-recruiter'
                  : 'step.call',
              'step.voicemail-if-needed',
              soon ? 'step.email-straight-away' : 'step.email-same-day',
            ]
          : [soon ? 'step.send-email-now' : 'step.send-email']
      // With the interview less than a day away, the call comes before asking anyone else.
      return soon ? [...deliver, ...referral, ...door] : [...referral, ...deliver, ...door]
    }
    case 'go-and-decide':
      return interviewBooked
        ? ['step.go-prepared', 'step.ask-questions', 'step.talk-it-over', 'step.decide-after']
        : [
            'step.prepare-questions',
            'step.ask-questions-next-time',
            'step.talk-it-over',
            'step.decide-after',
          ]
    case 'weigh-offer':
      return [
        'step.ask-for-time',
        'step.ask-questions-offer',
        'step.talk-it-over',
        'step.answer-promptly',
      ]
    case 'scam':
      return ['step.scam-stop', 'step.scam-send-nothing', 'step.scam-report', 'step.scam-bank']
    case 'renege': {
      // After discriminatory questions they get advice before sending anything (the caution
      // and an earlier step say so), so nothing here says "today".
      const advice = s.reasons.includes('discrimination')
      const deliver: MessageId[] =
        channel === 'phone-then-email'
          ? ['step.call-renege', 'step.voicemail-renege', 'step.email-same-day']
          : [advice ? 'step.send-email' : 'step.send-email-renege']
      const signed = s.signed !== 'nothing'
      // What was signed is read before the call, which may need to cover notice. The German
      // notice signed by hand follows the email (the headline says so), and anything they sent
      // goes back once they have been told.
      const readFirst: MessageId[] = signed && s.country !== 'de' ? ['step.check-contract'] : []
      const afterTelling: MessageId[] = signed
        ? [
            ...(s.country === 'de'
              ? ([
                  advice ? 'step.written-notice-de-after-advice' : 'step.written-notice-de',
                ] as const)
              : []),
            // B2: the recruiter passes on the news, but notice under the contract is the
            // employer's to receive (in Germany, the letter above already goes to them).
            ...(s.country === 'uk' && s.runBy === 'agency'
              ? (['step.send-notice-employer'] as const)
              : []),
            'step.return-documents',
          ]
        : []
      return [...referral, ...readFirst, ...deliver, ...afterTelling, ...door]
    }
    case 'weigh-renege':
      return ['step.check-what-you-signed', 'step.talk-it-over', 'step.decide-fast']
    case 'take-home-ask':
      return ['step.send-take-home-email', 'step.weigh-the-answer', 'step.withdraw-if-unpaid']
  }
}

function mainReasonFor(s: Situation, rule: Rule): Reason | undefined {
  if (s.explain === 'none' || rule === 'unsafe' || rule === 'unsafe-during' || rule === 'scam') {
    return undefined
  }
  // After discriminatory questions, no reason in writing (B9): a harmless-sounding one ("not the
  // right fit") could later be quoted as the real one against a claim.
  if (s.reasons.includes('discrimination')) return undefined
  // The contrast line (A7) is the most useful thing to say when they gave us its words.
  if (s.reasons.includes('role-mismatch') && (s.details.advertised || s.details.actual)) {
    return 'role-mismatch'
  }
  // If more pay would change their answer, pay is the reason to name, directly (A25).
  if (s.changeMind === 'more-pay') return 'pay'
  return REASON_PRIORITY.find((reason) => s.reasons.includes(reason))
}

function headlineFor(s: Situation, { rule, verdict }: Outcome, channel: Channel): MessageId {
  const call = channel === 'phone-then-email'
  switch (rule) {
    case 'unsafe-during':
      return 'headline.unsafe-during'
    case 'unsafe':
      return verdict === 'decline-offer' ? 'headline.unsafe-decline' : 'headline.unsafe-withdraw'
    case 'egregious':
      return 'headline.egregious'
    case 'negotiate':
      if (s.stage !== 'offer') return 'headline.negotiate'
      return s.certainty === 'certain'
        ? 'headline.negotiate-offer-sure'
        : 'headline.negotiate-offer'
    case 'end-early':
      return 'headline.end-early'
    case 'finish-first-certain':
      return s.keepDoorOpen ? 'headline.finish-first-door' : 'headline.finish-first-certain'
    case 'finish-first-unsure':
      return 'headline.finish-first-unsure'
    case 'withdraw':
      if (call) {
        if (shortNotice(s)) return 'headline.withdraw-call-today'
        return s.runBy === 'agency' ? 'headline.withdraw-call-recruiter' : 'headline.withdraw-call'
      }
      if (shortNotice(s)) return 'headline.withdraw-email-now'
      // B9: neutral, not friendly, and the record comes before anything is sent.
      return s.reasons.includes('discrimination')
        ? 'headline.withdraw-email-record'
        : 'headline.withdraw-email'
    case 'go-and-decide':
      return s.nextInterview === 'none' ? 'headline.stay-in-no-interview' : 'headline.go-and-decide'
    case 'decline-offer':
      if (!call) return 'headline.decline-email'
      return s.runBy === 'agency' ? 'headline.decline-call-recruiter' : 'headline.decline-call'
    case 'weigh-offer':
      return 'headline.weigh-offer'
    case 'scam':
      return 'headline.scam'
    case 'renege':
      if (call) return 'headline.renege-call'
      // B9: no apology owed, and the record comes before anything is sent.
      if (s.reasons.includes('discrimination')) return 'headline.renege-email-record'
      return s.country === 'de' && s.signed !== 'nothing'
        ? 'headline.renege-email-de'
        : 'headline.renege-email'
    case 'weigh-renege':
      return 'headline.weigh-renege'
    case 'take-home-ask':
      return 'headline.take-home-ask'
  }
}

export function decide(s: Situation): Decision {
  const outcome = match(s)
  const channel = channelFor(s, outcome)
  const isNo = saysNo(outcome.verdict)
  const emailInsteadOfCall =
    isNo &&
    outcome.rule !== 'unsafe' &&
    outcome.rule !== 'scam' &&
    !s.reasons.includes('discrimination') &&
    callAdvised(s) &&
    s.channel === 'email'
  const mainReason = mainReasonFor(s, outcome.rule)
  return {
    rule: outcome.rule,
    verdict: outcome.verdict,
    channel,
    emailInsteadOfCall,
    headline: headlineFor(s, outcome, channel),
    why: whyFor(s, outcome.rule, channel).map(cite),
    cautions: cautionsFor(s, outcome, emailInsteadOfCall).map(cite),
    steps: stepsFor(s, outcome, channel),
    scripts: scriptsFor(s, outcome, channel, mainReason),
    mainReason,
  }
}
