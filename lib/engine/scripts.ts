import type { Reason, Situation } from '@/lib/situation'
import type { MessageId } from '@/lib/wording/message-ids'
import { shapeOf } from '@/lib/situation/typed-text'
import {
  saysNo,
  shortNotice,
  someoneToKeepUpWith,
  soured,
  talkedToThem,
  type Outcome,
} from './facts'
import type { Channel, Part, ScriptPlan } from './types'

/*
 * Which words each script says, by message id: the part of the rules that used to hide in the
 * wording's conditions. Every choice here follows from the answers (how far they got, what
 * went wrong, what they want to keep), so the words never claim what the answers don't support.
 * The writers in lib/wording/writers.ts lay the parts out for their medium.
 */

const p = (id: MessageId, label?: MessageId): Part => (label ? { id, label } : { id })
/** A part that may be left out when the script would run too long (see Part). */
const extra = (id: MessageId): Part => ({ id, optional: true })
const item = (id: MessageId): Part => ({ id, item: true })

/** Which "no" a script says: to a process, to an offer, or to an offer already accepted (B1). */
type No = 'withdraw' | 'decline' | 'renege'
const noOf = ({ rule, verdict }: Outcome): No =>
  rule === 'renege' ? 'renege' : verdict === 'decline-offer' ? 'decline' : 'withdraw'
const byNo = <T>(no: No, ids: Record<No, T>): T => ids[no]

const WRITTEN_REASON: Record<Reason, MessageId> = {
  'role-mismatch': 'reason.role-mismatch',
  pay: 'reason.pay',
  'other-offer': 'reason.other-offer',
  'level-mismatch': 'reason.level-mismatch',
  logistics: 'reason.logistics',
  personal: 'reason.personal',
  culture: 'reason.culture',
  'lost-interest': 'reason.lost-interest',
  // Never blame (domain §4): a rude interviewer or a misleading format is told as a poor fit.
  'misled-format': 'reason.fit',
  'rude-interviewer': 'reason.fit',
  unsafe: 'reason.fit',
  'counter-offer': 'reason.counter-offer',
  // B9: the withdrawal stays neutral. (A scam gets no words at all.)
  discrimination: 'reason.fit',
  scam: 'reason.fit',
}

const SPOKEN_REASON: Record<Reason, MessageId> = {
  'role-mismatch': 'spoken.reason.role-mismatch',
  pay: 'spoken.reason.pay',
  'other-offer': 'spoken.reason.other-offer',
  'level-mismatch': 'spoken.reason.level-mismatch',
  logistics: 'spoken.reason.logistics',
  personal: 'spoken.reason.personal',
  culture: 'spoken.reason.culture',
  'lost-interest': 'spoken.reason.lost-interest',
  'misled-format': 'spoken.reason.fit',
  'rude-interviewer': 'spoken.reason.fit',
  unsafe: 'spoken.reason.fit',
  'counter-offer': 'spoken.reason.counter-offer',
  discrimination: 'spoken.reason.fit',
  scam: 'spoken.reason.fit',
}

/**
 * With benefits in play (B7), a reason that is only a feeling about the fit, the team or their
 * interest is one they could not show: the words leave a slot for one they could.
 */
const unshowable = (s: Situation, reason: Reason) =>
  s.benefits &&
  (WRITTEN_REASON[reason] === 'reason.fit' || reason === 'lost-interest' || reason === 'culture')

/**
 * The reason in writing. If more pay would change their answer, it says pay decides it (A25).
 * With benefits in play, a practical reason names which one, as something they could show (B7).
 * Someone who has only applied has seen nothing of the team (even with an offer in hand), so
 * culture is what they've learned.
 */
function writtenReason(s: Situation, reason: Reason): MessageId {
  if (reason === 'pay' && s.changeMind === 'more-pay') return 'reason.pay-open'
  if (reason === 'logistics' && s.benefits) return 'reason.logistics-shown'
  if (unshowable(s, reason)) return 'reason.shown'
  if (reason === 'culture' && s.progress === 'applied' && s.stage !== 'during') {
    return 'reason.culture-applied'
  }
  return WRITTEN_REASON[reason]
}

