import { expect, test } from 'vitest'
import { loadArticles } from '@/lib/content/articles'
import { loadCatalog } from '@/lib/wording/load'
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
  type Reason,
  type Situation,
} from '@/lib/situation'
import { fitPhrase } from '@/lib/wording/phrase'
import { createPlan } from '@/lib/wording/write'
import { decide } from './decide'
import { someoneToKeepUpWith } from './facts'
import { CHANNELS, RULES, VERDICTS, type PlanBody, type ScriptKind } from './types'
import { DETAIL_VARIANTS, V2_VARIANTS } from '@/lib/testing/test-details'

/*
 * Every combination of the Situation's enums and flags, with each single reason and every pair
 * of reasons (about 9.2 million). Details rotate by combination index instead of multiplying
 * the count: 7 variants, a prime, so the rotation never lines up with a loop's period.
 * Failures are collected with a few examples each rather than stopping at the first.
 */

const PLACEHOLDER_OR_MISSING = /[{}]|\bundefined\b|\bnull\b|\bNaN\b/
const BLOCKLIST =
  /waste of time|misleading|false advertising|unprofessional|i hope this email finds you well|after careful consideration|at this time|please do not hesitate/i
const BLOCKED_PHRASES = BLOCKLIST.source.split('|')
const MAYBE_MISSING = ['{', '}', 'undefined', 'null', 'NaN']

/**
 * The cheap screen run on every text: plain substring searches, which are far faster than one
 * case-insensitive alternation. A hit is confirmed with the exact regexes.
 */
function looksWrong(text: string): boolean {
  for (const needle of MAYBE_MISSING) {
    if (text.includes(needle) && PLACEHOLDER_OR_MISSING.test(text)) return true
  }
  const lower = text.toLowerCase()
  for (const phrase of BLOCKED_PHRASES) if (lower.includes(phrase)) return true
  return false
}
const CONTRACTION =
  /\b(?:I'm|I've|I'd|I'll|don't|isn't|won't|can't|it's|that's|there's|you're|you'd|we'd|they're|they've|doesn't|didn't|wasn't|what's|let's|here's|answer's|year's)\b/
const SIGN_OFF = /^(?:Warm wishes|Kind regards|Best wishes),?$/
/** The tones must sound different from the first word: "Hi Dana," / "Hello Dana," / "Dear Dana,". */
const GREETING = {
  warm: (name: string) => `Hi ${name},`,
  neutral: (name: string) => `Hello ${name},`,
  formal: (name: string) => `Dear ${name},`,
} as const
const NO_NAME = { warm: 'Hi there,', neutral: 'Hello,', formal: 'Dear hiring team,' } as const

function countWords(text: string): number {
  let words = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const space = c === 32 || c === 10
    if (!space && !inWord) words++
    inWord = !space
  }
  return words
}

const pairs: Reason[][] = []
for (let i = 0; i < REASONS.length; i++) {
  pairs.push([REASONS[i]!])
  for (let j = i + 1; j < REASONS.length; j++) pairs.push([REASONS[i]!, REASONS[j]!])
}

/** Script kinds domain.md §4 requires for a situation, worked out from the rules in prose. */
function required(s: Situation, plan: PlanBody): ScriptKind[] {
  const kinds: ScriptKind[] = []
  const unsafe = s.reasons.includes('unsafe')
  const softensNo = ['withdraw', 'decline-offer', 'end-early', 'finish-first'].includes(
    plan.verdict,
  )
  switch (plan.verdict) {
    case 'leave-now':
    case 'end-early':
      kinds.push('say', 'pushback')
      break
    case 'withdraw':
    case 'decline-offer':
      kinds.push('email')
      if (plan.channel === 'phone-then-email') kinds.push('phone', 'voicemail')
      // The shortest honest version (B8), except after feeling unsafe, where the email is it.
      if (!unsafe) kinds.push('short')
      break
    case 'finish-first':
      kinds.push('email')
      if (s.certainty === 'certain') kinds.push('say')
      break
    case 'stay-in':
      kinds.push(
        plan.channel === 'in-person' ? 'say' : plan.channel === 'email' ? 'email' : 'phone',
      )
      break
  }
  // A note months later needs someone to reach (A28): not an unnamed inbox nobody spoke from.
  if (softensNo && !unsafe && s.keepDoorOpen && someoneToKeepUpWith(s)) kinds.push('follow-up')
  if (softensNo && !unsafe && s.details.referral?.name) kinds.push('referral')
  return kinds
}

