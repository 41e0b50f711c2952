import { describe, expect, test } from 'vitest'
import { loadArticles } from '@/lib/content/articles'
import { situationSchema, type Situation, type SituationInput } from '@/lib/situation'
import { decide } from './decide'
import { SOURCES } from './sources'

const base: SituationInput = {
  stage: 'after',
  progress: 'interviewed',
  reasons: ['role-mismatch'],
  certainty: 'certain',
}
const sit = (overrides: Partial<SituationInput> = {}): Situation =>
  situationSchema.parse({ ...base, ...overrides })
const cautionKeys = (s: Situation) => decide(s).cautions.map((c) => c.id)
const whyKeys = (s: Situation) => decide(s).why.map((c) => c.id)
/** The kinds of script a decision writes, in order. */
const kinds = (d: { scripts: { kind: string }[] }) => d.scripts.map((script) => script.kind)

describe('decision table (first matching row wins)', () => {
  test('row 1: unsafe during → leave-now, no explanation owed', () => {
    const d = decide(sit({ stage: 'during', reasons: ['unsafe'], certainty: 'unsure' }))
    expect(d).toMatchObject({ rule: 'unsafe-during', verdict: 'leave-now', channel: 'in-person' })
    expect(d.mainReason).toBeUndefined()
    expect(kinds(d)).toEqual(['say', 'pushback'])
  })

  test('row 1: unsafe before or after → withdraw by email, even after interviews', () => {
    for (const stage of ['before', 'after'] as const) {
      const d = decide(
        sit({ stage, reasons: ['pay', 'unsafe'], progress: 'final', channel: 'phone' }),
      )
      expect(d).toMatchObject({ rule: 'unsafe', verdict: 'withdraw', channel: 'email' })
      expect(kinds(d)).toEqual(['email'])
    }
  })

  test('row 1: unsafe at the offer → decline-offer by email', () => {
    const d = decide(sit({ stage: 'offer', reasons: ['unsafe'], certainty: 'unsure' }))
    expect(d).toMatchObject({ rule: 'unsafe', verdict: 'decline-offer', channel: 'email' })
  })

  test('row 1 wins over row 2: unsafe and rude during → the unsafe rule', () => {
    expect(decide(sit({ stage: 'during', reasons: ['rude-interviewer', 'unsafe'] })).rule).toBe(
      'unsafe-during',
    )
  })

  test('row 2: during with rude-interviewer, certain or leaning → leave-now', () => {
    for (const certainty of ['certain', 'leaning'] as const) {
      const d = decide(sit({ stage: 'during', reasons: ['rude-interviewer'], certainty }))
      expect(d).toMatchObject({ rule: 'egregious', verdict: 'leave-now', channel: 'in-person' })
      // The two lines the last step offers as a written record (B8).
      expect(kinds(d)).toEqual(['say', 'pushback', 'short'])
      expect(d.steps.at(-1)).toBe('step.nothing-more-owed')
    }
  })

  test('row 2: during with misled-format → leave-now', () => {
    const d = decide(sit({ stage: 'during', reasons: ['misled-format'], certainty: 'leaning' }))
    expect(d.verdict).toBe('leave-now')
  })

  test('row 2 does not apply when unsure: rude but unsure → finish-first', () => {
    const d = decide(sit({ stage: 'during', reasons: ['rude-interviewer'], certainty: 'unsure' }))
    expect(d).toMatchObject({ rule: 'finish-first-unsure', verdict: 'finish-first' })
  })

  test('row 2 wins over row 3: misled-format and more-pay while leaning → leave-now', () => {
    const d = decide(
      sit({
        stage: 'during',
        reasons: ['misled-format'],
        certainty: 'leaning',
        changeMind: 'more-pay',
      }),
    )
    expect(d.verdict).toBe('leave-now')
  })

  test('row 3: more-pay and not certain → stay-in at every stage', () => {
    for (const stage of ['before', 'during', 'after', 'offer'] as const) {
      for (const certainty of ['leaning', 'unsure'] as const) {
        const d = decide(sit({ stage, reasons: ['pay'], certainty, changeMind: 'more-pay' }))
        expect(d).toMatchObject({ rule: 'negotiate', verdict: 'stay-in' })
        expect(whyKeys(sit({ stage, certainty, changeMind: 'more-pay' }))).toContain(
          'why.no-staged-exit',
        )
      }
    }
  })

  test('row 3 needs doubt: more-pay but certain → the later rows decide', () => {
    expect(decide(sit({ changeMind: 'more-pay', certainty: 'certain' })).verdict).toBe('withdraw')
  })

  test('row 4: during, certain, no urgent need, door not kept open → end-early', () => {
    const d = decide(sit({ stage: 'during', needJob: 'not-really' }))
    expect(d).toMatchObject({ rule: 'end-early', verdict: 'end-early', channel: 'in-person' })
    expect(kinds(d)).toEqual(['say', 'pushback'])
  })

  test('row 4: during, certain, keepDoorOpen → finish-first with the end-early words', () => {
    const d = decide(sit({ stage: 'during', keepDoorOpen: true }))
    expect(d).toMatchObject({ rule: 'finish-first-certain', verdict: 'finish-first' })
    expect(kinds(d)).toEqual(['say', 'pushback', 'email', 'short', 'follow-up'])
    expect(d.why.map((c) => c.id)).toContain('why.door-open')
  })

  test('row 4: during, certain, urgent need → finish-first with the end-early words', () => {
    const d = decide(sit({ stage: 'during', needJob: 'urgent' }))
    expect(d).toMatchObject({ rule: 'finish-first-certain', verdict: 'finish-first' })
    expect(kinds(d)).toContain('say')
    expect(d.why.map((c) => c.id)).toContain('why.need-job')
  })

  test('row 4: during, leaning or unsure → finish-first, decide afterwards', () => {
    for (const certainty of ['leaning', 'unsure'] as const) {
      const d = decide(sit({ stage: 'during', certainty }))
      expect(d).toMatchObject({ rule: 'finish-first-unsure', verdict: 'finish-first' })
      expect(kinds(d)).toEqual(['email', 'short'])
      expect(d.why.map((c) => c.id)).toEqual([
        'why.awkward-first',
        'why.practice',
        'why.ask-questions',
        'why.withdraw-after',
      ])
    }
  })

  test('row 5: before or after, certain → withdraw', () => {
    for (const stage of ['before', 'after'] as const) {
      expect(decide(sit({ stage })).verdict).toBe('withdraw')
    }
    expect(whyKeys(sit({ stage: 'before' }))).toContain('why.say-so-now')
    expect(whyKeys(sit({ stage: 'after' }))).toContain('why.tell-early')
  })

  test('row 5: leaning with changeMind = different-role → withdraw', () => {
    const d = decide(sit({ stage: 'before', certainty: 'leaning', changeMind: 'different-role' }))
    expect(d).toMatchObject({ rule: 'withdraw', verdict: 'withdraw' })
  })

  test('row 5: otherwise → stay-in: go, ask questions, decide after', () => {
    for (const [certainty, changeMind] of [
      ['leaning', 'nothing'],
      ['unsure', 'nothing'],
      ['unsure', 'different-role'],
    ] as const) {
      const d = decide(sit({ stage: 'before', certainty, changeMind }))
      expect(d).toMatchObject({ rule: 'go-and-decide', verdict: 'stay-in' })
    }
  })

  test('row 6: offer, certain → decline-offer', () => {
    expect(decide(sit({ stage: 'offer' }))).toMatchObject({
      rule: 'decline-offer',
      verdict: 'decline-offer',
    })
  })

  test('row 6: offer, not certain → stay-in', () => {
    for (const certainty of ['leaning', 'unsure'] as const) {
      expect(decide(sit({ stage: 'offer', certainty }))).toMatchObject({
        rule: 'weigh-offer',
        verdict: 'stay-in',
      })
    }
  })
})

