import { PLANNER_METADATA, PlannerPage } from '@/components/wizard/planner-page'
import { STAGES } from '@/lib/situation'
import { evaluatePlan } from '../../actions'

// The planner started from an article's "Get your words" (`/plan?stage=during`): one prerendered
// page per stage. next.config.js rewrites a link that names a stage and nothing else here, under
// the same address; any other answers in a link go to app/plan/start/page.tsx.
export const metadata = PLANNER_METADATA
export const dynamicParams = false
export const generateStaticParams = () => STAGES.map((stage) => ({ stage }))

type Props = { params: Promise<{ stage: string }> }

export default async function PlanStagePage({ params }: Props) {
  const { stage } = await params
  return <PlannerPage action={evaluatePlan} params={{ stage }} />
}
