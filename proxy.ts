import { NextResponse, type NextRequest } from 'next/server'
import { decodeSituation } from '@/lib/permalink/codec'
import bodyLimits from '@/lib/site/body-limits.json'

const refuse = (status: number, message: string) =>
  new NextResponse(message, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  })

/**
 * Form posts to pages (the planner's server action, with or without JavaScript) are checked
 * before Next parses them, because Next answers an oversized or malformed body with a 500.
 * The only server action takes a form, so its requests are always multipart: anything else is
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
  try {
    await new Response(body, { headers: { 'content-type': type } }).formData()
  } catch {
    return refuse(400, 'The form sent could not be read.')
  }
  return undefined
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
    '/s/:token',
    // The plan's text and calendar files decode the same token.
    '/s/:token/:file',
    { source: '/((?!api/).*)', has: [{ type: 'header', key: 'content-type' }] },
  ],
}
