'use client'

import type MiniSearch from 'minisearch'
import Link from 'next/link'
import { useEffect, useRef, useState, type MouseEvent } from 'react'
import { ArticleCard } from '@/components/advice/article-card'
import type { ArticleSummary } from '@/lib/content/articles'
import { TOPIC_LABELS, TOPICS, type Topic } from '@/lib/content/taxonomy'
import type { SearchDoc } from '@/lib/search'
import { fetchSearchDocs, keepSuccess } from '@/lib/search/load'
import {
  ADVICE_SEARCH_PATH,
  adviceHref,
  applyAdviceQuery,
  MAX_QUERY_LENGTH,
  type AdviceQuery,
} from '@/lib/search/query'
import { STAGE_LABELS, STAGES, type Stage } from '@/lib/situation/stages'

type Props = {
  articles: ArticleSummary[]
  initialQuery: AdviceQuery
  /** The server's search results for `initialQuery.q`, so the first paint matches a no-JS visit. */
  initialMatches: string[]
}

/**
 * The advice index. Without JavaScript it is plain links and a GET form answered by the server;
 * with it, the same controls filter and search in the browser and keep the address bar in step.
 */
export function AdviceBrowser({ articles, initialQuery, initialMatches }: Props) {
  const [query, setQuery] = useState(initialQuery)
  // The search results and the words they answer: while the index loads or runs, the words in
  // the box may be ahead of the results, and the page says so rather than show a wrong count.
  // `failed`: the index could not be loaded for those words.
  const [search, setSearch] = useState<{ q: string; slugs: string[]; failed?: boolean }>({
    q: initialQuery.q,
    slugs: initialMatches,
  })
  // Bumped to search again after a failure, when the box is focused.
  const [attempt, setAttempt] = useState(0)
  const index = useRef<(() => Promise<MiniSearch<SearchDoc>>) | null>(null)

  // Only a built index is kept: a failed load (offline, a 5xx, a body that is not the index) is
  // forgotten, so the next focus or word typed tries again.
  const loadIndex = () => {
    index.current ??= keepSuccess(async () => {
      const [{ createSearchIndex }, docs] = await Promise.all([
        import('@/lib/search'),
        fetchSearchDocs(),
      ])
      return createSearchIndex(docs)
    })
    return index.current()
  }

  useEffect(() => {
    window.history.replaceState(window.history.state, '', adviceHref(query))
  }, [query])

  useEffect(() => {
    if (!query.q) return
    let current = true
    loadIndex()
      .then(async (built) => {
        const { searchSlugs } = await import('@/lib/search')
        if (current) setSearch({ q: query.q, slugs: searchSlugs(built, query.q) })
      })
      // Offline or the index failed to load: say so, rather than stay on "Searching…".
      .catch(() => {
        if (current) setSearch({ q: query.q, slugs: [], failed: true })
      })
    return () => {
      current = false
    }
  }, [query.q, attempt])

  const pending = Boolean(query.q) && search.q !== query.q
  const failed = Boolean(query.q) && !pending && search.failed === true
  const results = applyAdviceQuery(
    articles,
    pending ? { ...query, q: search.q } : query,
    search.slugs,
  )
  const filtered = Boolean(query.q || query.topic || query.stage)

  const choose = (next: AdviceQuery) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return
    event.preventDefault()
    setQuery(next)
  }

  return (
    <div className="grid gap-8 md:grid-cols-[14rem_1fr]">
      <div className="space-y-6">
        <form
          role="search"
          action={ADVICE_SEARCH_PATH}
          method="get"
          // After a failed load, the form goes to the server, which searches without the index.
          onSubmit={(event) => {
            if (!failed) event.preventDefault()
          }}
          className="space-y-2"
        >
          <label htmlFor="advice-search" className="block font-semibold">
            Search the advice
          </label>
          <div className="flex gap-2">
            <input
              id="advice-search"
              type="search"
              name="q"
              value={query.q}
              maxLength={MAX_QUERY_LENGTH}
              onFocus={() => {
                // Start loading before the first word; after a failure, search again.
                if (failed) setAttempt((n) => n + 1)
                else void loadIndex().catch(() => {})
              }}
              onChange={(event) => setQuery({ ...query, q: event.target.value })}
              placeholder="e.g. voicemail"
              className="w-full min-w-0 rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900"
            />
            {query.stage ? <input type="hidden" name="stage" value={query.stage} /> : null}
            {query.topic ? <input type="hidden" name="topic" value={query.topic} /> : null}
            <button
              type="submit"
              className="rounded-md bg-brand-700 px-3 py-2 font-medium text-white hover:bg-brand-800 dark:bg-brand-300 dark:text-slate-950 dark:hover:bg-brand-200"
            >
              Search
            </button>
          </div>
        </form>

        <FilterGroup
          title="Where you are"
          options={STAGES.map((stage) => ({ value: stage, label: STAGE_LABELS[stage] }))}
          selected={query.stage}
          hrefFor={(stage) => ({ ...query, stage: stage as Stage | undefined })}
          choose={choose}
        />
        <FilterGroup
          title="Topic"
          options={TOPICS.map((topic) => ({ value: topic, label: TOPIC_LABELS[topic] }))}
          selected={query.topic}
          hrefFor={(topic) => ({ ...query, topic: topic as Topic | undefined })}
          choose={choose}
        />
      </div>

      <section aria-labelledby="results-heading">
        <h2 id="results-heading" className="sr-only">
          Articles
        </h2>
        <div className="mb-4 flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <p role="status" className="text-slate-700 dark:text-slate-300">
            {pending
              ? 'Searching…'
              : failed
                ? 'The search didn’t load. Press Search to try again.'
                : describeResults(results.length, query)}
          </p>
          {filtered ? (
            <Link
              href="/advice"
              prefetch={false}
              onClick={choose({ q: '' })}
              className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300"
            >
              Clear search and filters
            </Link>
          ) : null}
        </div>
        {results.length > 0 ? (
          <ul className="grid gap-4">
            {results.map((article) => (
              <li key={article.slug}>
                <ArticleCard article={article} />
              </li>
            ))}
          </ul>
        ) : (
          <div className="rounded-lg border border-dashed border-slate-300 p-6 dark:border-slate-700">
            {failed ? (
              <>
                <p className="font-medium">The search isn&rsquo;t available just now.</p>
                <p className="mt-1 text-slate-700 dark:text-slate-300">
                  Press Search to try again, or clear the search to see every article.
                </p>
              </>
            ) : (
              <>
                <p className="font-medium">Nothing matches that yet.</p>
                <p className="mt-1 text-slate-700 dark:text-slate-300">
                  Try a shorter or different word (for example &ldquo;email&rdquo;,
                  &ldquo;offer&rdquo; or &ldquo;pay&rdquo;), or clear the filters to see every
                  article.
                </p>
              </>
            )}
          </div>
        )}
      </section>
    </div>
  )
}

