import { NextResponse, type NextRequest } from 'next/server'
import { decodeSituation } from '@/lib/permalink/codec'

/**
 * Bad addresses are answered by pages, never by server errors. A path with a malformed
 * percent-escape (say `/s/%E0%A4%A`, a link cut short mid-character) makes Next's router throw
 * while decoding the dynamic segment, which would be a 500.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  let decodable = true
  try {
    decodeURIComponent(pathname)
  } catch {
    decodable = false
  }
  const url = request.nextUrl.clone()
  url.search = ''
  if (pathname.startsWith('/s/')) {
    // A token that does not decode goes to a path with no route, so it gets the site's 404 page
    // as real HTML with status 404. (notFound() in the dynamic page leaves its message to
    // client-side rendering in Next 16, which is no use without JavaScript.)
    const token = pathname.split('/')[2] ?? ''
    if (decodable && decodeSituation(token).ok) return NextResponse.next()
    url.pathname = '/s/-/-'
    return NextResponse.rewrite(url)
  }
  if (decodable) return NextResponse.next()
  url.pathname = '/advice/-'
  return NextResponse.rewrite(url)
}

// Only the routes with dynamic segments; everything else is untouched and pays nothing.
export const config = { matcher: ['/advice/:slug*', '/s/:token'] }
