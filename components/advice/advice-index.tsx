import type { Metadata } from 'next'
import { AdviceBrowser } from '@/components/advice/advice-browser'
import { loadArticles, summarize } from '@/lib/content/articles'
import { searchArticles } from '@/lib/content/search'
import { TOPIC_LABELS, TOPICS } from '@/lib/content/taxonomy'
import { adviceHref, type AdviceQuery } from '@/lib/search/query'
import { OG_IMAGES } from '@/lib/site/config'
import { STAGE_LABELS, STAGES } from '@/lib/situation/stages'

const DESCRIPTION =
  'Practical articles on withdrawing from a hiring process, ending an interview early, declining an offer and keeping the door open.'

/** Every filter view of the library, for the prerendered routes. */
export const stageParams = () => STAGES.map((stage) => ({ stage }))
export const topicParams = () => TOPICS.map((topic) => ({ topic }))
export const stageAndTopicParams = () =>
  STAGES.flatMap((stage) => TOPICS.map((topic) => ({ stage, topic })))

/**
 * The title and canonical address of a view of the library. A search is never indexed: its words
 * are what someone typed.
 */
export function adviceMetadata(query: AdviceQuery): Metadata {
  const filters = [
    query.stage ? STAGE_LABELS[query.stage] : undefined,
    query.topic ? TOPIC_LABELS[query.topic] : undefined,
  ].filter(Boolean)
  const title = filters.length ? `Advice: ${filters.join(', ')}` : 'Advice'
  const url = adviceHref({ ...query, q: '' })
  return {
    title,
    description: DESCRIPTION,
    alternates: { canonical: url },
    openGraph: { images: OG_IMAGES, title: `${title} · Bow Out`, url },
    ...(query.q ? { robots: { index: false, follow: true } } : {}),
  }
}

/** The advice index, filtered and searched as `query` says. */
export function AdviceIndex({ query }: { query: AdviceQuery }) {
  return (
    <>
      <div className="mb-8 max-w-2xl">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Advice</h1>
        <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">
          Everything we know about stepping away from a job gracefully: when to do it, how, and what
          to say. Filter by where you are, or search for a word.
        </p>
      </div>
      <AdviceBrowser
        articles={loadArticles().map(summarize)}
        query={query}
        matches={query.q ? searchArticles(query.q) : []}
      />
    </>
  )
}
