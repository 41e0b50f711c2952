import { planFor } from '@/lib/plan/evaluate'
import { planToText } from '@/lib/plan/text'
import { decodeSituation } from '@/lib/permalink/codec'
import { SITE_URL } from '@/lib/site/config'

type Context = { params: Promise<{ token: string }> }

const headers = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' }

export async function GET(_request: Request, { params }: Context) {
  const decoded = decodeSituation((await params).token)
  if (!decoded.ok) return new Response('This link doesn’t work.\n', { status: 404, headers })
  return new Response(planToText(planFor(decoded.situation), SITE_URL), {
    headers: {
      ...headers,
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Disposition': 'attachment; filename="bow-out-plan.txt"',
    },
  })
}