test('every situation gets a complete, clean plan', { timeout: 3_600_000 }, async () => {
  const catalog = loadCatalog()
  const anchors = new Set(
    loadArticles().flatMap((article) => article.toc.map((entry) => `${article.slug}#${entry.id}`)),
  )
  const rules = new Set<string>()
  const verdicts = new Set<string>()
  const channels = new Set<string>()
  const citationsSeen = new Set<string>()
  const failures = new Map<string, { count: number; examples: string[] }>()
  const fail = (kind: string, s: Situation, detail: string) => {
    let entry = failures.get(kind)
    if (!entry) failures.set(kind, (entry = { count: 0, examples: [] }))
    entry.count++
    if (entry.examples.length < 3) entry.examples.push(`${detail}\n    in ${JSON.stringify(s)}`)
  }
  // Many plans share texts (and plain sentences are the very same string objects, whose hash V8
  // keeps), so a text that passed once is not searched again: the result could not differ.
  const clean = new Set<string>()
  const checkText = (s: Situation, where: string, text: string) => {
    if (clean.has(text)) return
    if (!looksWrong(text)) {
      clean.add(text)
      return
    }
    if (PLACEHOLDER_OR_MISSING.test(text))
      fail('placeholder or missing value', s, `${where}: ${text}`)
    if (BLOCKLIST.test(text)) fail('blocklisted phrase', s, `${where}: ${text}`)
  }
  const wordCounts = new Map<string, number>()
  const words = (text: string) => {
    let n = wordCounts.get(text)
    if (n === undefined) wordCounts.set(text, (n = countWords(text)))
    return n
  }
  const formalClean = new Set<string>()

  const started = performance.now()
  let count = 0
  for (const stage of STAGES)
    for (const progress of PROGRESS)
      for (const nextInterview of NEXT_INTERVIEWS)
        for (const reasons of pairs)
          for (const certainty of CERTAINTIES)
            for (const changeMind of CHANGE_MIND)
              for (const fearOfInterviewing of [false, true])
                for (const needJob of NEED_JOB)
                  for (const keepDoorOpen of [false, true])
                    for (const explain of EXPLAIN)
                      for (const channel of CHANNEL_PREFERENCES)
                        for (const tone of TONES) {
                          const variant = DETAIL_VARIANTS[count % DETAIL_VARIANTS.length]!
                          count++
                          // Let vitest's worker answer its RPC now and then.
                          if (count % 250_000 === 0)
                            await new Promise((resolve) => setImmediate(resolve))
                          const s: Situation = {
                            ...V2_VARIANTS[count % V2_VARIANTS.length]!,
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
                            details: variant.details,
                          }
                          let plan: PlanBody
                          try {
                            plan = createPlan(s, catalog)
                            rules.add(decide(s).rule)
                          } catch (error) {
                            fail('threw', s, String(error))
                            continue
                          }
                          verdicts.add(plan.verdict)
                          channels.add(plan.channel)
                          checkPlan(s, plan, variant.name)
                        }

  function checkPlan(s: Situation, plan: PlanBody, variantName: string) {
    const d = s.details
    // The contact's name as a letter prints it (capitalised if typed all in lower case).
    const contact =
      d.contactName === undefined ? undefined : fitPhrase(d.contactName, { as: 'name' })
    checkText(s, 'headline', plan.headline)
    for (const citation of plan.why) {
      checkText(s, 'why', citation.text)
      citationsSeen.add(`${citation.source.slug}#${citation.source.anchor}`)
    }
    for (const citation of plan.cautions) {
      checkText(s, 'caution', citation.text)
      citationsSeen.add(`${citation.source.slug}#${citation.source.anchor}`)
    }
    for (const step of plan.steps) checkText(s, 'step', step)
    if (plan.why.length === 0) fail('no reasons given', s, plan.headline)

    const kinds = plan.scripts.map((script) => script.kind)
    if (new Set(kinds).size !== kinds.length) fail('duplicate script kind', s, kinds.join(','))
    for (const kind of required(s, plan)) {
      if (!kinds.includes(kind))
        fail(`missing ${kind} script`, s, `${plan.verdict}: ${kinds.join(',')}`)
    }
    for (const script of plan.scripts) {
      const where = `${script.kind} "${script.title}"`
      checkText(s, where, script.title)
      checkText(s, where, script.body)
      if (script.subject !== undefined) checkText(s, `${where} subject`, script.subject)
      if (!script.body) fail('empty script', s, where)
      if (s.tone === 'formal' && variantName === 'none' && !formalClean.has(script.body)) {
        if (CONTRACTION.test(script.body))
          fail('contraction in formal tone', s, `${where}: ${script.body}`)
        else formalClean.add(script.body)
      }
      if (script.kind === 'say') {
        const count = words(script.body)
        if (count > 70)
          fail('say over 70 words', s, `${count} words (${variantName}): ${script.body}`)
        const greets =
          plan.verdict === 'end-early' ||
          plan.verdict === 'finish-first' ||
          (plan.verdict === 'leave-now' && !s.reasons.includes('unsafe'))
        if (greets && contact !== undefined && !script.body.includes(contact)) {
          fail('say without the contact name', s, script.body)
        }
      }
      if (script.kind === 'email') {
        if (!script.subject) fail('email without subject', s, where)
        const count = words(script.body) + words(script.subject ?? '')
        if (count > 180)
          fail('email over 180 words', s, `${count} words (${variantName}): ${script.body}`)
        const body = script.body
        const first = body.slice(0, body.indexOf('\n'))
        const last = body.slice(body.lastIndexOf('\n') + 1)
        const expected = contact !== undefined ? GREETING[s.tone](contact) : NO_NAME[s.tone]
        if (first !== expected)
          fail(
            'email greeting',
            s,
            `${JSON.stringify(first)}, expected ${JSON.stringify(expected)}`,
          )
        if (d.yourName !== undefined) {
          // Their name as a letter prints it: capitalised if typed all in lower case.
          if (last !== fitPhrase(d.yourName, { as: 'self' }))
            fail('email sign-off without your name', s, last)
        } else if (!SIGN_OFF.test(last)) {
          fail('email sign-off not natural without a name', s, last)
        }
      }
    }
  }

  const seconds = (performance.now() - started) / 1000
  console.log(
    `exhaustive: ${count.toLocaleString('en')} situations in ${seconds.toFixed(1)} s ` +
      `(${Math.round(count / seconds).toLocaleString('en')} plans/s)`,
  )

  // Coverage: anything no situation reached is dead content or a dead rule.
  const unreached: string[] = []
  for (const verdict of VERDICTS) if (!verdicts.has(verdict)) unreached.push(`verdict ${verdict}`)
  for (const channel of CHANNELS) if (!channels.has(channel)) unreached.push(`channel ${channel}`)
  for (const rule of RULES) if (!rules.has(rule)) unreached.push(`rule ${rule}`)
  if (unreached.length) console.log(`unreached:\n  ${unreached.join('\n  ')}`)
  const broken = [...citationsSeen].filter((anchor) => !anchors.has(anchor))

  const report = [...failures].map(
    ([kind, { count, examples }]) => `${kind}: ${count}\n  ${examples.join('\n  ')}`,
  )
  if (report.length) console.log(report.join('\n'))
  expect(count).toBe(4 * 4 * 3 * 66 * 3 * 3 * 2 * 3 * 2 * 3 * 3 * 3)
  expect(broken, 'citations to headings that do not exist').toEqual([])
  expect(unreached, 'verdicts, channels or rules no situation reached').toEqual([])
  expect(report, 'failed checks').toEqual([])
})
