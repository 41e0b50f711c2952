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

/** Decides and writes: the Plan without its permalink. */
export function createPlan(s: Situation, catalog: Catalog): PlanBody {
  const d = decide(s)
  const format = formatterFor(s, catalog)
  return {
    verdict: d.verdict,
    channel: d.channel,
    headline: format(d.headline),
    why: d.why.map(({ id, source }) => ({ text: format(id), source })),
    cautions: d.cautions.map(({ id, source }) => ({ text: format(id), source })),
    scripts: d.scripts.map((script) => WRITERS[script.kind](script, format)),
    steps: d.steps.map(format),
  }
}
