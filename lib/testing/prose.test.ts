import { writeFileSync } from 'node:fs'
import { expect, test } from 'vitest'
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
  type Details,
  type Reason,
  type Situation,
} from '@/lib/situation'
import { RULES } from '@/lib/engine'
import { decide } from '@/lib/engine/decide'
import { V2_VARIANTS } from '@/lib/testing/test-details'
import type { Catalog } from '@/lib/wording/catalog'
import { loadCatalog } from '@/lib/wording/load'
import { MESSAGE_IDS } from '@/lib/wording/message-ids'
import { checkPlans } from './prose-gate'
import { cornerDetails, EXAMPLE_DETAILS, TYPED_DETAILS } from './typed-corpus'
import { createPlan } from '@/lib/wording/write'

/*
 * The prose gate over a sweep: every decision-table branch, in every tone, with details absent,
 * typical, and typed the way people type them (the corpus rotates through every value of every
 * field), read by retext and our own checks. Zero findings is the bar. The same sweep proves
 * every message is reachable: a message no situation uses is dead wording.
 */

const REASON_SETS: Reason[][] = [
  ...REASONS.map((reason) => [reason]),
  ['role-mismatch', 'pay'],
  ['rude-interviewer', 'culture'],
  ['misled-format', 'level-mismatch'],
  ['other-offer', 'logistics', 'personal'],
  ['counter-offer', 'pay'],
  ['discrimination', 'culture'],
]

function* situations(): Generator<Situation> {
  let i = 0
  for (const stage of STAGES)
    for (const progress of PROGRESS)
      for (const nextInterview of NEXT_INTERVIEWS)
        for (const certainty of CERTAINTIES)
          for (const changeMind of CHANGE_MIND)
            for (const keepDoorOpen of [false, true])
              for (const channel of CHANNEL_PREFERENCES)
                for (const tone of TONES) {
                  // The rest rotate, so each value meets every branch without multiplying the count.
                  const reasons = REASON_SETS[i % REASON_SETS.length]!
                  // Each rotates on its own period, so no reason is always paired with one answer.
                  const explain = EXPLAIN[Math.floor(i / 15) % EXPLAIN.length]!
                  const needJob = NEED_JOB[Math.floor(i / 45) % NEED_JOB.length]!
                  const fearOfInterviewing = Math.floor(i / 135) % 2 === 1
                  const referrers = TYPED_DETAILS.referrerName
                  const detailSets: Details[] = [
                    {},
                    EXAMPLE_DETAILS,
                    cornerDetails(i),
                    // Someone referred them (B4), typed the way people type a name.
                    { ...cornerDetails(i + 7), referrerName: referrers[i % referrers.length] },
                  ]
                  // The version-2 answers (shared/domain.md §6) rotate on a period of their own.
                  const v2 = V2_VARIANTS[Math.floor(i / 7) % V2_VARIANTS.length]!
                  for (const details of detailSets) {
                    yield situationSchema.parse({
                      ...v2,
                      stage,
                      progress,
                      nextInterview,
                      reasons,
                      certainty,
                      changeMind,
                      fearOfInterviewing,
                      needJob,
                      keepDoorOpen,
                      explain,
                      channel,
                      tone,
                      details,
                    })
                  }
                  i++
                }
}

test('the prose gate finds nothing in any plan of the sweep', { timeout: 300_000 }, () => {
  const catalog = loadCatalog()
  const used = new Set<string>()
  const recording = { get: (id: string) => (used.add(id), catalog.get(id)) } as Catalog
  const rules = new Set<string>()
  let plans = 0
  const result = checkPlans(
    (function* () {
      for (const situation of situations()) {
        rules.add(decide(situation).rule)
        plans++
        yield { situation, plan: createPlan(situation, recording) }
      }
    })(),
  )
  const examples = result.findings
    .slice(0, 40)
    .map((f) => `${f.check} @ ${f.where}: ${f.detail}\n    ${f.text}`)
  if (process.env.PROSE_DUMP) writeFileSync(process.env.PROSE_DUMP, JSON.stringify(result.findings))
  console.log(
    `prose gate: ${plans.toLocaleString('en')} plans, ${result.texts.toLocaleString('en')} distinct texts, ${result.findings.length} findings`,
  )
  expect(examples, JSON.stringify(result.byCheck)).toEqual([])
  expect(
    RULES.filter((rule) => !rules.has(rule)),
    'decision rows the sweep never reached',
  ).toEqual([])
  expect(
    // The words for closing several processes (/plan/several) are no situation's: their own
    // sweep in lib/several/words.test.ts reads them, and checks that each one is used.
    MESSAGE_IDS.filter((id) => !id.startsWith('several.') && !used.has(id)),
    'messages no situation uses',
  ).toEqual([])
})

test('the typed corpus has at least 30 values in every free-text field', () => {
  for (const values of Object.values(TYPED_DETAILS))
    expect(values.length).toBeGreaterThanOrEqual(30)
})

test(
  'the three tones read apart, and formal words use no contractions',
  { timeout: 60_000 },
  () => {
    const catalog = loadCatalog()
    const CONTRACTION =
      /\b(?:I'm|I've|I'd|I'll|don't|isn't|won't|can't|it's|that's|there's|you've|you'd|you're|we'd|they'd|they're|wasn't|doesn't|didn't|aren't|haven't|hasn't|what's)\b/i
    let compared = 0
    for (const base of situations()) {
      // Only the words we wrote: no typed details, one situation per branch and tone group.
      if (base.tone !== 'neutral' || Object.keys(base.details).length) continue
      const [warm, neutral, formal] = (['warm', 'neutral', 'formal'] as const).map((tone) =>
        createPlan({ ...base, tone }, catalog),
      )
      for (const script of formal!.scripts) {
        expect(`${script.subject ?? ''} ${script.body}`, script.kind).not.toMatch(CONTRACTION)
      }
      formal!.scripts.forEach((script, i) => {
        const others = [warm!.scripts[i]!.body, neutral!.scripts[i]!.body]
        if (script.kind === 'phone' || script.kind === 'voicemail' || script.kind === 'email') {
          expect(others, `${script.kind} reads the same in two tones`).not.toContain(script.body)
          expect(others[0], `${script.kind}: warm and neutral`).not.toBe(others[1])
          compared++
        }
      })
    }
    expect(compared).toBeGreaterThan(100)
  },
)
