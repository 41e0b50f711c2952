import 'server-only'
import type { Plan } from '@/lib/engine'
import { loadCatalog } from '@/lib/wording/load'
import { createPlan } from '@/lib/wording/write'
import { permalinkPath, withoutNames } from '@/lib/permalink/codec'
import { fieldErrors, situationSchema, type Situation } from '@/lib/situation'

export type Evaluation =
  { ok: true; situation: Situation; plan: Plan } | { ok: false; errors: Record<string, string> }

/** Validates untrusted input with the shared schema and, when it passes, makes the plan. */
export function evaluate(input: unknown): Evaluation {
  const parsed = situationSchema.safeParse(input)
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) }
  return { ok: true, situation: parsed.data, plan: planFor(parsed.data) }
}

/** The plan for an already valid situation (a decoded permalink, say). */
export function planFor(situation: Situation): Plan {
  return { ...createPlan(situation, loadCatalog()), permalink: permalinkPath(situation) }
}

/** A second link to the same plan that leaves out every name, for sharing with a friend. */
export function anonymousPermalink(situation: Situation): string {
  return permalinkPath(withoutNames(situation))
}