describe('channel rules', () => {
  test('words said in the interview are in-person: leave-now, end-early, finish-first', () => {
    for (const channel of ['phone', 'email', 'either'] as const) {
      expect(decide(sit({ stage: 'during', reasons: ['unsafe'], channel })).channel).toBe(
        'in-person',
      )
      expect(decide(sit({ stage: 'during', needJob: 'not-really', channel })).channel).toBe(
        'in-person',
      )
      expect(decide(sit({ stage: 'during', certainty: 'unsure', channel })).channel).toBe(
        'in-person',
      )
    }
  })

  test('stay-in before, during or after is in-person: the questions are asked at the interview', () => {
    for (const stage of ['before', 'during', 'after'] as const) {
      const s = sit({ stage, certainty: 'leaning', changeMind: 'more-pay', channel: 'email' })
      expect(decide(s).channel).toBe('in-person')
      expect(kinds(decide(s))).toEqual(['say'])
    }
  })

  test('stay-in at the offer follows the preference: email if email, else phone', () => {
    const at = (channel: 'phone' | 'email' | 'either') =>
      decide(sit({ stage: 'offer', certainty: 'unsure', channel }))
    expect([at('email').channel, kinds(at('email'))]).toEqual(['email', ['email']])
    expect([at('phone').channel, kinds(at('phone'))]).toEqual(['phone', ['phone']])
    expect([at('either').channel, kinds(at('either'))]).toEqual(['phone', ['phone']])
  })

  test('withdraw after applying or a phone screen → email, whatever the preference', () => {
    for (const progress of ['applied', 'screened'] as const) {
      for (const channel of ['phone', 'email', 'either'] as const) {
        const d = decide(sit({ stage: 'before', progress, channel }))
        expect(d.channel).toBe('email')
        expect(d.emailInsteadOfCall).toBe(false)
        expect(kinds(d)).not.toContain('phone')
      }
    }
    // "Only applied" and "a phone screen" are told apart: only one of them has spoken to anyone.
    expect(whyKeys(sit({ stage: 'before', progress: 'applied' }))).toContain('why.email-early')
    expect(whyKeys(sit({ stage: 'before', progress: 'screened' }))).toContain(
      'why.email-after-screen',
    )
  })

  test('withdraw or decline after real interviews → phone-then-email', () => {
    for (const progress of ['interviewed', 'final'] as const) {
      for (const stage of ['after', 'offer'] as const) {
        const d = decide(sit({ stage, progress }))
        expect(d.channel).toBe('phone-then-email')
        expect(kinds(d).slice(0, 3)).toEqual(['phone', 'voicemail', 'email'])
      }
    }
    expect(whyKeys(sit({ stage: 'offer', progress: 'final' }))).toContain(
      'why.call-then-write-offer',
    )
    expect(whyKeys(sit({ progress: 'final' }))).toContain('why.call-after-interviews')
  })

  test('withdraw with the next interview within 24 hours → phone-then-email, even when only applied', () => {
    const d = decide(sit({ stage: 'before', progress: 'applied', nextInterview: 'within24h' }))
    expect(d.channel).toBe('phone-then-email')
    expect(d.why.map((c) => c.id)).toContain('why.call-short-notice')
  })

  test('within 24 hours means nothing at the offer: no interview is left to cancel', () => {
    const d = decide(sit({ stage: 'offer', progress: 'screened', nextInterview: 'within24h' }))
    expect(d.channel).toBe('email')
    expect(d.cautions.map((c) => c.id)).not.toContain('caution.short-notice')
  })

  test('a preference for email when a call is advised keeps the email and adds a caution', () => {
    for (const s of [
      sit({ progress: 'interviewed', channel: 'email' }),
      sit({ stage: 'offer', progress: 'final', channel: 'email' }),
    ]) {
      const d = decide(s)
      expect(d.channel).toBe('email')
      expect(d.emailInsteadOfCall).toBe(true)
      expect(kinds(d)).not.toContain('phone')
      expect(cautionKeys(s)).toContain('caution.call-stands-out')
    }
    // Short notice: the caution is about the email arriving in time, not about standing out.
    const soon = sit({
      stage: 'before',
      progress: 'applied',
      nextInterview: 'within24h',
      channel: 'email',
    })
    expect(decide(soon).emailInsteadOfCall).toBe(true)
    expect(cautionKeys(soon)).toContain('caution.call-in-time')
    expect(cautionKeys(soon)).not.toContain('caution.call-stands-out')
  })

  test('unsafe → email, with no caution about calls', () => {
    const s = sit({ reasons: ['unsafe'], progress: 'final', channel: 'email' })
    expect(decide(s)).toMatchObject({ channel: 'email', emailInsteadOfCall: false })
    expect(cautionKeys(s)).not.toContain('caution.call-stands-out')
  })
})

