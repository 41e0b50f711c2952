import type { Metadata } from 'next'
import { PLANNER_METADATA, PlannerPage, type PlannerParams } from '@/components/wizard/planner-page'
import { evaluatePlan } from '../actions'

// The planner started from a link that carries answers: `/plan?stage=during`, from an article;
// `/plan?from=<token>`, "Edit these answers" on a shared plan. next.config.js rewrites those
// addresses here, so the address bar keeps showing /plan?…, and this page reads them per request.
export const metadata: Metadata = PLANNER_METADATA

type Props = { searchParams: Promise<PlannerParams> }

export default async function PlanStartPage({ searchParams }: Props) {
  return <PlannerPage action={evaluatePlan} params={await searchParams} />
}
