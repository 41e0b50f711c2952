import { describe, expect, test } from 'vitest'
import { situationSchema, type Situation, type SituationInput } from '@/lib/situation'
import { loadCatalog } from '@/lib/wording/load'
import { createPlan } from '@/lib/wording/write'
import { decide } from './decide'

/*
 * The decision rows and notes of version 2 (shared/domain.md §6, moments B1–B10), one test per
 * row and per national note. Version 1 is guarded separately (lib/plan/v1-regression.test.ts).
 */

const base: SituationInput = {
  stage: 'accepted',
  progress: 'final',
  reasons: ['other-offer'],
  certainty: 'certain',
}
const sit = (overrides: Partial<SituationInput> = {}): Situation =>
  situationSchema.parse({ ...base, ...overrides })
const ids = (list: { id: string }[]) => list.map((item) => item.id)
const kinds = (d: { scripts: { kind: string }[] }) => d.scripts.map((script) => script.kind)
const plan = (s: Situation) => createPlan(s, loadCatalog())

describe('B1: going back on an accepted offer', () => {
  test('sure → withdraw the acceptance: call first, apologise, confirm in writing', () => {
    const d = decide(sit())
    expect(d).toMatchObject({ rule: 'renege', verdict: 'withdraw', channel: 'phone-then-email' })
    expect(ids(d.why)).toEqual([
      'why.renege-apologise',
      'why.renege-call-first',
      'why.short-beats-silence',
    ])
    expect(kinds(d)).toEqual(['phone', 'voicemail', 'email', 'pushback', 'short'])
    const words = plan(sit({ details: { role: 'Analyst' } }))
    expect(words.scripts.find((s) => s.kind === 'phone')?.body).toMatch(/sorry|apologise/i)
    expect(words.scripts.find((s) => s.kind === 'email')?.body).toMatch(/withdrawing my acceptance/)
  })

  test('preferring email still writes the apology, with a caution that a call is kinder', () => {
    const d = decide(sit({ channel: 'email' }))
    expect(d.channel).toBe('email')
    expect(ids(d.cautions)).toContain('caution.call-renege')
    expect(kinds(d)).toEqual(['email', 'short'])
  })

  test('not sure → wait a day or two, nothing sent yet', () => {
    const d = decide(sit({ certainty: 'leaning', signed: 'contract', country: 'uk' }))
    expect(d).toMatchObject({ rule: 'weigh-renege', verdict: 'stay-in', channel: 'none' })
    expect(d.scripts).toEqual([])
    expect(ids(d.cautions)).toEqual(['caution.signed-uk', 'caution.repay'])
    expect(d.steps).toEqual(['step.check-what-you-signed', 'step.talk-it-over', 'step.decide-fast'])
  })

  test.each([
    ['uk', 'caution.signed-uk', 'step.check-contract'],
    ['de', 'caution.signed-de', 'step.written-notice-de'],
    ['in', 'caution.signed-in', 'step.check-contract'],
    ['other', 'caution.signed-other', 'step.check-contract'],
  ] as const)('signed in %s: the national note, as something to check', (country, note, step) => {
    const d = decide(sit({ signed: 'contract', country }))
    expect(ids(d.cautions)).toEqual([note, 'caution.repay'])
    expect(d.steps).toContain(step)
    expect(d.steps).toContain('step.return-documents')
    const text = plan(sit({ signed: 'contract', country })).cautions[0]!.text
    expect(text).toMatch(/not legal advice/)
  })

  test('the German note says an email is not enough, and signed by hand before the start', () => {
    const text = plan(sit({ signed: 'offer-letter', country: 'de' })).cautions[0]!.text
    expect(text).toMatch(/signed by hand|sign by hand/)
    expect(text).toMatch(/email is not enough/)
  })

  test('signed in Germany: a notice to print and sign, which the email and the short version announce', () => {
    const s = sit({ signed: 'contract', country: 'de', details: { yourName: 'sam lee' } })
    expect(kinds(decide(s))).toEqual(['phone', 'voicemail', 'email', 'notice', 'pushback', 'short'])
    const words = plan(s)
    const notice = words.scripts.find((x) => x.kind === 'notice')!.body
    expect(notice).toMatch(/^\[your full name and address\]/)
    expect(notice).toMatch(
      /I hereby give notice to terminate the employment contract .* at the earliest date it allows/,
    )
    expect(notice).toMatch(/end the contract by mutual agreement/)
    expect(notice).toMatch(/\[your signature, by hand\]\nSam Lee$/)
    for (const kind of ['email', 'short'])
      expect(words.scripts.find((x) => x.kind === kind)!.body, kind).toMatch(
        /notice, signed by hand/,
      )
    // Nowhere else: signed in the UK, or nothing signed, there is no letter to post.
    expect(kinds(decide(sit({ signed: 'contract', country: 'uk' })))).not.toContain('notice')
    expect(kinds(decide(sit({ country: 'de' })))).not.toContain('notice')
  })

  test('signed in the UK: the written words give notice or ask to be released', () => {
    const words = plan(sit({ signed: 'contract', country: 'uk' }))
    for (const kind of ['email', 'short'])
      expect(words.scripts.find((x) => x.kind === kind)!.body, kind).toMatch(
        /As I've signed the contract, please take this email as my notice under it, or, if you're willing, release me from it/,
      )
    expect(
      plan(sit())
        .scripts.map((x) => x.body)
        .join('\n'),
    ).not.toMatch(/notice under/)
  })

  test('after a yes, the voicemail asks for the call back; the written words end on the apology', () => {
    const words = plan(sit({ details: { contactName: 'Dana' } }))
    expect(words.scripts.find((x) => x.kind === 'voicemail')!.body).toMatch(
      /please call me back on \[your number\]/,
    )
    expect(decide(sit()).steps).toContain('step.voicemail-renege')
    const email = words.scripts.find((x) => x.kind === 'email')!.body
    expect(email).toMatch(/^Hello Dana,\n\nFollowing my call today/)
    expect(email).not.toMatch(/good luck|every success|right person/i)
    expect(words.scripts.find((x) => x.kind === 'short')!.body).toMatch(
      /I'm sorry for the trouble this causes\.\n/,
    )
  })

  test('nothing signed: no national note, no documents to return', () => {
    const d = decide(sit({ country: 'de' }))
    expect(ids(d.cautions)).toEqual([])
    expect(d.steps).not.toContain('step.written-notice-de')
  })

  test('a counter-offer: no bargaining, and the reason given is staying', () => {
    const d = decide(sit({ reasons: ['counter-offer'] }))
    expect(ids(d.cautions)).toContain('caution.counter-offer')
    expect(d.mainReason).toBe('counter-offer')
  })
})