describe('cautions', () => {
  test('fearOfInterviewing → check it is not fear (A18)', () => {
    expect(cautionKeys(sit({ fearOfInterviewing: true }))).toContain('caution.fear')
    expect(cautionKeys(sit({ fearOfInterviewing: false }))).not.toContain('caution.fear')
  })

  test('explain = full → leave out the blame (A3)', () => {
    expect(cautionKeys(sit({ explain: 'full' }))).toContain('caution.no-blame')
    expect(cautionKeys(sit({ explain: 'brief' }))).not.toContain('caution.no-blame')
  })

  test('changeMind = different-role → reshaping rarely works, name the role that fits (A4, A24)', () => {
    expect(cautionKeys(sit({ changeMind: 'different-role' }))).toEqual([
      'caution.reshape',
      'caution.name-fit',
    ])
    expect(cautionKeys(sit({ changeMind: 'nothing' }))).toEqual([])
  })

  test('needJob = urgent → walking away is easiest with options (A8)', () => {
    expect(cautionKeys(sit({ needJob: 'urgent' }))).toContain('caution.need-job')
    expect(cautionKeys(sit({ needJob: 'somewhat' }))).not.toContain('caution.need-job')
  })

  test('within 24 hours and withdrawing → short notice (A23); going anyway → none', () => {
    expect(cautionKeys(sit({ stage: 'before', nextInterview: 'within24h' }))).toContain(
      'caution.short-notice',
    )
    expect(
      cautionKeys(sit({ stage: 'before', nextInterview: 'within24h', certainty: 'unsure' })),
    ).not.toContain('caution.short-notice')
  })

  test('email instead of an advised call → a call stands out (A27)', () => {
    expect(cautionKeys(sit({ channel: 'email' }))).toContain('caution.call-stands-out')
    expect(cautionKeys(sit({ channel: 'either' }))).not.toContain('caution.call-stands-out')
  })

  test('all at once: every caution once, no duplicates', () => {
    const keys = cautionKeys(
      sit({
        stage: 'before',
        nextInterview: 'within24h',
        fearOfInterviewing: true,
        explain: 'full',
        changeMind: 'different-role',
        needJob: 'urgent',
        channel: 'email',
      }),
    )
    expect(keys).toEqual([
      'caution.fear',
      'caution.no-blame',
      'caution.reshape',
      'caution.name-fit',
      'caution.need-job',
      'caution.short-notice',
      'caution.call-in-time',
    ])
  })

  test('feeling unsafe is not weighed against nerves, money or a future role: no cautions', () => {
    for (const stage of ['before', 'during', 'offer'] as const) {
      const s = sit({
        stage,
        reasons: ['unsafe'],
        fearOfInterviewing: true,
        explain: 'full',
        needJob: 'urgent',
        changeMind: 'different-role',
      })
      expect(cautionKeys(s)).toEqual([])
    }
  })
})

