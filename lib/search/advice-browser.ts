import type MiniSearch from 'minisearch'
import type { Topic } from '@/lib/content/taxonomy'
import type { Stage } from '@/lib/situation/stages'
import type { SearchDoc } from './index'
import { fetchSearchDocs, keepSuccess } from './load'
import { adviceHref, applyAdviceQuery, type AdviceQuery } from './query'

/*
 * What JavaScript adds to the advice index the server rendered (components/advice/
 * advice-browser.tsx): the filters and the search box work in the page, without loading another,
 * and the address bar keeps in step. Without JavaScript the same controls are links and a GET
 * form. Plain DOM code with no framework, so the prerendered index can load it as one small
 * script of its own (lib/search/advice-browser-entry.ts); a page React renders runs the same
 * function from components/advice/advice-browser-script.tsx.
 *
 * The server renders every article, the ones outside the current view `hidden`: the script only
 * shows, hides and orders them.
 */

/** The filter links' look, chosen and not: the server and this script both draw them. */
export const FILTER_LINK_CLASS = {
  current:
    'inline-block rounded-full bg-brand-700 px-3 py-1 text-sm font-medium text-white dark:bg-brand-300 dark:text-slate-950',
  other:
    'inline-block rounded-full border border-slate-300 px-3 py-1 text-sm hover:border-brand-600 dark:border-slate-700',
}

export const SEARCHING = 'Searching…'
export const SEARCH_FAILED = 'The search didn’t load. Press Search to try again.'

/** The line above the results: how many, and for which words. */
export function describeResults(count: number, query: AdviceQuery): string {
  const noun = count === 1 ? 'article' : 'articles'
  return query.q ? `${count} ${noun} for “${query.q}”.` : `${count} ${noun}.`
}

/** The query a filter link stands for, with the words already in the box kept. */
export function filterQuery(
  query: AdviceQuery,
  kind: 'stage' | 'topic',
  value: string | undefined,
): AdviceQuery {
  return kind === 'stage'
    ? { ...query, stage: value as Stage | undefined }
    : { ...query, topic: value as Topic | undefined }
}

type Listed = { slug: string; stages: Stage[]; topics: Topic[]; item: HTMLElement }
type SearchState = { q: string; slugs: string[]; failed?: boolean }

const words = (value: string | undefined) => (value ? value.split(' ').filter(Boolean) : [])

function find<T extends Element>(root: Element, selector: string): T {
  const found = root.querySelector<T>(selector)
  if (!found) throw new Error(`The advice index has no ${selector}.`)
  return found
}

/**
 * Makes the advice index at `root` (the element with `data-advice-browser`) filter and search in
 * the page. Returns a function that undoes it (for React's effect clean-up).
 */
