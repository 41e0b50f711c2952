import type { Metadata } from 'next'
import { PlanWizard } from '@/components/wizard/plan-wizard'
import { articleIndex } from '@/lib/content/articles'
import { decodeSituation } from '@/lib/permalink/codec'
import { CERTAINTIES, REASONS, STAGES } from '@/lib/situation'
import { EMPTY_VALUES, formValuesFromSituation } from '@/lib/situation/form'
import { OG_IMAGES } from '@/lib/site/config'
import { initialState, type WizardState } from '@/lib/wizard/state'
import { wizardFrames } from '@/lib/wording/frames'
import { loadCatalog } from '@/lib/wording/load'

export const PLANNER_METADATA: Metadata = {
  title: 'Get your words',
  description:
    'Answer a few short questions about the job you want to step away from and get a clear recommendation, the reasons, and the exact words to use.',
  alternates: { canonical: '/plan' },
  openGraph: { images: OG_IMAGES, title: 'Get your words · Bow Out', url: '/plan' },
}

/** What a link to the planner may carry: see app/plan/start/page.tsx. */
export type PlannerParams = Record<string, string | string[] | undefined>

/**
 * The planner, started from nothing (`/plan`, prerendered) or from what a link carries (answers
 * rewritten to app/plan/start/page.tsx by next.config.js).
 */
export function PlannerPage({
  action,
  params = {},
}: {
  /** The route's server action (app/plan/actions.ts): the arrow points from app/ to here. */
  action: (previous: WizardState, formData: FormData) => Promise<WizardState>
  params?: PlannerParams
}) {
  const { stage, reasons, certainty, from } = params
  // "Edit these answers" on a shared plan: start on the check page with that link's answers.
  const shared = typeof from === 'string' ? decodeSituation(from) : undefined
  if (shared?.ok) {
    return (
      <PlanWizard
        action={action}
        initial={initialState(formValuesFromSituation(shared.situation), 'check')}
        articles={articleIndex()}
        prefilled
        frames={wizardFrames(loadCatalog())}
      />
    )
  }
  // Links from an article or the in-interview page may name a stage, reasons and how sure the
  // person is; anything unknown in the address is ignored.
  const linkedStage = STAGES.find((s) => s === stage)
  const values = {
    ...EMPTY_VALUES,
    stage: linkedStage ?? '',
    reasons: REASONS.filter((r) => [reasons].flat().includes(r)),
    certainty: CERTAINTIES.find((c) => c === certainty) ?? '',
  }
  return (
    <PlanWizard
      action={action}
      initial={initialState(values)}
      articles={articleIndex()}
      linkedStage={linkedStage}
      frames={wizardFrames(loadCatalog())}
    />
  )
}
