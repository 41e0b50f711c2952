import { REASONS, type Situation } from '@/lib/situation'
import { decide } from './decide'
import type { Decision, PlanBody, Script, ScriptKind } from './types'
import {
  renderSlot,
  VARIABLES,
  WordingError,
  type Templates,
  type Vars,
  type WordingContext,
} from './wording'

export type WriteOptions = {
  /** Counts how often each template variant is used (by Templates.variants index). */
  hits?: Uint32Array
}

/** What the wording's `when` conditions see: the situation, the decision and which details exist. */
export function wordingContext(s: Situation, d: Decision): WordingContext {
  const details = s.details
  const vars: Vars = {
    yourName: details.yourName,
    contactName: details.contactName,
    company: details.company,
    role: details.role,
    advertised: details.advertised,
    actual: details.actual,
    betterFit: details.betterFit,
    positives: details.positives,
    referralName: details.referral?.name,
    referralConnection: details.referral?.connection,
  }
  let hasBits = 0
  for (let i = 0; i < VARIABLES.length; i++)
    if (vars[VARIABLES[i]!] !== undefined) hasBits |= 1 << i
  let reasonBits = 0
  for (const reason of s.reasons) reasonBits |= 1 << REASONS.indexOf(reason)
  return {
    tone: s.tone,
    verdict: d.verdict,
    rule: d.rule,
    channel: d.channel,
    stage: s.stage,
    progress: s.progress,
    next: s.nextInterview,
    reason: d.mainReason ?? 'none',
    reasonBits,
    certainty: s.certainty,
    changeMind: s.changeMind,
    needJob: s.needJob,
    explain: s.explain,
    prefers: s.channel,
    keepDoorOpen: s.keepDoorOpen,
    fear: s.fearOfInterviewing,
    hasBits,
    vars,
  }
}

function text(templates: Templates, key: string, ctx: WordingContext, hits?: Uint32Array) {
  const slot = templates.slots.get(key)
  if (!slot) throw new WordingError(`content/scripts has no "## ${key}"`)
  return renderSlot(slot, ctx, hits)
}

function script(kind: ScriptKind, templates: Templates, ctx: WordingContext, hits?: Uint32Array) {
  for (const template of templates.scripts[kind]) {
    if (!template.verdicts.has(ctx.verdict) || !template.tones.has(ctx.tone)) continue
    if (template.test && !template.test(ctx)) continue
    const out: Script = { kind, title: template.title, body: renderSlot(template.body, ctx, hits) }
    if (template.subject) out.subject = renderSlot(template.subject, ctx, hits)
    return out
  }
  throw new WordingError(
    `content/scripts has no ${kind} script for ${ctx.verdict} (${ctx.rule}, ${ctx.tone})`,
  )
}

function writeWith(d: Decision, templates: Templates, ctx: WordingContext, hits?: Uint32Array) {
  return d.scripts.map((kind) => script(kind, templates, ctx, hits))
}

/** The scripts the decision calls for, in the person's tone, with their details woven in. */
export function write(
  situation: Situation,
  decision: Decision,
  templates: Templates,
  options: WriteOptions = {},
): Script[] {
  return writeWith(decision, templates, wordingContext(situation, decision), options.hits)
}

/** Decides and writes: the Plan without its permalink. */
export function createPlan(
  situation: Situation,
  templates: Templates,
  options: WriteOptions = {},
): PlanBody {
  const d = decide(situation)
  const ctx = wordingContext(situation, d)
  const { hits } = options
  return {
    verdict: d.verdict,
    channel: d.channel,
    headline: text(templates, d.headlineKey, ctx, hits),
    why: d.why.map(({ key, source }) => ({ text: text(templates, key, ctx, hits), source })),
    cautions: d.cautions.map(({ key, source }) => ({
      text: text(templates, key, ctx, hits),
      source,
    })),
    scripts: writeWith(d, templates, ctx, hits),
    steps: d.stepKeys.map((key) => text(templates, key, ctx, hits)),
  }
}
