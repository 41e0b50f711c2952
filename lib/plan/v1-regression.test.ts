import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'
import { decodeSituation } from '@/lib/permalink/codec'
import {
  CERTAINTIES,
  CHANGE_MIND,
  CHANNEL_PREFERENCES,
  EXPLAIN,
  NEED_JOB,
  NEXT_INTERVIEWS,
  PROGRESS,
  REASONS,
  STAGES,
  TONES,
  situationSchema,
  type Situation,
} from '@/lib/situation'
import { loadCatalog } from '@/lib/wording/load'
import { tracePlan } from '@/lib/wording/write'
import { cornerDetails, EXAMPLE_DETAILS } from '@/lib/testing/typed-corpus'
import { evaluate } from './evaluate'

/*
 * Every version-1 request and permalink gives the same plan as it did before the contract grew
 * (issue 16): the same verdict, channel and script kinds, the same message behind every text, in
 * the same order, and the same permalink. The fixture holds, for 2,000 version-1 requests drawn
 * with a fixed seed and for each committed v1 token, one readable line: verdict, channel, script
 * kinds, then short digests of the message-id sequence and of the permalink. A change to the
 * wording inside a message leaves it alone (the golden plans show those); a change to which
 * messages a plan says, or to a link, is what it exists to catch. `UPDATE_V1_PLANS=1` rewrites it,
 * and is only right when the rules were meant to change (then say so in the commit).
 */

const FILE = path.join(import.meta.dirname, '__fixtures__', 'v1-plans.json')
const TOKENS = path.join(import.meta.dirname, '..', 'permalink', '__fixtures__', 'v1-tokens.json')

/** A small seeded generator (mulberry32), so the requests are the same on every run. */
function random(seed: number) {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The value lists as version 1 had them: later versions append, so these are their starts. */
const V1_STAGES = STAGES.slice(0, 4)
const V1_REASONS = REASONS.slice(0, 11)

function v1Requests(count: number): Record<string, unknown>[] {
  const next = random(16)
  const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)]!
  return Array.from({ length: count }, (_, i) => {
    const reasons = [
      ...new Set(Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(V1_REASONS))),
    ]
    const details = [{}, EXAMPLE_DETAILS, cornerDetails(i)][i % 3]
    return {
      stage: pick(V1_STAGES),
      progress: pick(PROGRESS),
      nextInterview: pick(NEXT_INTERVIEWS),
      reasons,
      certainty: pick(CERTAINTIES),
      changeMind: pick(CHANGE_MIND),
      fearOfInterviewing: next() < 0.3,
      needJob: pick(NEED_JOB),
      keepDoorOpen: next() < 0.5,
      explain: pick(EXPLAIN),
      channel: pick(CHANNEL_PREFERENCES),
      tone: pick(TONES),
      details,
    }
  })
}

const digest = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12)

const catalog = loadCatalog()

/** What must not change for a v1 situation, as one line a person can read in a diff. */
function fingerprint(situation: Situation, permalink: string): string {
  const { plan, trace } = tracePlan(situation, catalog)
  const ids = [trace.headline, ...trace.why, ...trace.cautions, ...trace.steps, ...trace.scripts]
  const kinds = plan.scripts.map((script) => script.kind).join(',') || '-'
  return `${plan.verdict} ${plan.channel} ${kinds} ids:${digest(ids)} link:${digest(permalink)}`
}

function currentFingerprints() {
  const requests = v1Requests(2000).map((request) => {
    const result = evaluate(request)
    if (!result.ok) throw new Error(`not a valid v1 request: ${JSON.stringify(result.errors)}`)
    return fingerprint(situationSchema.parse(request), result.plan.permalink)
  })
  const tokens = (JSON.parse(readFileSync(TOKENS, 'utf8')) as { token: string }[]).map(
    ({ token }) => {
      const decoded = decodeSituation(token)
      if (!decoded.ok) throw new Error(`v1 fixture no longer decodes: ${token}`)
      const result = evaluate(decoded.situation)
      if (!result.ok) throw new Error(`v1 fixture no longer valid: ${token}`)
      return { token, plan: fingerprint(decoded.situation, result.plan.permalink) }
    },
  )
  return { requests, tokens }
}

test('every v1 request and v1 permalink gives the plan it gave before the contract grew', () => {
  const current = currentFingerprints()
  if (process.env.UPDATE_V1_PLANS === '1') {
    writeFileSync(FILE, `${JSON.stringify(current, null, 1)}\n`)
    return
  }
  const committed = JSON.parse(readFileSync(FILE, 'utf8')) as typeof current
  expect(current.requests).toHaveLength(committed.requests.length)
  const requests = v1Requests(current.requests.length)
  const changedRequests = current.requests.flatMap((plan, i) =>
    plan === committed.requests[i]
      ? []
      : [`${JSON.stringify(requests[i])}\n  was ${committed.requests[i]}\n  now ${plan}`],
  )
  expect(changedRequests).toEqual([])
  const changedTokens = current.tokens.filter(
    (entry, i) =>
      entry.token !== committed.tokens[i]?.token || entry.plan !== committed.tokens[i]?.plan,
  )
  expect(changedTokens.map((entry) => entry.token)).toEqual([])
}, 120_000)
