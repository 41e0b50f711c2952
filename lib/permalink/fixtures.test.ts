import { describe, expect, it } from 'vitest'
import { loadCatalog } from '@/lib/wording/load'
import { createPlan } from '@/lib/wording/write'
import { situationSchema } from '@/lib/situation'
import fixtures from './__fixtures__/v1-tokens.json'
import { decodeSituation, encodeSituation, withoutNames } from './codec'

// Links people have already shared. If one of these fails, a change broke existing links: add a
// new token version instead of changing version 1.
describe('version-1 links already shared', () => {
  const catalog = loadCatalog()

  it.each(fixtures.map((f) => [f.token, f] as const))(
    '%s still gives the same plan',
    (token, fixture) => {
      const decoded = decodeSituation(token)
      expect(decoded.ok).toBe(true)
      if (!decoded.ok) return
      expect(decoded.situation).toEqual(situationSchema.parse(fixture.situation))
      const plan = createPlan(decoded.situation, catalog)
      expect([plan.verdict, plan.channel]).toEqual([fixture.verdict, fixture.channel])
      // Re-encoding gives a link to the same answers. (Not necessarily the same bytes: deflate's
      // output may differ between zlib versions, and only what the link carries must not.)
      expect(decodeSituation(encodeSituation(decoded.situation))).toEqual(decoded)
    },
  )
})

describe('sharing without names', () => {
  const full = situationSchema.parse(fixtures[7]!.situation)

  it('leaves out your name, theirs, the company and the referral’s name, and nothing else', () => {
    const anonymous = withoutNames(full)
    expect(anonymous.details).toEqual({
      role: 'Designer',
      positives: 'the design system',
      betterFit: 'more research',
      referral: { connection: 'a former colleague' },
    })
    expect({ ...anonymous, details: undefined }).toEqual({ ...full, details: undefined })
    const text = JSON.stringify(createPlan(anonymous, loadCatalog()))
    for (const name of ['Sam Lee', 'Priya', 'Acme', 'Jo Park']) expect(text).not.toContain(name)
  })

  it('round-trips through a link', () => {
    const anonymous = withoutNames(full)
    const decoded = decodeSituation(encodeSituation(anonymous))
    expect(decoded).toEqual({ ok: true, situation: anonymous })
  })
})
