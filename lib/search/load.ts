import type { SearchDoc } from './index'

/** Where the browser gets the documents to build its own search index from. */
export const SEARCH_INDEX_URL = '/advice/search-index.json'

type Fetch = (url: string) => Promise<Response>

/**
 * The search documents from the server. Rejects, for the caller to show its own state, on a
 * network error, an answer that is not 2xx (a 404 page or a proxy's 502 is not an index) or a body
 * that is not a list of documents.
 */
export async function fetchSearchDocs(
  fetchImpl: Fetch = (url) => fetch(url),
  url = SEARCH_INDEX_URL,
): Promise<SearchDoc[]> {
  const response = await fetchImpl(url)
  if (!response.ok) throw new Error(`The search index answered ${response.status}.`)
  const docs: unknown = await response.json()
  if (!Array.isArray(docs) || !docs.every(isSearchDoc)) {
    throw new Error('The search index is not a list of articles.')
  }
  return docs
}

const FIELDS = ['slug', 'title', 'summary', 'headings', 'text'] as const

function isSearchDoc(value: unknown): value is SearchDoc {
  return (
    typeof value === 'object' &&
    value !== null &&
    FIELDS.every((field) => typeof (value as Record<string, unknown>)[field] === 'string')
  )
}

/**
 * `load`, run once and its result shared, but only a success is kept: after a failure the next
 * call (the next focus on the box, the next word typed) tries again instead of getting the same
 * failure for the rest of the visit. Calls while one attempt is under way share that attempt.
 */
export function keepSuccess<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined
  return () => {
    if (!pending) {
      const attempt: Promise<T> = new Promise<T>((resolve) => resolve(load())).catch(
        (error: unknown) => {
          if (pending === attempt) pending = undefined
          throw error
        },
      )
      pending = attempt
    }
    return pending
  }
}