describe('scripts and the one reason', () => {
  test('keepDoorOpen adds a follow-up; a referral name adds a referral', () => {
    const d = decide(
      sit({
        stage: 'before',
        progress: 'applied',
        keepDoorOpen: true,
        details: { contactName: 'Dana', referral: { name: 'Priya' } },
      }),
    )
    expect(kinds(d)).toEqual(['email', 'short', 'follow-up', 'referral'])
  })

  test('declining an offer always prepares a reply to pushback', () => {
    expect(kinds(decide(sit({ stage: 'offer', progress: 'screened' })))).toEqual([
      'email',
      'pushback',
      'short',
    ])
  })

  test('every withdrawal and decline offers its shortest honest version, and says why (B8)', () => {
    for (const s of [
      sit({ stage: 'before', progress: 'applied' }),
      sit({ progress: 'final' }),
      sit({ stage: 'offer', progress: 'final', channel: 'email' }),
    ]) {
      const d = decide(s)
      expect(kinds(d)).toContain('short')
      expect(d.why.map((c) => c.id)).toContain('why.short-beats-silence')
    }
    // After feeling unsafe the email is already two lines: no second version, no nudge.
    const unsafe = decide(sit({ reasons: ['unsafe'] }))
    expect(kinds(unsafe)).toEqual(['email'])
    expect(unsafe.why.map((c) => c.id)).not.toContain('why.short-beats-silence')
    // Nothing to be silent about while staying in.
    expect(kinds(decide(sit({ certainty: 'unsure' })))).not.toContain('short')
  })

  test('the contrast line wins the one reason when the posting’s words were given (A7)', () => {
    const s = sit({ reasons: ['other-offer', 'role-mismatch'], details: { actual: 'sales' } })
    expect(decide(s).mainReason).toBe('role-mismatch')
    expect(decide(sit({ reasons: ['other-offer', 'role-mismatch'] })).mainReason).toBe(
      'other-offer',
    )
  })

  test('a neutral reason beats rudeness; explain = none gives no reason at all', () => {
    expect(decide(sit({ reasons: ['rude-interviewer', 'culture'] })).mainReason).toBe('culture')
    expect(decide(sit({ explain: 'none' })).mainReason).toBeUndefined()
  })

  test('decide is pure: same situation, same decision', () => {
    const s = sit({ stage: 'during', keepDoorOpen: true, fearOfInterviewing: true })
    expect(decide(s)).toEqual(decide(structuredClone(s)))
  })
})

