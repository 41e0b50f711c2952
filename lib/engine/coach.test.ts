import { describe, expect, test } from 'vitest'
import { situationSchema, type Situation, type SituationInput } from '@/lib/situation'
import { loadCatalog } from '@/lib/wording/load'
import { createPlan } from '@/lib/wording/write'
import { decide } from './decide'

/*
 * Issue 22: texts a career coach would not let a client send. One test per rule the coach
 * disputed, each on the engine's choice and on the words it leads to.
 */

const base: SituationInput = {
  stage: 'after',
  progress: 'interviewed',
  reasons: ['other-offer'],
  certainty: 'certain',
}
const sit = (overrides: Partial<SituationInput> = {}): Situation =>
  situationSchema.parse({ ...base, ...overrides })
const ids = (list: { id: string }[]) => list.map((item) => item.id)
const plan = (s: Situation) => createPlan(s, loadCatalog())
const scriptsText = (s: Situation) =>
  plan(s)
    .scripts.map((x) => `${x.subject ?? ''}\n${x.body}`)
    .join('\n')
const body = (s: Situation, kind: string) => plan(s).scripts.find((x) => x.kind === kind)?.body

describe('agencies by stage (B2)', () => {
  test('at the offer the recruiter hears no talk of a final round: a better package would not change it', () => {
    const s = sit({ stage: 'offer', runBy: 'agency', reasons: ['pay'] })
    expect(decide(s).verdict).toBe('decline-offer')
    const pushback = body(s, 'pushback')!
    expect(pushback).not.toMatch(/round/)
    expect(pushback).toMatch(/better package/)
    // The offer is the employer's, passed on: not "your offer", and no thanks for choosing them.
    const text = scriptsText(s)
    expect(text).not.toMatch(/your offer|choosing me/)
    expect(text).toMatch(/putting me forward/)
    expect(decide(s).headline).toBe('headline.decline-call-recruiter')
    // After a rude interview or feeling unsafe too.
    for (const reason of ['rude-interviewer', 'unsafe'] as const)
      expect(scriptsText(sit({ stage: 'offer', runBy: 'agency', reasons: [reason] }))).not.toMatch(
        /your offer|choosing me/,
      )
  })

  test('going back on a yes through an agency: the recruiter passes it on; no "joining you", no "your offer"', () => {
    const s = sit({ stage: 'accepted', runBy: 'agency', details: { company: 'Acme' } })
    const text = scriptsText(s)
    expect(text).not.toMatch(/joining you|your offer/)
    expect(body(s, 'email')).toMatch(/let Acme know/)
    expect(body(s, 'phone')).toMatch(/won't be taking the job/)
  })

  test('UK contract through an agency: the notice is a letter to the employer, not the recruiter', () => {
    const s = sit({
      stage: 'accepted',
      runBy: 'agency',
      signed: 'contract',
      country: 'uk',
      details: { company: 'Acme', contactName: 'Dana' },
    })
    const d = decide(s)
    expect(d.steps).toContain('step.send-notice-employer')
    const notice = body(s, 'notice')!
    expect(notice).toMatch(/^Dear hiring team,/)
    expect(notice).toMatch(/please take this email as my notice/)
    const email = body(s, 'email')!
    expect(email).toMatch(/^Hello Dana,|^Hi Dana,/)
    expect(email).not.toMatch(/take this email as my notice/)
    expect(email).toMatch(/sending them my notice directly/)
    expect(body(s, 'phone')).toMatch(/send my notice to them/)
    // Germany: the letter already goes to the employer; the recruiter hears it is on its way.
    const de = sit({ stage: 'accepted', runBy: 'agency', signed: 'contract', country: 'de' })
    expect(body(de, 'email')).toMatch(/on its way to them by post/)
  })
})

describe('rules a coach disputes', () => {
  test('an offer more pay would turn into a yes: name the figure once, decline only if it is not met', () => {
    for (const certainty of ['certain', 'leaning', 'unsure'] as const) {
      for (const channel of ['email', 'phone'] as const) {
        const s = sit({ stage: 'offer', changeMind: 'more-pay', certainty, channel })
        const d = decide(s)
        expect(d).toMatchObject({ rule: 'negotiate', verdict: 'stay-in' })
        const text = scriptsText(s)
        expect(text.match(/\[the salary you need\]/g), `${certainty} ${channel}`).toHaveLength(1)
        const all = [text, ...plan(s).steps, plan(s).headline].join('\n')
        expect(all).not.toMatch(/decision stands|my answer is the same/i)
        // Only someone who'd say no at this figure says so, and only as the condition.
        if (certainty === 'certain') {
          expect(text).toMatch(/If (that isn't possible|there's no room)/)
          expect(d.headline).toBe('headline.negotiate-offer-sure')
        } else expect(text).not.toMatch(/decline|turn it down/)
      }
    }
    // Before the offer, withdrawing over pay that more would fix: the pushback leaves it open.
    const before = sit({ stage: 'after', changeMind: 'more-pay', reasons: ['pay'] })
    expect(body(before, 'pushback')).not.toMatch(/decision stands/)
  })

  test('discriminatory questions after accepting: no apology is owed, and none is made', () => {
    const s = sit({ stage: 'accepted', reasons: ['discrimination'], signed: 'contract' })
    const d = decide(s)
    expect(d.rule).toBe('renege')
    expect(ids(d.why)).toContain('why.renege-no-apology')
    expect(ids(d.why)).not.toContain('why.renege-apologise')
    expect(d.headline).toBe('headline.renege-email-record')
    expect(scriptsText(s)).not.toMatch(/sorry|apologi/i)
    expect(d.steps).not.toContain('step.send-email-renege')
    // Germany: the notice is still owed, but sent once they have had advice.
    const de = decide(
      sit({ stage: 'accepted', reasons: ['discrimination'], signed: 'contract', country: 'de' }),
    )
    expect(de.steps).toContain('step.written-notice-de-after-advice')
  })

  test('only an offer letter signed: the words never say a contract was signed', () => {
    const s = sit({ stage: 'accepted', signed: 'offer-letter', country: 'uk' })
    const text = scriptsText(s)
    expect(text).not.toMatch(/signed the contract/)
    expect(body(s, 'email')).toMatch(/As I've signed the offer letter/)
    expect(body(s, 'phone')).toMatch(/offer letter I signed/)
    expect(scriptsText(sit({ stage: 'accepted', signed: 'contract', country: 'uk' }))).toMatch(
      /signed the contract/,
    )
  })

  test('a scam noticed in the interview: the first step is to end the call or meeting', () => {
    expect(decide(sit({ stage: 'during', reasons: ['scam'] })).steps[0]).toBe('step.scam-end-call')
    expect(decide(sit({ stage: 'after', reasons: ['scam'] })).steps[0]).toBe('step.scam-stop')
  })

  test('a take-home when interest has gone: withdraw rather than ask about its size', () => {
    for (const certainty of ['certain', 'leaning', 'unsure'] as const) {
      const d = decide(sit({ takeHome: true, reasons: ['lost-interest'], certainty }))
      expect(d.verdict, certainty).toBe('withdraw')
      expect(d.scripts.map((x) => x.title)).not.toContain('title.email-take-home')
    }
    expect(
      ids(decide(sit({ takeHome: true, reasons: ['lost-interest'], certainty: 'leaning' })).why),
    ).toContain('why.take-home-moment')
    // Any other reason, not sure: still the middle step first.
    expect(decide(sit({ takeHome: true, reasons: ['pay'], certainty: 'leaning' })).rule).toBe(
      'take-home-ask',
    )
  })

  test('claiming benefits and ending an interview: a reason they could show, not "not the right fit"', () => {
    for (const reasons of [['culture'], ['lost-interest'], ['personal'], ['pay']] as const) {
      const s = sit({ stage: 'during', benefits: true, reasons: [...reasons] })
      expect(decide(s).verdict).toBe('end-early')
      const say = body(s, 'say')!
      expect(say, reasons[0]).not.toMatch(/right fit/)
    }
    expect(body(sit({ stage: 'during', benefits: true, reasons: ['culture'] }), 'say')).toContain(
      '[The pay, the travel, the hours, or a health or caring need: say which]',
    )
  })

  test('a counter-offer before accepting: ask whether it fixes why they started looking', () => {
    for (const stage of ['before', 'after', 'offer'] as const)
      expect(ids(decide(sit({ stage, reasons: ['counter-offer'] })).cautions), stage).toContain(
        'caution.counter-offer-fix',
      )
    expect(
      ids(decide(sit({ stage: 'accepted', reasons: ['counter-offer'] })).cautions),
    ).not.toContain('caution.counter-offer-fix')
  })

  test('after going back on a yes, no cheerful note three months on', () => {
    const d = decide(sit({ stage: 'accepted', keepDoorOpen: true }))
    expect(d.scripts.map((x) => x.kind)).not.toContain('follow-up')
    expect(d.steps).not.toContain('step.follow-up-later')
    expect(d.steps).toContain('step.save-contacts')
  })

  test('ending early for a personal reason is not worded as a matter of fit', () => {
    const s = sit({ stage: 'during', reasons: ['personal'] })
    expect(decide(s).verdict).toBe('end-early')
    expect(body(s, 'say')).not.toMatch(/fit/)
    expect(body(s, 'say')).toMatch(/personal reasons/i)
    // A fit reason still says so.
    expect(body(sit({ stage: 'during', reasons: ['level-mismatch'] }), 'say')).toMatch(/right fit/)
  })

  test('after only applying, the culture reason claims nothing seen of the team', () => {
    const applied = sit({ stage: 'before', progress: 'applied', reasons: ['culture'] })
    expect(body(applied, 'email')).not.toMatch(/seen/)
    expect(body(applied, 'email')).toMatch(/learned about how the team works/)
    expect(body(sit({ progress: 'screened', reasons: ['culture'] }), 'email')).toMatch(
      /seen of how the team works/,
    )
  })

  test('the campus 48-hour rule is about interviews: not shown at the offer', () => {
    const d = decide(sit({ stage: 'offer', campus: true }))
    expect(d.verdict).toBe('decline-offer')
    expect(ids(d.cautions)).not.toContain('caution.campus')
    expect(d.steps).toContain('step.copy-careers-office')
  })

  test('a scam found after interviews: the why does not say "before any real interview"', () => {
    const after = plan(sit({ reasons: ['scam'] }))
    expect(after.why.map((w) => w.text).join(' ')).not.toMatch(/before any real interview/)
    const early = plan(sit({ stage: 'before', progress: 'applied', reasons: ['scam'] }))
    expect(early.why.map((w) => w.text).join(' ')).toMatch(/before any real interview/)
  })
})