function spokenReason(s: Situation, reason: Reason): MessageId {
  if (reason === 'pay' && s.changeMind === 'more-pay') return 'spoken.reason.pay-open'
  if (reason === 'logistics' && s.benefits) return 'spoken.reason.logistics-shown'
  if (unshowable(s, reason)) return 'spoken.reason.shown'
  return SPOKEN_REASON[reason]
}

/**
 * B2: a recruiter passes on the employer's offer, so the words to the recruiter speak of "the
 * offer" and "the job", never "your offer" or "joining you", and thank them for putting the
 * person forward rather than for choosing them.
 */
const viaAgency = (s: Situation) => s.runBy === 'agency'

/** B9 after a yes: after discriminatory questions no apology is owed, and none is made. */
const apologyOwed = (s: Situation) => !s.reasons.includes('discrimination')

/** Going back on a yes after signing in the UK (S7) or Germany (S8): the notice the words owe. */
function signedNotice(s: Situation, no: No): 'uk' | 'de' | undefined {
  if (no !== 'renege' || s.signed === 'nothing') return undefined
  return s.country === 'uk' || s.country === 'de' ? s.country : undefined
}

/**
 * The UK notice as the employer reads it: under the contract, or under the offer letter they
 * signed (which may be one), never claiming a contract nobody signed.
 */
const ukNotice = (s: Situation): MessageId =>
  s.signed === 'offer-letter' ? 'email.notice-uk-letter' : 'email.notice-uk'

/**
 * What the written "no" must also say about that notice. Through an agency the notice itself
 * goes to the employer (B2): the words to the recruiter only say it is on its way.
 */
function noticeParts(s: Situation, no: No): Part[] {
  const notice = signedNotice(s, no)
  if (notice === 'uk') return [p(viaAgency(s) ? 'email.notice-uk-agency' : ukNotice(s))]
  if (notice === 'de') {
    return [p(viaAgency(s) ? 'email.notice-follows-de-agency' : 'email.notice-follows-de')]
  }
  return []
}

/** The renege words by who hears them: the employer, or the recruiter who made the offer. */
const renegeWords = (s: Situation, employer: MessageId, agency: MessageId): MessageId =>
  viaAgency(s) ? agency : employer

/** An offer is thanked for; after a soured process, plainly (nothing warmer than it earned). */
const offerThanks = (s: Situation, thanks: MessageId): MessageId =>
  // A recruiter passed the offer on: they chose nobody, so a plain thanks for their time.
  soured(s) ? (viaAgency(s) ? 'thanks.time' : 'thanks.chosen') : thanks

/** What they thank them for in writing: what actually happened, and nothing warmer than it. */
function writtenThanks(s: Situation, verdict: Outcome['verdict']): MessageId {
  if (verdict === 'decline-offer') return offerThanks(s, 'thanks.offer')
  if (soured(s)) return 'thanks.time'
  if (verdict === 'finish-first') return 'thanks.interview'
  if (s.progress === 'applied') return 'thanks.applied'
  if (s.progress === 'screened') return 'thanks.screened'
  return 'thanks.interviewed'
}

/** The kind of role that would fit better (A24), when it is theirs to name. */
function betterFit(s: Situation): Part[] {
  const wantsOtherRole = s.changeMind === 'different-role'
  if (s.details.betterFit && (s.keepDoorOpen || wantsOtherRole)) return [p('door.better-fit')]
  return wantsOtherRole ? [p('door.better-fit-unnamed')] : []
}

/**
 * If pay is the reason and they'd like other roles there, or more pay is what would change their
 * answer, ask about a better-paid one (A25).
 */
function payAsk(s: Situation, mainReason: Reason | undefined): Part[] {
  return (s.keepDoorOpen || s.changeMind === 'more-pay') && mainReason === 'pay'
    ? [extra('door.pay-ask')]
    : []
}

/**
 * The paragraph that keeps the door open (A16, A19, A24, A25) or, without it, closes kindly.
 * What they liked is said only when they told us, or when nothing soured it.
 */
