import { NextResponse, type NextRequest } from 'next/server'
import { decodeSituation } from '@/lib/permalink/codec'
import bodyLimits from '@/lib/site/body-limits.json'
import { readableActionFields } from '@/lib/site/action-fields'
import { parseAdviceQuery } from '@/lib/search/parse-query'
import { adviceHref } from '@/lib/search/query'
import { nowHref, nowState } from '@/lib/wizard/fast-path'

const refuse = (status: number, message: string) =>
  new NextResponse(message, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  })

/**
 * Form posts to pages (the planner's server action, with or without JavaScript) are checked
 * before Next parses them, because Next answers an oversized or malformed body with a 500.
 * The server actions take forms, so their requests are always multipart: anything else is
 * refused too. The JSON API (/api/) checks its own bodies.
 */
async function refuseBadFormPost(request: NextRequest): Promise<NextResponse | undefined> {
  const tooLarge = () => refuse(413, 'The form sent was too large.')
  if (Number(request.headers.get('content-length') ?? 0) > bodyLimits.formPost) return tooLarge()
  const type = request.headers.get('content-type') ?? ''
  if (!/^multipart\/form-data\s*;/i.test(type)) {
    return refuse(415, 'Forms here are sent as multipart/form-data.')
  }
  const body = await request.arrayBuffer()
  if (body.byteLength > bodyLimits.formPost) return tooLarge()
  let form: FormData
  try {
    form = await new Response(body, { headers: { 'content-type': type } }).formData()
  } catch {
    return refuse(400, 'The form sent could not be read.')
  }
  if (!readableActionFields(form)) return refuse(400, 'The form sent could not be read.')
  return undefined
}

/**
 * The advice index and the interview-now pages used to read their state from the query string;
 * they are prerendered paths now. An old link is sent, with a permanent redirect, to the page
 * that shows what it used to (anything it doesn't recognise is dropped, as it always was).
 */
function redirectOldLink(request: NextRequest): NextResponse | undefined {
  const { pathname, searchParams } = request.nextUrl
  const has = (...keys: string[]) => keys.some((key) => searchParams.has(key))
  let target: string
  if (pathname === '/advice' && has('q', 'stage', 'topic')) {
    const params: Record<string, string[]> = {}
    for (const key of ['q', 'stage', 'topic']) params[key] = searchParams.getAll(key)
    target = adviceHref(parseAdviceQuery(params))
  } else if (pathname === '/plan/now' && has('what', 'sure')) {
    const { situation, sure } = nowState(
      searchParams.get('what') ?? undefined,
      searchParams.get('sure') ?? undefined,
    )
    target = nowHref(situation?.value, situation?.reason === 'unsafe' ? undefined : sure)
  } else {
    return undefined
  }
  return NextResponse.redirect(new URL(target, request.url), 308)
}

/** A path under /s/ with no route: rewriting a bad link here gets the site's 404 page. */
const NOT_A_PLAN = '/s/-/-'

/**
 * Bad addresses are answered by pages, never by server errors. A path with a malformed
 * percent-escape (say `/s/%E0%A4%A`, a link cut short mid-character) makes Next's router throw
 * while decoding the dynamic segment, which would be a 500.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (request.method === 'POST') {
    const refused = await refuseBadFormPost(request)
    if (refused) return refused
  }
  if (request.method === 'GET' || request.method === 'HEAD') {
    const redirect = redirectOldLink(request)
    if (redirect) return redirect
  }
  let decodable = true
  try {
    decodeURIComponent(pathname)
  } catch {
    decodable = false
  }
  const url = request.nextUrl.clone()
  url.search = ''
  if (pathname.startsWith('/s/') && pathname !== NOT_A_PLAN) {
    // A token that does not decode goes to a path with no route, so it gets the site's 404 page
    // as real HTML with status 404. (notFound() in the dynamic page leaves its message to
    // client-side rendering in Next 16, which is no use without JavaScript.)
    const token = pathname.split('/')[2] ?? ''
    if (decodable && decodeSituation(token).ok) return NextResponse.next()
    url.pathname = NOT_A_PLAN
    return NextResponse.rewrite(url)
  }
  if (decodable) return NextResponse.next()
  url.pathname = '/advice/-'
  return NextResponse.rewrite(url)
}

// The routes with dynamic segments, and any request to a page that carries a body (a GET has no
// Content-Type); everything else, the JSON API included, is untouched and pays nothing.
export const config = {
  matcher: [
    '/advice/:slug*',
    // Old links that carried their state in the query string (see redirectOldLink).
    // (Next reads this list at build time: it must be written out, not computed.)
    { source: '/advice', has: [{ type: 'query', key: 'q' }] },
    { source: '/advice', has: [{ type: 'query', key: 'stage' }] },
    { source: '/advice', has: [{ type: 'query', key: 'topic' }] },
    { source: '/plan/now', has: [{ type: 'query', key: 'what' }] },
    { source: '/plan/now', has: [{ type: 'query', key: 'sure' }] },
    // A shared plan's text and calendar files decode its token. (Its page is the front door's,
    // lib/site/shared-plan-page.tsx, in development and production alike.)
    '/s/:token/:file',
    { source: '/((?!api/).*)', has: [{ type: 'header', key: 'content-type' }] },
  ],
}
