import { AdviceIndex, adviceMetadata } from '@/components/advice/advice-index'
import { parseAdviceQuery } from '@/lib/search/parse-query'

// The one view of the library rendered per request: the search results without JavaScript
// (with it, the index page searches in the browser and puts this address in the bar).
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ searchParams }: Props) {
  return adviceMetadata(parseAdviceQuery(await searchParams))
}

export default async function AdviceSearchPage({ searchParams }: Props) {
  return <AdviceIndex query={parseAdviceQuery(await searchParams)} />
}
