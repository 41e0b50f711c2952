import { OG_IMAGES } from '@/lib/site/config'
import type { Metadata } from 'next'
import { initialState } from '@/lib/wizard/state'
import { PlanWizard } from '@/components/wizard/plan-wizard'
import { articleIndex } from '@/lib/content/articles'
import { CERTAINTIES, REASONS, STAGES } from '@/lib/situation'
import { EMPTY_VALUES, formValuesFromSituation } from '@/lib/situation/form'
import { decodeSituation } from '@/lib/permalink/codec'
import { wizardFrames } from '@/lib/wording/frames'
import { loadCatalog } from '@/lib/wording/load'

export const metadata: Metadata = {
  title: 'Get your words',
  description:
    'Answer a few short questions about the job you want to step away from and get a clear recommendation, the reasons, and the exact words to use.',
  alternates: { canonical: '/plan' },
  openGraph: { images: OG_IMAGES, title: 'Get your words · Bow Out', url: '/plan' },
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function PlanPage({ searchParams }: Props) {
  const { stage, reasons, certainty, from } = await searchParams
  // "Edit these answers" on a shared plan: start on the check page with that link's answers.
  const shared = typeof from === 'string' ? decodeSituation(from) : undefined
  if (shared?.ok) {
    return (
      <PlanWizard
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
      initial={initialState(values)}
      articles={articleIndex()}
      linkedStage={linkedStage}
      frames={wizardFrames(loadCatalog())}
    />
  )
}
