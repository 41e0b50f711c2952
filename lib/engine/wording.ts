import { z } from 'zod'
import { TEXT_DETAILS } from '@/lib/situation/limits'
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
  type Certainty,
  type ChangeMind,
  type ChannelPreference,
  type Explain,
  type NeedJob,
  type NextInterview,
  type Progress,
  type Reason,
  type Tone,
} from '@/lib/situation'
import type { Stage } from '@/lib/situation/stages'
import {
  CHANNELS,
  RULES,
  VERDICTS,
  type Channel,
  type Rule,
  type ScriptKind,
  type Verdict,
} from './types'

/*
 * The compiled form of content/scripts and the code that renders it. Pure: the loader in
 * lib/content/templates.ts reads and validates the files, then hands their text to `compile*`
 * here; the engine renders with `renderSlot`. Parsing happens once, at load: a template becomes
 * a list of literal and placeholder segments, and each `when` becomes a small predicate, so
 * writing a plan is string concatenation.
 */

/** The free-text details a template may weave in, as `{name}`. */
export const VARIABLES = [...TEXT_DETAILS, 'referralName', 'referralConnection'] as const
export type Variable = (typeof VARIABLES)[number]
export type Vars = Record<Variable, string | undefined>

/** Everything a `when` condition can look at. */
export type WordingContext = {
  tone: Tone
  verdict: Verdict
  rule: Rule
  channel: Channel
  stage: Stage
  progress: Progress
  next: NextInterview
  /** The one reason the words may give (Decision.mainReason), or 'none'. */
  reason: Reason | 'none'
  /** Bit i set when REASONS[i] is among the chosen reasons. */
  reasonBits: number
  certainty: Certainty
  changeMind: ChangeMind
  needJob: NeedJob
  explain: Explain
  prefers: ChannelPreference
  keepDoorOpen: boolean
  fear: boolean
  /** Bit i set when VARIABLES[i] has a value. */
  hasBits: number
  vars: Vars
}

const list = <T extends readonly [string, ...string[]]>(values: T) =>
  z.array(z.enum(values)).min(1, { error: 'needs at least one value' })
const yesNo = z.array(z.enum(['yes', 'no'])).length(1, { error: 'takes one value: yes or no' })

/** `when` conditions: each key narrows; a comma-separated list means "any of". */
export const conditionSchema = z.strictObject({
  tone: list(TONES).optional(),
  verdict: list(VERDICTS).optional(),
  rule: list(RULES).optional(),
  channel: list(CHANNELS).optional(),
  stage: list(STAGES).optional(),
  progress: list(PROGRESS).optional(),
  next: list(NEXT_INTERVIEWS).optional(),
  reason: list([...REASONS, 'none'] as const).optional(),
  reasons: list(REASONS).optional(),
  certainty: list(CERTAINTIES).optional(),
  changeMind: list(CHANGE_MIND).optional(),
  needJob: list(NEED_JOB).optional(),
  explain: list(EXPLAIN).optional(),
  prefers: list(CHANNEL_PREFERENCES).optional(),
  keepDoorOpen: yesNo.optional(),
  fear: yesNo.optional(),
  has: list(VARIABLES).optional(),
  missing: list(VARIABLES).optional(),
})
export type Conditions = z.infer<typeof conditionSchema>

export type Predicate = (ctx: WordingContext) => boolean

export class WordingError extends Error {
  override name = 'WordingError'
}

/** "tone: warm, neutral; has: contactName" → { tone: ['warm', 'neutral'], has: [...] }. */
export function parseConditionText(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const part of text.split(';')) {
    if (!part.trim()) continue
    const colon = part.indexOf(':')
    if (colon < 0) throw new WordingError(`"${part.trim()}" needs the form key: value`)
    const key = part.slice(0, colon).trim()
    if (key in out) throw new WordingError(`${key}: appears twice`)
    out[key] = part
      .slice(colon + 1)
      .split(',')
      .map((value) => value.trim())
      .filter(Boolean)
  }
  return out
}

const bitsOf = <T extends string>(all: readonly T[], values: readonly T[]) =>
  values.reduce((bits, value) => bits | (1 << all.indexOf(value)), 0)

/** A predicate for validated conditions, or null when there are none (always applies). */
export function compileConditions(c: Conditions): Predicate | null {
  const tests: Predicate[] = []
  const among = <K extends keyof WordingContext>(key: K, values: readonly string[] | undefined) => {
    if (!values) return
    if (values.length === 1) {
      const only = values[0]
      tests.push((ctx) => ctx[key] === only)
    } else {
      const set = new Set(values)
      tests.push((ctx) => set.has(ctx[key] as string))
    }
  }
  among('tone', c.tone)
  among('verdict', c.verdict)
  among('rule', c.rule)
  among('channel', c.channel)
  among('stage', c.stage)
  among('progress', c.progress)
  among('next', c.next)
  among('reason', c.reason)
  among('certainty', c.certainty)
  among('changeMind', c.changeMind)
  among('needJob', c.needJob)
  among('explain', c.explain)
  among('prefers', c.prefers)
  if (c.reasons) {
    const bits = bitsOf(REASONS, c.reasons)
    tests.push((ctx) => (ctx.reasonBits & bits) !== 0)
  }
  if (c.keepDoorOpen) {
    const want = c.keepDoorOpen[0] === 'yes'
    tests.push((ctx) => ctx.keepDoorOpen === want)
  }
  if (c.fear) {
    const want = c.fear[0] === 'yes'
    tests.push((ctx) => ctx.fear === want)
  }
  if (c.has) {
    const bits = bitsOf(VARIABLES, c.has)
    tests.push((ctx) => (ctx.hasBits & bits) === bits)
  }
  if (c.missing) {
    const bits = bitsOf(VARIABLES, c.missing)
    tests.push((ctx) => (ctx.hasBits & bits) === 0)
  }
  if (tests.length === 0) return null
  if (tests.length === 1) return tests[0]!
  return (ctx) => {
    for (const test of tests) if (!test(ctx)) return false
    return true
  }
}

