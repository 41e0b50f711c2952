import Link from 'next/link'
import { AdviceBrowserScript } from '@/components/advice/advice-browser-script'
import { ArticleCard } from '@/components/advice/article-card'
import type { ArticleSummary } from '@/lib/content/articles'
import { TOPIC_LABELS, TOPICS } from '@/lib/content/taxonomy'
import { describeResults, FILTER_LINK_CLASS, filterQuery } from '@/lib/search/advice-browser'
import {
  ADVICE_SEARCH_PATH,
  adviceHref,
  applyAdviceQuery,
  MAX_QUERY_LENGTH,
  type AdviceQuery,
} from '@/lib/search/query'
import { STAGE_LABELS, STAGES } from '@/lib/situation/stages'

type Props = {
  articles: ArticleSummary[]
  query: AdviceQuery
  /** The search's results for `query.q`, best first. */
  matches: string[]
}

/**
 * The advice index. Without JavaScript it is plain links and a GET form answered by the server;
 * with it, lib/search/advice-browser.ts makes the same controls filter and search in the page.
 * Every article is in the page, the ones outside this view `hidden`, so the script only has to
 * show, hide and order them.
 */
export function AdviceBrowser({ articles, query, matches }: Props) {
  const results = applyAdviceQuery(articles, query, matches)
  const shown = new Set(results.map((article) => article.slug))
  const ordered = [...results, ...articles.filter((article) => !shown.has(article.slug))]
  const filtered = Boolean(query.q || query.topic || query.stage)

  return (
    <div
      data-advice-browser=""
      data-q={query.q}
      data-stage={query.stage ?? ''}
      data-topic={query.topic ?? ''}
      className="grid gap-8 md:grid-cols-[14rem_1fr]"
    >
      <div className="space-y-6">
        <form role="search" action={ADVICE_SEARCH_PATH} method="get" className="space-y-2">
          <label htmlFor="advice-search" className="block font-semibold">
            Search the advice
          </label>
          <div className="flex gap-2">
            <input
              id="advice-search"
              type="search"
              name="q"
              defaultValue={query.q}
              maxLength={MAX_QUERY_LENGTH}
              placeholder="e.g. voicemail"
              className="w-full min-w-0 rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900"
            />
            <button
              type="submit"
              className="rounded-md bg-brand-700 px-3 py-2 font-medium text-white hover:bg-brand-800 dark:bg-brand-300 dark:text-slate-950 dark:hover:bg-brand-200"
            >
              Search
            </button>
          </div>
          {query.stage ? <input type="hidden" name="stage" value={query.stage} /> : null}
          {query.topic ? <input type="hidden" name="topic" value={query.topic} /> : null}
        </form>

        <FilterGroup
          title="Where you are"
          kind="stage"
          options={STAGES.map((stage) => ({ value: stage, label: STAGE_LABELS[stage] }))}
          query={query}
        />
        <FilterGroup
          title="Topic"
          kind="topic"
          options={TOPICS.map((topic) => ({ value: topic, label: TOPIC_LABELS[topic] }))}
          query={query}
        />
      </div>

      <section aria-labelledby="results-heading">
        <h2 id="results-heading" className="sr-only">
          Articles
        </h2>
        <div className="mb-4 flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <p role="status" data-advice-status="" className="text-slate-700 dark:text-slate-300">
            {describeResults(results.length, query)}
          </p>
          <Link
            href="/advice"
            prefetch={false}
            data-advice-clear=""
            hidden={!filtered}
            className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300"
          >
            Clear search and filters
          </Link>
        </div>
        <ul data-advice-results="" hidden={results.length === 0} className="grid gap-4">
          {ordered.map((article) => (
            <li
              key={article.slug}
              data-slug={article.slug}
              data-stages={article.stages.join(' ')}
              data-topics={article.topics.join(' ')}
              hidden={!shown.has(article.slug)}
            >
              <ArticleCard article={article} />
            </li>
          ))}
        </ul>
        <div
          data-advice-empty=""
          hidden={results.length > 0}
          className="rounded-lg border border-dashed border-slate-300 p-6 dark:border-slate-700"
        >
          <div data-advice-none="">
            <p className="font-medium">Nothing matches that yet.</p>
            <p className="mt-1 text-slate-700 dark:text-slate-300">
              Try a shorter or different word (for example &ldquo;email&rdquo;, &ldquo;offer&rdquo;
              or &ldquo;pay&rdquo;), or clear the filters to see every article.
            </p>
          </div>
          <div data-advice-failed="" hidden>
            <p className="font-medium">The search isn&rsquo;t available just now.</p>
            <p className="mt-1 text-slate-700 dark:text-slate-300">
              Press Search to try again, or clear the search to see every article.
            </p>
          </div>
        </div>
      </section>
      <AdviceBrowserScript />
    </div>
  )
}

type FilterGroupProps = {
  title: string
  kind: 'stage' | 'topic'
  options: { value: string; label: string }[]
  query: AdviceQuery
}

function FilterGroup({ title, kind, options, query }: FilterGroupProps) {
  const all = [{ value: undefined, label: 'All' }, ...options]
  return (
    <nav aria-label={`Filter by ${title.toLowerCase()}`}>
      <h2 className="mb-2 font-semibold">{title}</h2>
      <ul className="flex flex-wrap gap-2 md:flex-col md:gap-1">
        {all.map((option) => {
          const current = option.value === query[kind]
          return (
            <li key={option.label}>
              <Link
                href={adviceHref(filterQuery(query, kind, option.value))}
                prefetch={false}
                data-advice-filter={kind}
                data-value={option.value ?? ''}
                aria-current={current ? 'true' : undefined}
                className={current ? FILTER_LINK_CLASS.current : FILTER_LINK_CLASS.other}
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