/**
 * The last words: staying in touch, or good wishes for their search. Not after going back on a
 * yes: wishing them luck with a search it has just reopened reads as breezy, and the apology
 * has been made.
 */
function closing(s: Situation, no: No): Part[] {
  if (s.keepDoorOpen) return [p('door.stay-in-touch')]
  return no === 'renege' ? [] : [p('door.well-wishes')]
}

/**
 * The line on what they liked (A19): plainly after a soured process; as something seen from the
 * outside when nobody has spoken with them yet (no "I came away feeling" after only applying).
 */
const liked = (s: Situation): MessageId =>
  soured(s) ? 'door.liked-plain' : talkedToThem(s) ? 'door.liked' : 'door.liked-applied'

/** An interview is booked further off than a day: the withdrawal frees the slot, and says so. */
const bookedLater = (s: Situation, verdict: Outcome['verdict']) =>
  verdict === 'withdraw' &&
  s.nextInterview === 'later' &&
  (s.stage === 'before' || s.stage === 'after')

function doorParts(s: Situation, mainReason: Reason | undefined, no: No): Part[] {
  const parts: Part[] = []
  if (s.keepDoorOpen) {
    // After rudeness or a misleading format, what they liked is said plainly, without warmth.
    if (s.details.positives) parts.push(extra(liked(s)))
    // Liking what they learned needs someone to have told them something.
    else if (!soured(s) && !s.reasons.includes('culture') && talkedToThem(s)) {
      parts.push(extra('door.liked-company'))
    }
  }
  parts.push(...betterFit(s))
  parts.push(...payAsk(s, mainReason))
  parts.push(...closing(s, no))
  return parts
}

function email(s: Situation, outcome: Outcome, channel: Channel, mainReason?: Reason) {
  const { rule, verdict } = outcome
  const no = noOf(outcome)
  const decline = verdict === 'decline-offer'
  const subject = byNo<MessageId>(no, {
    withdraw: 'email.subject.withdraw',
    decline: viaAgency(s) ? 'email.subject.decline-agency' : 'email.subject.decline',
    renege: 'email.subject.renege',
  })
  if (rule === 'unsafe') {
    return {
      kind: 'email',
      title: 'title.email-unsafe',
      subject: decline ? subject : 'email.subject.withdraw',
      blocks: [
        [
          p(
            !decline
              ? 'email.unsafe.withdraw'
              : viaAgency(s)
                ? 'email.unsafe.decline-agency'
                : 'email.unsafe.decline',
          ),
        ],
      ],
      signOff: 'letter.sign-off-plain',
    } satisfies ScriptPlan
  }
  if (channel === 'phone-then-email') {
    // After a call the email only confirms it, in a few sentences (A27).
    return {
      kind: 'email',
      title: 'title.email-confirm',
      subject,
      blocks: [
        [
          p(
            byNo(no, {
              withdraw: 'email.confirm.withdraw',
              decline: viaAgency(s) ? 'email.confirm.decline-agency' : 'email.confirm.decline',
              renege: renegeWords(s, 'email.confirm.renege', 'email.confirm.renege-agency'),
            }),
          ),
          // The written record says what the call meant for the interview that was booked.
          ...(shortNotice(s) && verdict === 'withdraw'
            ? [p('email.short-notice')]
            : bookedLater(s, verdict)
              ? [p('email.release-interview')]
              : []),
          ...(s.runBy === 'agency' ? [p('email.agency-pass-on')] : []),
          ...noticeParts(s, no),
        ],
        // The reason is owed after a yes (B1), and is the record a benefits claim needs (B7).
        ...(mainReason && (no === 'renege' || s.benefits)
          ? [[p(writtenReason(s, mainReason))]]
          : []),
        [
          // Someone who only applied thanks them for considering it, not for their time; an
          // offer is thanked for.
          p(
            s.progress === 'applied'
              ? 'thanks.applied'
              : decline
                ? offerThanks(s, 'thanks.after-call-offer')
                : 'thanks.after-call',
          ),
          // What they liked, when they told us (A19), and one line on what would bring them back,
          // at most: the confirmation stays short.
          ...(s.keepDoorOpen && s.details.positives ? [extra(liked(s))] : []),
          ...(payAsk(s, mainReason).length ? payAsk(s, mainReason) : betterFit(s)),
          ...closing(s, no),
        ],
      ],
    } satisfies ScriptPlan
  }
  const opening: Part[] =
    verdict === 'finish-first'
      ? [p('email.decision.after-interview')]
      : [
          p(
            byNo(no, {
              withdraw: 'email.decision.withdraw',
              decline: viaAgency(s) ? 'email.decision.decline-agency' : 'email.decision.decline',
              renege: !apologyOwed(s)
                ? 'email.decision.renege-plain'
                : renegeWords(s, 'email.decision.renege', 'email.decision.renege-agency'),
            }),
          ),
        ]
  if (shortNotice(s) && verdict === 'withdraw') opening.push(p('email.short-notice'))
  else if (bookedLater(s, verdict)) opening.push(p('email.release-interview'))
  if (s.runBy === 'agency' && verdict !== 'finish-first') opening.push(p('email.agency-pass-on'))
  opening.push(...noticeParts(s, no))
  const why: Part[] = [p(writtenThanks(s, verdict))]
  if (mainReason) why.push(p(writtenReason(s, mainReason)))
  return {
    kind: 'email',
    title: verdict === 'finish-first' ? 'title.email-after-interview' : 'title.email',
    subject:
      shortNotice(s) && verdict === 'withdraw' ? 'email.subject.withdraw-short-notice' : subject,
    blocks: [opening, why, doorParts(s, mainReason, no)],
  } satisfies ScriptPlan
}

