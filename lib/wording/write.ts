import { decide } from '@/lib/engine/decide'
import type { PlanBody } from '@/lib/engine/types'
import type { Situation } from '@/lib/situation'
import { DETAIL_FIELDS, detailArgs } from '@/lib/situation/limits'
import { completeArgs, formatMessage, type Catalog, type MessageArgs } from './catalog'
import type { MessageId } from './message-ids'
import { WRITERS, type Format } from './writers'

/** Every message argument for this situation; a detail that was not given is "". */
export function messageArgs(s: Situation, catalog: Catalog): MessageArgs {
  const args = { tone: s.tone, theRole: '', theCompany: '', theRoleCalled: '' } as MessageArgs
  const typed = detailArgs(s.details)
  for (const field of DETAIL_FIELDS) args[field.arg] = typed[field.arg] ?? ''
  return completeArgs(catalog, args)
}

/** A formatter for one plan: message id → its text for this situation. */
export function formatterFor(s: Situation, catalog: Catalog): Format {
  const args = messageArgs(s, catalog)
  return (id: MessageId) => formatMessage(catalog, id, args)
}

/**
 * The message ids behind each text of a plan, in the plan's order: a reader of the golden plans
 * (or of a bug report) finds any sentence and the rule that chose it in a minute.
 */
export type PlanTrace = {
  headline: MessageId
  why: MessageId[]
  cautions: MessageId[]
  steps: MessageId[]
  /** Per script: the messages its title, subject and body were written from, in order. */
  scripts: MessageId[][]
}

/** Decides and writes: the Plan without its permalink, and the message ids behind it. */
export function tracePlan(s: Situation, catalog: Catalog): { plan: PlanBody; trace: PlanTrace } {
  const d = decide(s)
  const format = formatterFor(s, catalog)
  const scripts = d.scripts.map((script) => {
    const used = new Map<MessageId, string>()
    const written = WRITERS[script.kind](script, (id) => {
      const text = format(id)
      if (text) used.set(id, text)
      return text
    })
    // A writer may try an optional part and leave it out for length: only what is there counts.
    const all = `${written.title}\n${written.subject ?? ''}\n${written.body}`
    return { written, ids: [...used].filter(([, text]) => all.includes(text)).map(([id]) => id) }
  })
  return {
    plan: {
      verdict: d.verdict,
      channel: d.channel,
      headline: format(d.headline),
      why: d.why.map(({ id, source }) => ({ text: format(id), source })),
      cautions: d.cautions.map(({ id, source }) => ({ text: format(id), source })),
      scripts: scripts.map(({ written }) => written),
      steps: d.steps.map(format),
    },
    trace: {
      headline: d.headline,
      why: d.why.map(({ id }) => id),
      cautions: d.cautions.map(({ id }) => id),
      steps: d.steps,
      scripts: scripts.map(({ ids }) => ids),
    },
  }
}

/** Decides and writes: the Plan without its permalink. */
export function createPlan(s: Situation, catalog: Catalog): PlanBody {
  return tracePlan(s, catalog).plan
}