describe('B2: a recruiter runs the process', () => {
  test('the email asks them to pass it on; a reply to "just go to the final round"; end the agreement', () => {
    const s = sit({
      stage: 'after',
      runBy: 'agency',
      progress: 'screened',
      details: { company: 'Acme' },
    })
    const d = decide(s)
    expect(d.steps).toContain('step.end-representation')
    expect(kinds(d)).toContain('pushback')
    const words = plan(s)
    expect(words.scripts.find((x) => x.kind === 'email')?.body).toMatch(/let Acme know/)
    // "Just go to the final round": staying in would only take up their time.
    expect(words.scripts.find((x) => x.kind === 'pushback')?.body).toMatch(/staying in/)
  })
})

describe('B3: a take-home task', () => {
  test('not sure → the middle step: ask for a time limit, a smaller task or payment', () => {
    const s = sit({
      stage: 'after',
      certainty: 'leaning',
      takeHome: true,
      details: { role: 'Designer' },
    })
    const d = decide(s)
    expect(d).toMatchObject({ rule: 'take-home-ask', verdict: 'stay-in', channel: 'email' })
    expect(kinds(d)).toEqual(['email'])
    const email = plan(s).scripts[0]!
    expect(email.body).toMatch(/time limit/)
    expect(email.body).toMatch(/smaller version/)
    expect(email.body).toMatch(/paid/)
    expect(d.steps.at(-1)).toBe('step.withdraw-if-unpaid')
  })

  test('sure → withdraw, with the unpaid hours as a fair reason', () => {
    const d = decide(sit({ stage: 'after', takeHome: true }))
    expect(d.verdict).toBe('withdraw')
    expect(ids(d.why)).toContain('why.take-home-withdraw')
  })
})