/** Talking points for the call: short lines to glance at, with a pause for their reply. */
function phone(s: Situation, outcome: Outcome, mainReason?: Reason): ScriptPlan {
  const { verdict } = outcome
  const no = noOf(outcome)
  const news: Part[] = [
    p(
      byNo(no, {
        withdraw: 'phone.decision.withdraw',
        decline: 'phone.decision.decline',
        renege: renegeWords(s, 'phone.decision.renege', 'phone.decision.renege-agency'),
      }),
      'label.news',
    ),
  ]
  if (shortNotice(s) && verdict === 'withdraw') news.push(p('phone.short-notice', 'label.sorry'))
  if (no === 'renege') {
    news.push(p(renegeWords(s, 'phone.apology', 'phone.apology-agency'), 'label.sorry'))
  }
  // UK (S7): the first thing their HR team will ask about is the notice. Through an agency it
  // goes to the employer directly (B2).
  if (signedNotice(s, no) === 'uk') {
    const line: MessageId = viaAgency(s)
      ? 'phone.contract-uk-agency'
      : s.signed === 'offer-letter'
        ? 'phone.contract-uk-letter'
        : 'phone.contract-uk'
    news.push(p(line, 'label.contract'))
  }
  const after: Part[] = []
  if (mainReason) after.push(p(spokenReason(s, mainReason), 'label.if-asked'))
  // No reason to give, but on a call they will ask: an answer ready that gives none.
  else if (s.explain === 'none') after.push(p('spoken.reason.none', 'label.if-asked'))
  after.push(
    p(
      no === 'decline'
        ? offerThanks(s, 'phone.thanks-offer')
        : soured(s)
          ? 'phone.thanks-plain'
          : s.progress === 'applied'
            ? 'thanks.applied'
            : 'phone.thanks',
      'label.thanks',
    ),
  )
  // With pay the reason, the door line asks about a better-paid role first (A25).
  if (payAsk(s, mainReason).length) {
    after.push(p('phone.pay-ask', 'label.door'))
  } else if (s.changeMind === 'different-role' || (s.keepDoorOpen && s.details.betterFit)) {
    after.push(p('phone.better-fit', 'label.door'))
  } else if (s.keepDoorOpen) {
    after.push(p('phone.door', 'label.door'))
  }
  after.push(p('phone.close', 'label.close'))
  return {
    kind: 'phone',
    title: 'title.phone',
    blocks: [[p('call.who', 'label.hello')], news, [p('phone.pause')], after],
  }
}