test('every source the rules can cite is a real article heading', () => {
  const anchors = new Set(
    loadArticles().flatMap((article) => article.toc.map((entry) => `${article.slug}#${entry.id}`)),
  )
  const missing = Object.entries(SOURCES)
    .filter(([, source]) => !anchors.has(`${source.slug}#${source.anchor}`))
    .map(([key, source]) => `${key} → ${source.slug}#${source.anchor}`)
  expect(missing).toEqual([])
})

describe('what the words exposed: the rules agree with the answers', () => {
  test('fear of interviewing turns end-early into finish-first (A18, A14)', () => {
    const calm = decide(sit({ stage: 'during', needJob: 'not-really' }))
    const afraid = decide(sit({ stage: 'during', needJob: 'not-really', fearOfInterviewing: true }))
    expect(calm.verdict).toBe('end-early')
    expect(afraid).toMatchObject({ verdict: 'finish-first', rule: 'finish-first-certain' })
    expect(afraid.cautions.map((c) => c.id)).toEqual(['caution.fear-go'])
  })

  test('more pay leads to negotiating only when not certain; when certain, pay is the reason named (A25)', () => {
    const leaning = decide(
      sit({ certainty: 'leaning', changeMind: 'more-pay', reasons: ['culture'] }),
    )
    expect(leaning.rule).toBe('negotiate')
    const certain = decide(
      sit({ changeMind: 'more-pay', reasons: ['culture'], keepDoorOpen: true }),
    )
    expect(certain.verdict).toBe('withdraw')
    expect(certain.mainReason).toBe('pay')
    const email = certain.scripts.find((script) => script.kind === 'email')!
    expect(email.blocks.flat().map((part) => part.id)).toContain('door.pay-ask')
    // Asked why on the call, or pushed to stay, they say pay would change it, not that it can't.
    const said = (kind: string) =>
      certain.scripts
        .filter((script) => script.kind === kind)
        .flatMap((script) => script.blocks.flat().map((part) => part.id))
    expect(said('phone')).toContain('spoken.reason.pay-open')
    expect(said('phone')).not.toContain('spoken.reason.pay')
    expect(said('pushback')).toEqual(['pushback.pay-open'])
    // Pay named for itself, with nothing that would change it, stays a firm reason.
    const firm = decide(sit({ reasons: ['pay'], changeMind: 'nothing' }))
    expect(firm.scripts.flatMap((script) => script.blocks.flat().map((part) => part.id))).toContain(
      'spoken.reason.pay',
    )
  })

  test('keep-in-touch steps follow how far they got (A28)', () => {
    const applied = decide(
      sit({
        stage: 'before',
        progress: 'applied',
        keepDoorOpen: true,
        details: { contactName: 'Dana' },
      }),
    )
    const met = decide(sit({ progress: 'interviewed', keepDoorOpen: true }))
    expect(applied.steps).toContain('step.save-contact')
    expect(applied.steps).not.toContain('step.save-contacts')
    expect(met.steps).toContain('step.save-contacts')
    // Someone who only applied has not "spoken" with anyone: the later note says so.
    const note = applied.scripts.find((script) => script.kind === 'follow-up')!
    expect(note.blocks.flat().map((part) => part.id)).toContain('follow-up.open-applied')
    // Only applied, with nobody to name: no note months later to an inbox, and no step for one.
    const nobody = decide(sit({ stage: 'before', progress: 'applied', keepDoorOpen: true }))
    expect(kinds(nobody)).not.toContain('follow-up')
    expect(nobody.steps).not.toContain('step.follow-up-later')
    expect(nobody.steps).toContain('step.save-contact')
  })

  test('"go to the interview" only when one is booked', () => {
    const booked = decide(sit({ stage: 'after', certainty: 'unsure', nextInterview: 'later' }))
    const none = decide(sit({ stage: 'after', certainty: 'unsure', nextInterview: 'none' }))
    expect(booked.headline).toBe('headline.go-and-decide')
    expect(booked.steps).toContain('step.go-prepared')
    expect(none.headline).toBe('headline.stay-in-no-interview')
    expect(none.steps).not.toContain('step.go-prepared')
    expect(none.scripts[0]!.title).toBe('title.questions-next-time')
  })

  test('"you\'re sure" only when they are: leaning with a different role gets its own reason', () => {
    const sure = decide(sit({ stage: 'before', progress: 'screened' }))
    const leaning = decide(
      sit({
        stage: 'before',
        progress: 'screened',
        certainty: 'leaning',
        changeMind: 'different-role',
      }),
    )
    expect(sure.why.map((c) => c.id)).toContain('why.say-so-now')
    expect(leaning.verdict).toBe('withdraw')
    expect(leaning.why.map((c) => c.id)).toContain('why.say-so-now-different-role')
    expect(leaning.why.map((c) => c.id)).not.toContain('why.say-so-now')
  })

  test('a caution that says the words name the better fit only comes with words that do', () => {
    const named = decide(
      sit({ changeMind: 'different-role', details: { betterFit: 'more research' } }),
    )
    expect(named.cautions.map((c) => c.id)).toContain('caution.name-fit-given')
    // Staying in writes no withdrawal, so there is nothing to name the role in: no such caution.
    const staying = decide(
      sit({ stage: 'offer', certainty: 'unsure', changeMind: 'different-role' }),
    )
    expect(staying.cautions.map((c) => c.id)).not.toContain('caution.name-fit')
  })

  test('what matters most is in every version: the declined offer, the missed interview, the why', () => {
    const idsOf = (d: ReturnType<typeof decide>, kind: string) =>
      d.scripts
        .filter((script) => script.kind === kind)
        .flatMap((script) => [script.subject, ...script.blocks.flat().map((part) => part.id)])
    // Declining: the subject says so, and the offer is thanked for on the call and in writing.
    const decline = decide(sit({ stage: 'offer', progress: 'final' }))
    expect(decline.verdict).toBe('decline-offer')
    expect(idsOf(decline, 'email')).toContain('email.subject.decline')
    expect(idsOf(decline, 'email')).toContain('thanks.after-call-offer')
    expect(idsOf(decline, 'phone')).toContain('phone.thanks-offer')
    // The interview is less than a day away: the confirmation and the two lines both say they
    // won't be there.
    const tomorrow = decide(
      sit({ stage: 'before', progress: 'screened', nextInterview: 'within24h' }),
    )
    expect(idsOf(tomorrow, 'email')).toContain('email.short-notice')
    // In the two lines it is folded into the decision, so they stay two sentences (B8).
    expect(idsOf(tomorrow, 'short')).toContain('short.withdraw-short-notice')
    // No reason to give: the call still has an answer ready for "why?", one that gives none.
    const none = decide(sit({ explain: 'none' }))
    expect(none.mainReason).toBeUndefined()
    expect(idsOf(none, 'phone')).toContain('spoken.reason.none')
    expect(idsOf(decide(sit()), 'phone')).not.toContain('spoken.reason.none')
  })

  test('in the room, pay alone comes with the reminder that it can still be raised (A15)', () => {
    const during = (reasons: SituationInput['reasons']) =>
      cautionKeys(sit({ stage: 'during', reasons }))
    expect(during(['pay'])).toContain('caution.pay-during')
    // Pay among other reasons, or pay after the interview, is not "low pay alone" in the room.
    expect(during(['pay', 'culture'])).not.toContain('caution.pay-during')
    expect(cautionKeys(sit({ reasons: ['pay'] }))).not.toContain('caution.pay-during')
  })

  test('after discriminatory questions, advice comes before anything is sent', () => {
    const d = decide(sit({ reasons: ['discrimination'] }))
    expect(d.headline).toBe('headline.withdraw-email-record')
    expect(d.steps.slice(0, 3)).toEqual([
      'step.write-record',
      'step.advice-before-sending',
      'step.send-email',
    ])
  })

  test('thanks never praise an interview that went badly', () => {
    const rude = decide(
      sit({ stage: 'offer', progress: 'final', reasons: ['rude-interviewer'], channel: 'email' }),
    )
    const email = rude.scripts.find((script) => script.kind === 'email')!
    expect(email.blocks.flat().map((part) => part.id)).toContain('thanks.chosen')
    const fine = decide(
      sit({ stage: 'offer', progress: 'final', reasons: ['pay'], channel: 'email' }),
    )
    const thanks = fine.scripts.find((script) => script.kind === 'email')!.blocks.flat()
    expect(thanks.map((part) => part.id)).toContain('thanks.offer')
  })
})
