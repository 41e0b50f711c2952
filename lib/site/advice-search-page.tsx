import { AdviceIndex, adviceMetadata } from '@/components/advice/advice-index'
import { parseAdviceQuery } from '@/lib/search/parse-query'
import { renderDocument, type PageAssets } from './lean-document'

/*
 * The advice search results' lean page: what app/advice/search/page.tsx shows, rendered by the
 * front door (lib/site/front-door.cjs) for GET and HEAD without the framework's runtime, with
 * the advice index's own script. It is the one view of the library rendered per request (the
 * words are whatever someone typed), and the page people land on from the search form without
 * JavaScript or from a reload.
 */

/** The page for `/advice/search?…`, from the address's parameters. */
export function renderAdviceSearchPage(params: URLSearchParams, assets: PageAssets): string {
  const record: Record<string, string[]> = {}
  for (const key of new Set(params.keys())) record[key] = params.getAll(key)
  const query = parseAdviceQuery(record)
  const metadata = adviceMetadata(query)
  const canonical = metadata.alternates?.canonical
  return renderDocument({
    assets,
    title: String(metadata.title),
    description: metadata.description ?? '',
    robots: query.q ? 'noindex, follow' : undefined,
    canonical: typeof canonical === 'string' ? canonical : undefined,
    preview: metadata.description ?? undefined,
    script: assets.scripts.advice,
    children: <AdviceIndex query={query} />,
  })
}