function voicemail(s: Situation, outcome: Outcome): ScriptPlan {
  const { verdict } = outcome
  const parts: Part[] = [
    p('call.who'),
    p(
      byNo(noOf(outcome), {
        withdraw: 'voicemail.decision.withdraw',
        decline: 'voicemail.decision.decline',
        renege: renegeWords(s, 'voicemail.decision.renege', 'voicemail.decision.renege-agency'),
      }),
    ),
  ]
  if (shortNotice(s) && verdict === 'withdraw') parts.push(p('voicemail.short-notice'))
  // After a yes, news like this deserves a conversation: the message asks for the call back.
  parts.push(p(noOf(outcome) === 'renege' ? 'voicemail.close-renege' : 'voicemail.close'))
  return { kind: 'voicemail', title: 'title.voicemail', blocks: [parts] }
}

/** Spoken reasons that are about the fit: the decision that says "not the right fit" covers them. */
const FIT_REASONS: ReadonlySet<MessageId> = new Set<MessageId>([
  'spoken.reason.fit',
  'spoken.reason.lost-interest',
  'spoken.reason.role-mismatch',
  'spoken.reason.level-mismatch',
  'spoken.reason.culture',
])

/** Ending the interview at a natural pause (A12): thanks, the decision, one reason, good wishes. */
function endEarlyWords(s: Situation, rule: Outcome['rule'], mainReason?: Reason): ScriptPlan {
  // Rudeness or a misleading format in the room is row 2 (leave now), never these words.
  const reason = mainReason && spokenReason(s, mainReason)
  // After discriminatory questions, thanks for their time and nothing warmer (B9).
  const parts: Part[] = [p(soured(s) ? 'say.thanks-plain' : 'say.thanks')]
  if (!reason || FIT_REASONS.has(reason)) {
    parts.push(p('say.decision'))
    // The decision already says it isn't the right fit: a reason that only says so again is
    // left out, and one that says how may give way to long typed details.
    if (reason && reason !== 'spoken.reason.fit' && reason !== 'spoken.reason.lost-interest') {
      parts.push(extra(reason))
    }
  } else {
    // Pay, the practical side, personal reasons, another offer, or the reason a benefits claimant
    // could show (B7): not a matter of fit, so the decision doesn't call it one, and the reason
    // is the point, so it stays.
    parts.push(p('say.decision-plain'), p(reason))
  }
  parts.push(p('say.wish-well'))
  return {
    kind: 'say',
    title: rule === 'end-early' ? 'title.say-end-early' : 'title.say-if-clear',
    blocks: [parts],
  }
}

function leaveWords(s: Situation, rule: Outcome['rule']): ScriptPlan {
  const id: MessageId =
    rule === 'unsafe-during'
      ? 'say.leave-unsafe'
      : s.reasons.includes('misled-format') && s.explain !== 'none'
        ? 'say.leave-misled'
        : 'say.leave'
  return { kind: 'say', title: 'title.say-leave', blocks: [[p(id)]] }
}

function pushback(s: Situation, rule: Outcome['rule'], verdict: Outcome['verdict']): ScriptPlan {
  // While a better figure would change their answer, no reply says the decision stands, and a
  // recruiter hears the same. At the offer, a recruiter's push is a better package, not another
  // round (B2).
  const id: MessageId =
    rule === 'renege'
      ? apologyOwed(s)
        ? 'pushback.renege'
        : 'pushback.withdraw'
      : s.changeMind === 'more-pay' && saysNo(verdict)
        ? 'pushback.pay-open'
        : s.runBy === 'agency' && saysNo(verdict)
          ? verdict === 'decline-offer'
            ? 'pushback.agency-offer'
            : 'pushback.agency'
          : rule === 'unsafe-during'
            ? 'pushback.unsafe'
            : rule === 'egregious'
              ? 'pushback.egregious'
              : verdict === 'decline-offer'
                ? 'pushback.decline'
                : verdict === 'withdraw'
                  ? 'pushback.withdraw'
                  : soured(s)
                    ? 'pushback.egregious'
                    : 'pushback.in-room'
  return { kind: 'pushback', title: 'title.pushback', blocks: [[p(id)]] }
}

