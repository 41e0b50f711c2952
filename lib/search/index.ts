import MiniSearch, { type Options } from 'minisearch'
import { MAX_QUERY_LENGTH } from './query'

/** What the search indexes for one article; the same shape on the server and in the browser. */
export type SearchDoc = {
  slug: string
  title: string
  summary: string
  headings: string
  text: string
}

const options: Options<SearchDoc> = {
  idField: 'slug',
  fields: ['title', 'summary', 'headings', 'text'],
  searchOptions: {
    boost: { title: 4, summary: 2, headings: 2 },
    // "withdr" finds "withdraw", "intervew" finds "interview"; every word must match somewhere.
    prefix: true,
    fuzzy: 0.2,
    combineWith: 'AND',
  },
}

export function createSearchIndex(docs: SearchDoc[]): MiniSearch<SearchDoc> {
  const index = new MiniSearch(options)
  index.addAll(docs)
  return index
}

/** Slugs of matching articles, best first. An empty query matches nothing (callers show all). */
export function searchSlugs(index: MiniSearch<SearchDoc>, query: string): string[] {
  const q = query.trim().slice(0, MAX_QUERY_LENGTH)
  if (!q) return []
  return index.search(q).map((result) => String(result.id))
}
