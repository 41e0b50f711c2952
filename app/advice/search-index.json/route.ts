import { loadArticles } from '@/lib/content/articles'
import { toSearchDoc } from '@/lib/content/search'

// Built once at build time; the advice page fetches it only when someone starts typing.
export const dynamic = 'force-static'

export function GET() {
  return Response.json(loadArticles().map(toSearchDoc))
}
