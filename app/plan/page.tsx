import { PLANNER_METADATA, PlannerPage } from '@/components/wizard/planner-page'
import { evaluatePlan } from './actions'

// Prerendered: the planner with nothing filled in, the page most people open. A link that
// carries answers (?stage=, ?reasons=, ?certainty=, ?from=) is rewritten by next.config.js to
// app/plan/start/page.tsx, which reads them.
export const metadata = PLANNER_METADATA

export default function PlanPage() {
  return <PlannerPage action={evaluatePlan} />
}
