import type { Topic } from '@/lib/content/taxonomy'
import type { Stage } from '@/lib/situation/stages'

// Shared by the server page and the browser: keep this module free of heavy imports (zod,
// MiniSearch) so the advice index ships only what it needs up front.

export const MAX_QUERY_LENGTH = 100

export type AdviceQuery = { q: string; topic?: Topic; stage?: Stage }

type Listed = { slug: string; topics: readonly Topic[]; stages: readonly Stage[] }

/** Where the search results live: the one view of the library that is rendered per request. */
export const ADVICE_SEARCH_PATH = '/advice/search'

/**
 * The address of a view of the library. Filter views are paths, prerendered once at build time
 * (`/advice/stage/offer/topic/pay`); a search is `/advice/search?q=…`, with the filters kept as
 * parameters beside it.
 */
export function adviceHref(query: AdviceQuery): string {
  if (query.q) {
    const params = new URLSearchParams({ q: query.q })
    if (query.stage) params.set('stage', query.stage)
    if (query.topic) params.set('topic', query.topic)
    return `${ADVICE_SEARCH_PATH}?${params}`
  }
  return `/advice${query.stage ? `/stage/${query.stage}` : ''}${query.topic ? `/topic/${query.topic}` : ''}`
}

/**
 * Articles matching the filters; with a search, only the matches, best first. `matches` are the
 * search's slugs in rank order (ignored when there is no search text).
 */
export function applyAdviceQuery<T extends Listed>(
  articles: T[],
  query: AdviceQuery,
  matches: string[],
): T[] {
  const filtered = articles.filter(
    (a) =>
      (!query.topic || a.topics.includes(query.topic)) &&
      (!query.stage || a.stages.includes(query.stage)),
  )
  if (!query.q) return filtered
  const rank = new Map(matches.map((slug, i) => [slug, i]))
  return filtered
    .filter((a) => rank.has(a.slug))
    .sort((a, b) => rank.get(a.slug)! - rank.get(b.slug)!)
}