function describeResults(count: number, query: AdviceQuery): string {
  const noun = count === 1 ? 'article' : 'articles'
  return query.q ? `${count} ${noun} for “${query.q}”.` : `${count} ${noun}.`
}

type FilterGroupProps = {
  title: string
  options: { value: string; label: string }[]
  selected: string | undefined
  hrefFor: (value: string | undefined) => AdviceQuery
  choose: (next: AdviceQuery) => (event: MouseEvent<HTMLAnchorElement>) => void
}

function FilterGroup({ title, options, selected, hrefFor, choose }: FilterGroupProps) {
  const all = [{ value: undefined, label: 'All' }, ...options]
  return (
    <nav aria-label={`Filter by ${title.toLowerCase()}`}>
      <h2 className="mb-2 font-semibold">{title}</h2>
      <ul className="flex flex-wrap gap-2 md:flex-col md:gap-1">
        {all.map((option) => {
          const next = hrefFor(option.value)
          const current = option.value === selected
          return (
            <li key={option.label}>
              <Link
                href={adviceHref(next)}
                prefetch={false}
                onClick={choose(next)}
                aria-current={current ? 'true' : undefined}
                className={
                  current
                    ? 'inline-block rounded-full bg-brand-700 px-3 py-1 text-sm font-medium text-white dark:bg-brand-300 dark:text-slate-950'
                    : 'inline-block rounded-full border border-slate-300 px-3 py-1 text-sm hover:border-brand-600 dark:border-slate-700'
                }
              >
                {option.label}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
