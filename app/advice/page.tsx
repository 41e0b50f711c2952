import { OG_IMAGES } from '@/lib/site/config'
import type { Metadata } from 'next'
import { AdviceBrowser } from '@/components/advice/advice-browser'
import { loadArticles, summarize } from '@/lib/content/articles'
import { searchArticles } from '@/lib/content/search'
import { parseAdviceQuery } from '@/lib/search/parse-query'

export const metadata: Metadata = {
  title: 'Advice',
  description:
    'Practical articles on withdrawing from a hiring process, ending an interview early, declining an offer and keeping the door open.',
  alternates: { canonical: '/advice' },
  openGraph: { images: OG_IMAGES, title: 'Advice · Bow Out', url: '/advice' },
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function AdvicePage({ searchParams }: Props) {
  const query = parseAdviceQuery(await searchParams)
  const articles = loadArticles()
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
        articles={articles.map(summarize)}
        initialQuery={query}
        initialMatches={query.q ? searchArticles(query.q) : []}
      />
    </>
  )
}
