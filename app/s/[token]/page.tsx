import { OG_IMAGES } from '@/lib/site/config'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { EnhancedPlanView } from '@/components/plan/enhanced-plan-view'
import {
  SHARED_PLAN_DESCRIPTION,
  SHARED_PLAN_PREVIEW,
  SHARED_PLAN_TITLE,
  SharedPlan,
} from '@/components/plan/shared-plan'
import { articleIndex } from '@/lib/content/articles'
import { anonymousPermalink, planFor } from '@/lib/plan/evaluate'
import { decodeSituation } from '@/lib/permalink/codec'

/*
 * In production a shared plan is answered by its lean page (lib/site/shared-plan-page.tsx, served
 * by the front door before Next sees the request): the same components, rendered to HTML with one
 * small script. This page is what `next dev`, which has no front door, shows at the same address.
 */
export const metadata: Metadata = {
  title: SHARED_PLAN_TITLE,
  description: SHARED_PLAN_DESCRIPTION,
  robots: { index: false, follow: false },
  openGraph: {
    images: OG_IMAGES,
    title: `${SHARED_PLAN_TITLE} · Bow Out`,
    description: SHARED_PLAN_PREVIEW,
  },
}

type Props = { params: Promise<{ token: string }> }

export default async function SharedPlanPage({ params }: Props) {
  const { token } = await params
  const decoded = decodeSituation(token)
  if (!decoded.ok) notFound()
  return (
    <SharedPlan token={token}>
      <EnhancedPlanView
        plan={planFor(decoded.situation)}
        articles={articleIndex()}
        anonymousPermalink={anonymousPermalink(decoded.situation)}
      />
    </SharedPlan>
  )
}