function followUp(s: Situation): ScriptPlan {
  // After an offer too, it recalls the conversations, not the no.
  const open: MessageId = talkedToThem(s) ? 'follow-up.open-spoke' : 'follow-up.open-applied'
  const blocks: Part[][] = [[p(open), p('follow-up.topic')]]
  if (s.details.betterFit) blocks.push([p('follow-up.better-fit')])
  blocks.push([p('follow-up.close')])
  return { kind: 'follow-up', title: 'title.follow-up', subject: 'follow-up.subject', blocks }
}

/**
 * Two sentences, for the person tempted to say nothing at all (B8), and never more: the decision,
 * then thanks (an apology after a yes). Whoever sends only these must still say what matters
 * most, so it is folded in: the missed interview and its apology into the decision; the notice
 * their contract needs, or else the reason a benefits claim needs (B7), as the second sentence,
 * with the thanks or apology moved into the first. Notice comes before the reason: the contract
 * is owed it, and the full email carries the reason.
 */
function short(s: Situation, outcome: Outcome, mainReason: Reason | undefined): ScriptPlan {
  const no = noOf(outcome)
  const soon = shortNotice(s) && outcome.verdict === 'withdraw'
  const extraLine: MessageId | undefined =
    noticeParts(s, no)[0]?.id ??
    (s.benefits && mainReason ? writtenReason(s, mainReason) : undefined)
  const owed = apologyOwed(s)
  const first: MessageId = byNo<MessageId>(no, {
    withdraw: soon
      ? 'short.withdraw-short-notice'
      : extraLine
        ? 'short.withdraw-thanked'
        : 'short.withdraw',
    decline: extraLine ? 'short.decline-thanked' : 'short.decline',
    renege:
      extraLine && owed
        ? renegeWords(s, 'short.renege-sorry', 'short.renege-agency-sorry')
        : renegeWords(s, 'short.renege', 'short.renege-agency'),
  })
  const close: MessageId =
    no === 'renege'
      ? owed
        ? 'short.sorry-renege'
        : 'thanks.time'
      : no === 'decline'
        ? viaAgency(s)
          ? 'short.thanks-agency'
          : offerThanks(s, 'short.thanks-offer')
        : 'short.thanks'
  return {
    kind: 'short',
    title: 'title.short',
    blocks: [[p(first), p(extraLine ?? close)]],
  }
}

/** B4: the person who referred them hears first, with the same reason, and is thanked. */
function referrer(s: Situation, outcome: Outcome, mainReason: Reason | undefined): ScriptPlan {
  return {
    kind: 'referrer',
    title: 'title.referrer',
    hello: 'referrer.hello',
    blocks: [
      [
        p(
          byNo(noOf(outcome), {
            withdraw: 'referrer.news-withdraw',
            decline: 'referrer.news-decline',
            renege: 'referrer.news-renege',
          }),
        ),
        // The same reason the employer hears (B4).
        ...(mainReason ? [p(writtenReason(s, mainReason))] : []),
      ],
      [p('referrer.thanks')],
    ],
  }
}

/**
 * Germany (S8): after signing, the contract ends only with a written notice signed by hand, so
 * the plan gives that letter, to print, sign and post. Email can't carry it.
 */
function noticeLetter(s: Situation, outcome: Outcome): ScriptPlan[] {
  const notice = signedNotice(s, noOf(outcome))
  // UK through an agency (S7, B2): the recruiter is told and passes the news on, but the notice
  // goes to the employer, who is party to the contract; by email, as the UK allows.
  if (notice === 'uk' && viaAgency(s)) {
    return [
      {
        kind: 'notice',
        title: 'title.notice-uk',
        subject: 'email.subject.renege',
        hello: 'notice.hello-employer',
        blocks: [
          [p(apologyOwed(s) ? 'notice.uk-decision' : 'notice.uk-decision-plain'), p(ukNotice(s))],
        ],
      },
    ]
  }
  if (notice !== 'de') return []
  return [
    {
      kind: 'notice',
      title: 'title.notice',
      hello: 'notice.head',
      signOff: 'notice.sign-off',
      blocks: [[p('notice.terminate')], [p('notice.confirm')]],
    },
  ]
}

