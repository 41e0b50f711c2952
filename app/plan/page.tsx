import type { Metadata } from 'next'
import type { ArticleIndex } from '@/components/plan/plan-view'
import { initialState } from '@/components/wizard/state'
import { PlanWizard } from '@/components/wizard/plan-wizard'
import { loadArticles } from '@/lib/content/articles'
import { CERTAINTIES, REASONS, STAGES } from '@/lib/situation'
import { EMPTY_VALUES } from '@/lib/situation/form'

export const metadata: Metadata = {
  title: 'Get your words',
  description:
    'Answer a few short questions about the job you want to step away from and get a clear recommendation, the reasons, and the exact words to use.',
  alternates: { canonical: '/plan' },
  openGraph: { title: 'Get your words · Bow Out', url: '/plan' },
}

/** Article and section names for the plan's "read more" links. */
function articleIndex(): ArticleIndex {
  return Object.fromEntries(
    loadArticles().map((a) => [
      a.slug,
      { title: a.title, sections: Object.fromEntries(a.toc.map((t) => [t.id, t.text])) },
    ]),
  )
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function PlanPage({ searchParams }: Props) {
  const { stage, reasons, certainty } = await searchParams
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
    />
  )
}