/**
 * A piece of compiled text: literal words, a detail the person typed, another slot, or the
 * whitespace between them. Whitespace is kept apart (1 = space, 2 = line break, 3 = blank line)
 * so that a fragment which comes out empty leaves no double space or empty paragraph: the
 * renderer writes the strongest pending separator only when more words follow.
 */
export type Segment =
  | { type: 'text'; text: string }
  | { type: 'sep'; level: 1 | 2 | 3 }
  | { type: 'var'; name: Variable }
  | { type: 'slot'; name: string; slot?: Slot }

export type Variant = {
  /** Index into Templates.variants (coverage, error messages). */
  id: number
  when: string
  test: Predicate | null
  segments: Segment[]
}

/** A named piece of wording with variants; the first whose `when` matches is used. */
export type Slot = { name: string; file: string; variants: Variant[] }

export type ScriptTemplate = {
  file: string
  kind: ScriptKind
  verdicts: ReadonlySet<Verdict>
  tones: ReadonlySet<Tone>
  test: Predicate | null
  title: string
  subject: Slot | undefined
  body: Slot
}

export type VariantInfo = { file: string; slot: string; when: string }

export type Templates = {
  /** Global slots: headline.*, why.*, caution.*, step.* and shared fragments. */
  slots: ReadonlyMap<string, Slot>
  /** Script templates by kind, most specific (with `when`) first. */
  scripts: Readonly<Record<ScriptKind, readonly ScriptTemplate[]>>
  /** Every variant, by id: what a coverage report names. */
  variants: readonly VariantInfo[]
}

const PLACEHOLDER = /\{([^{}]*)\}/g
const SLOT_NAME = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/
const EDGES = /^(\s*)([\s\S]*?)(\s*)$/
const SEPARATORS = ['', ' ', '\n', '\n\n'] as const

const levelOf = (space: string): 0 | 1 | 2 | 3 => {
  if (!space) return 0
  const breaks = space.split('\n').length - 1
  return breaks === 0 ? 1 : breaks === 1 ? 2 : 3
}

/** Literal text as segments: its edges become separators, its inside is tidied. */
function pushText(segments: Segment[], raw: string) {
  const [, lead = '', core = '', trail = ''] = EDGES.exec(raw)!
  const before = levelOf(lead)
  if (before) segments.push({ type: 'sep', level: before })
  if (core) {
    const text = core
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n[ \t]+/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .replace(/[ \t]{2,}/g, ' ')
    segments.push({ type: 'text', text })
  }
  const after = levelOf(trail)
  if (after) segments.push({ type: 'sep', level: after })
}

/**
 * Splits template text into segments. `guaranteed` are the details the variant's `when` (or
 * its file's) promises with `has:`; any other detail could be missing, so it is refused.
 */
export function compileText(text: string, guaranteed: ReadonlySet<string>): Segment[] {
  const segments: Segment[] = []
  let last = 0
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) pushText(segments, text.slice(last, match.index))
    const name = match[1]!.trim()
    if ((VARIABLES as readonly string[]).includes(name)) {
      if (!guaranteed.has(name)) {
        throw new WordingError(`{${name}} is used without "has: ${name}" in its when`)
      }
      segments.push({ type: 'var', name: name as Variable })
    } else if (SLOT_NAME.test(name)) {
      segments.push({ type: 'slot', name })
    } else {
      throw new WordingError(`{${name}} is not a detail or a fragment name`)
    }
    last = match.index + match[0].length
  }
  if (last < text.length) pushText(segments, text.slice(last))
  for (const segment of segments) {
    if (segment.type === 'text' && /[{}]/.test(segment.text)) {
      throw new WordingError('has an unmatched { or }')
    }
  }
  return segments
}

/**
 * Renders a slot: the first variant whose `when` matches. The result has no leading or
 * trailing whitespace, and an empty fragment leaves no trace. `hits` counts use per variant.
 */
export function renderSlot(slot: Slot, ctx: WordingContext, hits?: Uint32Array): string {
  for (const variant of slot.variants) {
    if (variant.test && !variant.test(ctx)) continue
    if (hits) hits[variant.id]!++
    const segments = variant.segments
    const only = segments.length === 1 ? segments[0]! : undefined
    // Plain sentences (most plan texts) need no assembly at all.
    if (only?.type === 'text') return only.text
    let out = ''
    let pending = 0
    for (const segment of segments) {
      let piece: string
      if (segment.type === 'sep') {
        if (segment.level > pending) pending = segment.level
        continue
      } else if (segment.type === 'text') {
        piece = segment.text
      } else if (segment.type === 'var') {
        piece = ctx.vars[segment.name]!
      } else {
        piece = renderSlot(segment.slot!, ctx, hits)
        if (piece === '') continue
      }
      if (pending !== 0) {
        if (out !== '') out += SEPARATORS[pending]
        pending = 0
      }
      out += piece
    }
    return out
  }
  // The loader makes every slot end with a variant without `when`, so this cannot happen.
  throw new WordingError(`${slot.file}: no variant of ${slot.name} applies`)
}