/** B9: what was asked, written down while fresh: for them to keep, never to send. */
function record(): ScriptPlan {
  return {
    kind: 'record',
    title: 'title.record',
    blocks: [
      [p('record.intro')],
      [
        p('record.when', 'label.record-when'),
        p('record.who', 'label.record-who'),
        p('record.what', 'label.record-what'),
        p('record.answer', 'label.record-answer'),
        p('record.witnesses', 'label.record-witnesses'),
      ],
    ],
  }
}

function referral(verdict: Outcome['verdict']): ScriptPlan {
  const intro = verdict === 'decline-offer' ? 'referral.intro-offer' : 'referral.intro'
  return {
    kind: 'referral',
    title: 'title.referral',
    subject: 'referral.subject',
    blocks: [[p(intro)], [p('referral.person'), p('referral.consent')]],
  }
}

/** Questions worth asking while still deciding (A20), by what worries them. */
function questions(s: Situation): Part[] {
  // Would only say yes to another role: ask about other roles first (A16).
  if (s.changeMind === 'different-role') {
    return [item('question.other-roles'), item('question.day-to-day'), item('question.other-work')]
  }
  const has = (r: Reason) => s.reasons.includes(r)
  if (has('pay') || s.changeMind === 'more-pay') {
    return [item('question.salary-range'), item('question.package'), item('question.other-work')]
  }
  if (has('role-mismatch') || has('level-mismatch')) {
    return [item('question.day-to-day'), item('question.success'), item('question.other-work')]
  }
  if (has('culture') || has('rude-interviewer')) {
    return [item('question.team'), item('question.disagreement'), item('question.other-work')]
  }
  if (has('logistics')) {
    return [item('question.hours'), item('question.flexibility'), item('question.other-work')]
  }
  return [item('question.typical-week'), item('question.success'), item('question.other-work')]
}

/** B3: the middle step, asked in writing before any withdrawal. */
function takeHomeEmail(): ScriptPlan {
  return {
    kind: 'email',
    title: 'title.email-take-home',
    subject: 'email.subject.take-home',
    blocks: [
      [p('take-home.thanks')],
      [
        p('take-home.ask'),
        item('take-home.time-limit'),
        item('take-home.scope'),
        item('take-home.paid'),
      ],
      [p('take-home.close')],
    ],
  }
}

function stayIn(s: Situation, { rule }: Outcome, channel: Channel): ScriptPlan[] {
  if (rule === 'take-home-ask') return [takeHomeEmail()]
  if (rule === 'negotiate') {
    // At the offer the words name the figure once (a slot to fill). Someone who'd turn it down
    // at this figure says so, as the one condition: no when it can't be met, and not before.
    const ifNotMet = (id: MessageId, label?: MessageId): Part[] =>
      s.certainty === 'certain' ? [p(id, label)] : []
    if (s.stage !== 'offer') {
      return [{ kind: 'say', title: 'title.say-raise-pay', blocks: [[p('say.raise-pay')]] }]
    }
    if (channel === 'email') {
      return [
        {
          kind: 'email',
          title: 'title.email-offer-reply',
          subject: 'email.subject.offer',
          blocks: [
            [p('offer.thanks-interest')],
            [p('offer.pay-gap'), p('offer.pay-question'), ...ifNotMet('offer.no-if-not')],
            [p('offer.talk-soon')],
          ],
        },
      ]
    }
    return [
      {
        kind: 'phone',
        title: 'title.phone',
        blocks: [
          [p('call.who', 'label.hello')],
          [
            p('offer.call-interest', 'label.thanks'),
            p('offer.call-pay', 'label.ask'),
            ...ifNotMet('offer.call-no-if-not', 'label.if-not'),
          ],
          [p('phone.pause')],
          [p('offer.call-close', 'label.close')],
        ],
      },
    ]
  }
  if (rule === 'weigh-offer') {
    if (channel === 'email') {
      return [
        {
          kind: 'email',
          title: 'title.email-offer-reply',
          subject: 'email.subject.offer',
          blocks: [
            [p('offer.ask-time')],
            [p('offer.questions-intro'), ...questions(s)],
            [p('offer.thanks-close')],
          ],
        },
      ]
    }
    return [
      {
        kind: 'phone',
        title: 'title.phone',
        blocks: [
          [p('call.who', 'label.hello')],
          [p('offer.call-time', 'label.ask')],
          [p('phone.pause')],
          [p('offer.call-questions', 'label.questions'), ...questions(s)],
        ],
      },
    ]
  }
  // Before or after an interview: the questions to take to the next conversation.
  return [
    {
      kind: 'say',
      title: s.nextInterview === 'none' ? 'title.questions-next-time' : 'title.questions',
      blocks: [[p('questions.intro')], questions(s)],
    },
  ]
}

