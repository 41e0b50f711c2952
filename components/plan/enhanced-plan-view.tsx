'use client'

import { useEffect, useRef } from 'react'
import { enhancePlan } from '@/lib/plan/enhance'
import { PlanView } from './plan-view'

type Props = Parameters<typeof PlanView>[0]

/**
 * The plan view with its controls, for pages React renders in the browser (the planner). The
 * controls come from the same code a shared plan's lean page loads on its own.
 */
export function EnhancedPlanView(props: Props) {
  const root = useRef<HTMLDivElement>(null)
  const { plan } = props
  useEffect(() => (root.current ? enhancePlan(root.current, plan) : undefined), [plan])
  return (
    <div ref={root}>
      <PlanView {...props} />
    </div>
  )
}