describe('B4: someone referred them', () => {
  test('the referrer hears first: a step and a note of their own, with the same reason', () => {
    const s = sit({ stage: 'after', details: { referrerName: 'Jo Park', company: 'Acme' } })
    const d = decide(s)
    expect(d.steps[0]).toBe('step.tell-referrer')
    expect(kinds(d)[0]).toBe('referrer')
    const note = plan(s).scripts[0]!
    expect(note.body).toMatch(/^Hello Jo,|^Hi Jo,/)
    expect(note.body).toMatch(/another offer/)
    expect(plan(s).steps[0]).toMatch(/Tell Jo Park first/)
  })

  test('no referrer named: no note', () => {
    expect(kinds(decide(sit({ stage: 'after' })))).not.toContain('referrer')
  })
})

describe('B6, B7, B10: portal, benefits, campus', () => {
  test('a portal: its button can be final, so a person hears first', () => {
    const d = decide(sit({ stage: 'after', portal: true }))
    expect(ids(d.cautions)).toContain('caution.portal')
    expect(d.steps.at(-1)).toBe('step.portal-after')
  })

  test('benefits: a reason you could show, and a copy kept', () => {
    const d = decide(sit({ stage: 'after', benefits: true }))
    expect(ids(d.cautions)).toContain('caution.benefits')
    expect(d.steps).toContain('step.keep-copy')
    expect(plan(sit({ stage: 'after', benefits: true })).cautions.at(-1)?.text).toMatch(
      /never just "not interested"/,
    )
    // A practical reason is named, by them, in every written version: "the practical side" alone
    // is nothing a benefits office could check.
    const practical = plan(sit({ stage: 'after', benefits: true, reasons: ['logistics'] }))
    for (const kind of ['email', 'short'])
      expect(practical.scripts.find((x) => x.kind === kind)!.body, kind).toContain(
        '[the travel, the hours, the location or a caring need: say which]',
      )
    const without = plan(sit({ stage: 'after', reasons: ['logistics'] }))
    expect(without.scripts.map((x) => x.body).join('\n')).not.toContain('say which')
  })

  test('campus: the careers office, 48 hours; after accepting, the policy on reneging', () => {
    expect(ids(decide(sit({ stage: 'before', campus: true })).cautions)).toContain('caution.campus')
    expect(decide(sit({ stage: 'before', campus: true })).steps).toContain(
      'step.copy-careers-office',
    )
    expect(ids(decide(sit({ campus: true })).cautions)).toContain('caution.campus-renege')
  })

  test('none of them when staying in', () => {
    const d = decide(
      sit({ stage: 'after', certainty: 'unsure', portal: true, benefits: true, campus: true }),
    )
    expect(d.verdict).toBe('stay-in')
    expect(ids(d.cautions)).toEqual([])
  })
})

describe('B9: discriminatory questions, or a scam', () => {
  test('a scam: stop, send nothing, report, and no words to send at all', () => {
    for (const stage of ['before', 'after', 'offer', 'accepted'] as const) {
      const d = decide(sit({ stage, reasons: ['scam', 'pay'], benefits: true, portal: true }))
      expect(d.rule).toBe('scam')
      expect(d.channel).toBe('none')
      expect(d.scripts).toEqual([])
      expect(d.cautions).toEqual([])
      expect(d.steps).toEqual([
        'step.scam-stop',
        'step.scam-send-nothing',
        'step.scam-report',
        'step.scam-bank',
      ])
    }
    expect(decide(sit({ stage: 'during', reasons: ['scam'] })).verdict).toBe('leave-now')
  })

  test('feeling unsafe still comes first', () => {
    expect(decide(sit({ stage: 'during', reasons: ['scam', 'unsafe'] })).rule).toBe('unsafe-during')
  })

  test('discrimination: a neutral withdrawal, a private record, and the deadline note', () => {
    const s = sit({ stage: 'after', reasons: ['discrimination'], details: { company: 'Acme' } })
    const d = decide(s)
    expect(d.verdict).toBe('withdraw')
    expect(ids(d.cautions).slice(0, 2)).toEqual(['caution.record', 'caution.deadline'])
    expect(d.steps[0]).toBe('step.write-record')
    // The record comes before the shortest version, which the plan calls "the two lines at the end".
    expect(kinds(d).slice(-2)).toEqual(['record', 'short'])
    const words = plan(s)
    const email = words.scripts.find((x) => x.kind === 'email')!.body
    expect(email).not.toMatch(/discriminat|illegal|inappropriate/i)
    expect(words.scripts.at(-2)!.body).toMatch(/What they asked: \[each question/)
    // No call is owed to the people who asked: an email leaves a record.
    expect(d.channel).toBe('email')
    expect(ids(decide({ ...s, country: 'de' }).cautions)).toContain('caution.deadline-de')
  })
})