export function scriptsFor(
  s: Situation,
  outcome: Outcome,
  channel: Channel,
  mainReason: Reason | undefined,
): ScriptPlan[] {
  const { rule, verdict } = outcome
  // A scam needs no polite words (B9); nor is anything sent while still deciding (B1).
  if (rule === 'scam') return []
  const scripts = rule === 'weigh-renege' ? [] : mainScripts(s, outcome, channel, mainReason)
  const no = saysNo(verdict)
  // The private record goes before the shortest version, which the plan calls "the two lines
  // at the end".
  const shortAt = scripts.findIndex((script) => script.kind === 'short')
  const ordered = s.reasons.includes('discrimination')
    ? shortAt >= 0
      ? [...scripts.slice(0, shortAt), record(), ...scripts.slice(shortAt)]
      : [...scripts, record()]
    : scripts
  return [
    ...(no && rule !== 'unsafe' && shapeOf(s.details.referrerName) !== 'none'
      ? [referrer(s, outcome, mainReason)]
      : []),
    ...ordered,
  ]
}

function mainScripts(
  s: Situation,
  outcome: Outcome,
  channel: Channel,
  mainReason: Reason | undefined,
): ScriptPlan[] {
  const { rule, verdict } = outcome
  // A referral and a later note soften a "no": they don't belong to leaving for safety or
  // walking out of an egregious interview, nor to staying in.
  // No cheerful note three months after going back on a yes: it would pass over the withdrawal
  // as if it hadn't happened, and any contact after that is better made when there's a reason.
  const extras = (): ScriptPlan[] => [
    ...(s.keepDoorOpen && someoneToKeepUpWith(s) && rule !== 'renege' ? [followUp(s)] : []),
    ...(shapeOf(s.details.referral?.name) !== 'none' ? [referral(verdict)] : []),
  ]
  switch (verdict) {
    case 'leave-now':
      // After walking out of an egregious interview, two lines make the written record the step
      // mentions (B8). Leaving for safety asks nothing more of them.
      return [
        leaveWords(s, rule),
        pushback(s, rule, verdict),
        ...(rule === 'unsafe-during' ? [] : [short(s, outcome, undefined)]),
      ]
    case 'end-early':
      return [endEarlyWords(s, rule, mainReason), pushback(s, rule, verdict), ...extras()]
    case 'finish-first':
      return rule === 'finish-first-certain'
        ? [
            endEarlyWords(s, rule, mainReason),
            pushback(s, rule, verdict),
            email(s, outcome, channel, mainReason),
            short(s, outcome, mainReason),
            ...extras(),
          ]
        : [email(s, outcome, channel, mainReason), short(s, outcome, mainReason), ...extras()]
    case 'withdraw':
    case 'decline-offer': {
      if (rule === 'unsafe') return [email(s, outcome, channel)]
      const call = channel === 'phone-then-email'
      return [
        ...(call ? [phone(s, outcome, mainReason), voicemail(s, outcome)] : []),
        email(s, outcome, channel, mainReason),
        ...noticeLetter(s, outcome),
        ...(call || verdict === 'decline-offer' || s.runBy === 'agency'
          ? [pushback(s, rule, verdict)]
          : []),
        short(s, outcome, mainReason),
        ...extras(),
      ]
    }
    case 'stay-in':
      return stayIn(s, outcome, channel)
  }
}
