import type { MessageId } from '@/lib/wording/message-ids'
import type { Source } from './types'

/*
 * Every article heading the engine cites, by the id of the message that makes the point. The
 * anchors are GitHub-style slugs of `##`/`###` headings in content/advice/<slug>.md; a test
 * checks that each one still exists, so renaming a heading fails loudly instead of linking
 * nowhere.
 */
const at = (slug: string, anchor: string): Source => ({ slug, anchor })

export const SOURCES = {
  // why
  'why.unsafe-leave': at('leaving-an-interview-at-once', 'if-you-feel-unsafe'),
  'why.unsafe-email': at('leaving-an-interview-at-once', 'if-you-feel-unsafe'),
  'why.withdraw-normal': at('withdrawing-is-normal', 'withdrawing-is-normal'),
  'why.withdraw-normal-unsure': at('withdrawing-is-normal', 'withdrawing-is-normal'),
  'why.egregious': at('leaving-an-interview-at-once', 'when-leaving-at-once-is-justified'),
  'why.egregious-misled': at('leaving-an-interview-at-once', 'when-leaving-at-once-is-justified'),
  'why.leave-courteously': at('leaving-an-interview-at-once', 'how-to-leave'),
  'why.negotiate': at('when-pay-is-the-reason', 'negotiate-before-you-walk'),
  'why.negotiate-offer': at('when-pay-is-the-reason', 'negotiate-before-you-walk'),
  'why.no-staged-exit': at('when-pay-is-the-reason', 'dont-stage-an-exit'),
  'why.be-direct-pay': at('when-pay-is-the-reason', 'be-direct-about-your-constraints'),
  'why.end-early-ok': at('ending-an-interview-early', 'when-ending-early-is-right'),
  'why.natural-pause': at('ending-an-interview-early', 'wait-for-a-natural-pause'),
  'why.see-it-through': at('when-to-finish-the-interview', 'reasons-to-see-it-through'),
  'why.see-it-through-door': at('when-to-finish-the-interview', 'reasons-to-see-it-through'),
  'why.door-open': at('keeping-the-door-open', 'separate-the-role-from-the-company'),
  'why.need-job': at('when-you-are-unsure', 'weigh-your-options'),
  'why.awkward-first': at('when-to-finish-the-interview', 'first-meetings-are-often-awkward'),
  'why.practice': at('when-to-finish-the-interview', 'interviewing-is-practice'),
  'why.ask-questions': at('when-you-are-unsure', 'ask-better-questions'),
  'why.ask-questions-offer': at('when-you-are-unsure', 'ask-better-questions'),
  'why.withdraw-after': at('when-to-finish-the-interview', 'withdraw-in-the-follow-up'),
  'why.tell-early': at('withdrawing-is-normal', 'tell-them-as-soon-as-you-know'),
  'why.say-so-now': at('backing-out-before-the-interview', 'say-so-right-away'),
  'why.say-so-now-different-role': at(
    'job-not-as-advertised',
    'dont-stay-hoping-to-reshape-the-job',
  ),
  'why.take-time': at('when-you-are-unsure', 'take-your-time'),
  'why.talk-to-people': at('when-you-are-unsure', 'talk-to-people-you-trust'),
  'why.decline-promptly': at('declining-a-job-offer', 'decline-promptly'),
  'why.short-beats-silence': at('withdrawing-is-normal', 'a-short-answer-beats-silence'),
  'why.email-early': at('call-or-email', 'before-the-phone-screen'),
  'why.email-after-screen': at('call-or-email', 'before-the-phone-screen'),
  'why.call-after-interviews': at('call-or-email', 'after-real-interviews-call'),
  'why.call-short-notice': at('call-or-email', 'before-the-phone-screen'),
  'why.call-then-write-offer': at('declining-a-job-offer', 'call-then-write'),
  // version 2 (shared/domain.md §6)
  'why.scam': at('discrimination-and-scams', 'what-to-do-about-a-scam'),
  'why.scam-after-interviews': at('discrimination-and-scams', 'what-to-do-about-a-scam'),
  'why.renege-no-apology': at('discrimination-and-scams', 'keep-the-withdrawal-neutral'),
  'why.renege-apologise': at('backing-out-after-accepting', 'apologise-and-tell-them-today'),
  'why.renege-call-first': at('backing-out-after-accepting', 'call-first-then-write'),
  'why.renege-be-sure': at('backing-out-after-accepting', 'check-what-you-signed'),
  'why.email-discrimination': at('discrimination-and-scams', 'keep-the-withdrawal-neutral'),
  'why.call-recruiter': at('when-a-recruiter-runs-the-process', 'tell-the-recruiter-first'),
  'why.take-home-ask': at('take-home-assessments', 'try-the-middle-step-first'),
  'why.take-home-size': at('take-home-assessments', 'size-up-the-task'),
  'why.take-home-withdraw': at('take-home-assessments', 'when-to-withdraw'),
  'why.take-home-moment': at('take-home-assessments', 'when-to-withdraw'),
  // cautions
  'caution.fear': at('when-you-are-unsure', 'check-for-fear'),
  'caution.fear-go': at('when-you-are-unsure', 'check-for-fear'),
  'caution.no-blame': at('withdrawing-is-normal', 'leave-out-the-blame'),
  'caution.no-blame-leaving': at('leaving-an-interview-at-once', 'how-to-leave'),
  'caution.reshape': at('job-not-as-advertised', 'dont-stay-hoping-to-reshape-the-job'),
  'caution.name-fit': at('job-not-as-advertised', 'name-the-role-that-would-fit'),
  'caution.name-fit-given': at('job-not-as-advertised', 'name-the-role-that-would-fit'),
  'caution.pay-during': at('when-to-finish-the-interview', 'low-pay-alone'),
  'caution.need-job': at('withdrawing-is-normal', 'weigh-how-much-you-need-the-job'),
  'caution.short-notice': at('backing-out-before-the-interview', 'the-24-hour-rule'),
  'caution.call-stands-out': at('call-or-email', 'after-real-interviews-call'),
  'caution.call-in-time': at('backing-out-before-the-interview', 'the-24-hour-rule'),
  // version 2 (shared/domain.md §6)
  'caution.record': at('discrimination-and-scams', 'write-down-what-happened'),
  'caution.deadline': at('discrimination-and-scams', 'claim-deadlines-are-short'),
  'caution.deadline-de': at('discrimination-and-scams', 'claim-deadlines-are-short'),
  'caution.signed-uk': at('backing-out-after-accepting', 'if-you-accepted-in-the-uk'),
  'caution.signed-de': at('backing-out-after-accepting', 'if-you-signed-in-germany'),
  'caution.signed-in': at('backing-out-after-accepting', 'if-you-accepted-in-india'),
  'caution.signed-other': at('backing-out-after-accepting', 'check-what-you-signed'),
  'caution.repay': at('backing-out-after-accepting', 'sign-on-and-relocation-money'),
  'caution.counter-offer': at(
    'backing-out-after-accepting',
    'a-counter-offer-from-your-current-employer',
  ),
  'caution.counter-offer-fix': at(
    'backing-out-after-accepting',
    'a-counter-offer-from-your-current-employer',
  ),
  'caution.call-renege': at('backing-out-after-accepting', 'call-first-then-write'),
  'caution.portal': at('closing-several-processes', 'withdrawing-in-an-application-portal'),
  'caution.benefits': at('withdrawing-while-claiming-benefits', 'give-a-reason-you-could-show'),
  'caution.campus': at('campus-and-graduate-schemes', 'cancel-at-least-48-hours-ahead'),
  'caution.agency-fixable': at('when-a-recruiter-runs-the-process', 'a-reason-they-could-fix'),
  'caution.campus-renege': at('campus-and-graduate-schemes', 'reneging-on-a-graduate-offer'),
} as const satisfies Partial<Record<MessageId, Source>>

export type CitedId = keyof typeof SOURCES