export function enhanceAdviceBrowser(root: HTMLElement): () => void {
  const form = find<HTMLFormElement>(root, 'form[role="search"]')
  const box = find<HTMLInputElement>(form, 'input[name="q"]')
  const status = find<HTMLElement>(root, '[data-advice-status]')
  const clear = find<HTMLAnchorElement>(root, '[data-advice-clear]')
  const list = find<HTMLElement>(root, '[data-advice-results]')
  const empty = find<HTMLElement>(root, '[data-advice-empty]')
  const none = find<HTMLElement>(empty, '[data-advice-none]')
  const failedNote = find<HTMLElement>(empty, '[data-advice-failed]')
  const filters = [...root.querySelectorAll<HTMLAnchorElement>('a[data-advice-filter]')]
  const articles: Listed[] = [...list.querySelectorAll<HTMLElement>('li[data-slug]')].map(
    (item) => ({
      slug: item.dataset.slug ?? '',
      stages: words(item.dataset.stages) as Stage[],
      topics: words(item.dataset.topics) as Topic[],
      item,
    }),
  )

  let query: AdviceQuery = {
    q: root.dataset.q ?? '',
    stage: (root.dataset.stage || undefined) as Stage | undefined,
    topic: (root.dataset.topic || undefined) as Topic | undefined,
  }
  // The server's results for the words it was sent: the articles it showed, in its order.
  let search: SearchState = {
    q: query.q,
    slugs: query.q ? articles.filter((a) => !a.item.hidden).map((a) => a.slug) : [],
  }
  let searchRun = 0

  // Only a built index is kept: a failed load (offline, a 5xx, a body that is not the index) is
  // forgotten, so the next focus or word typed tries again.
  const loadIndex = keepSuccess(async (): Promise<MiniSearch<SearchDoc>> => {
    const [{ createSearchIndex }, docs] = await Promise.all([import('./index'), fetchSearchDocs()])
    return createSearchIndex(docs)
  })

  const pending = () => Boolean(query.q) && search.q !== query.q
  const failed = () => Boolean(query.q) && !pending() && search.failed === true

  function render() {
    const results = applyAdviceQuery(
      articles,
      pending() ? { ...query, q: search.q } : query,
      search.slugs,
    )
    const shown = new Set(results.map((a) => a.slug))
    for (const article of articles) article.item.hidden = !shown.has(article.slug)
    // Matches first, best first; the hidden rest after them, as the server orders them.
    const order = [...results, ...articles.filter((a) => !shown.has(a.slug))]
    for (const article of order) list.append(article.item)
    list.hidden = results.length === 0
    empty.hidden = results.length > 0
    none.hidden = failed()
    failedNote.hidden = !failed()
    status.textContent = pending()
      ? SEARCHING
      : failed()
        ? SEARCH_FAILED
        : describeResults(results.length, query)
    clear.hidden = !(query.q || query.topic || query.stage)
    for (const link of filters) {
      const kind = link.dataset.adviceFilter as 'stage' | 'topic'
      const value = link.dataset.value || undefined
      const current = query[kind] === value
      link.href = adviceHref(filterQuery(query, kind, value))
      link.className = current ? FILTER_LINK_CLASS.current : FILTER_LINK_CLASS.other
      if (current) link.setAttribute('aria-current', 'true')
      else link.removeAttribute('aria-current')
    }
    for (const kind of ['stage', 'topic'] as const) {
      let input = form.querySelector<HTMLInputElement>(`input[type="hidden"][name="${kind}"]`)
      if (query[kind] && !input) {
        input = document.createElement('input')
        input.type = 'hidden'
        input.name = kind
        form.append(input)
      }
      if (input && query[kind]) input.value = query[kind]
      else input?.remove()
    }
  }

  function runSearch() {
    const run = ++searchRun
    const q = query.q
    loadIndex()
      .then(async (built) => {
        const { searchSlugs } = await import('./index')
        if (run === searchRun) search = { q, slugs: searchSlugs(built, q) }
      })
      // Offline or the index failed to load: say so, rather than stay on "Searching…".
      .catch(() => {
        if (run === searchRun) search = { q, slugs: [], failed: true }
      })
      .finally(() => {
        if (run === searchRun) render()
      })
  }

  function choose(next: AdviceQuery) {
    const searchChanged = next.q !== query.q
    query = next
    window.history.replaceState(window.history.state, '', adviceHref(query))
    if (searchChanged && query.q) runSearch()
    else if (searchChanged) searchRun++
    render()
  }

  const onInput = () => choose({ ...query, q: box.value })
  const onFocus = () => {
    // Start loading before the first word; after a failure, search again.
    if (failed()) runSearch()
    else void loadIndex().catch(() => {})
  }
  // After a failed load, the form goes to the server, which searches without the index.
  const onSubmit = (event: SubmitEvent) => {
    if (!failed()) event.preventDefault()
  }
  const onClick = (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) {
      return
    }
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a')
    if (!link || !root.contains(link)) return
    if (link === clear) {
      event.preventDefault()
      box.value = ''
      choose({ q: '' })
    } else if (link.dataset.adviceFilter) {
      event.preventDefault()
      const kind = link.dataset.adviceFilter as 'stage' | 'topic'
      choose(filterQuery(query, kind, link.dataset.value || undefined))
    }
  }

  box.addEventListener('input', onInput)
  box.addEventListener('focus', onFocus)
  form.addEventListener('submit', onSubmit)
  root.addEventListener('click', onClick)
  // Words typed before this script ran are searched for now.
  if (box.value.trim() !== query.q) onInput()
  root.dataset.enhanced = ''
  return () => {
    box.removeEventListener('input', onInput)
    box.removeEventListener('focus', onFocus)
    form.removeEventListener('submit', onSubmit)
    root.removeEventListener('click', onClick)
    searchRun++
    delete root.dataset.enhanced
  }
}
