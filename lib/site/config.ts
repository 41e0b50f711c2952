export const DEFAULT_SITE_URL = 'http://localhost:3000'

/**
 * The public origin from a SITE_URL value: an http(s) URL, reduced to its origin (no path, no
 * trailing slash, no credentials). Anything else, unset, empty or unparseable, gives the local
 * default, so a bad value can never put another scheme (`javascript:`, `file:`) into a link.
 */
export function siteUrlFrom(value: string | undefined): string {
  return httpOrigin(value) ?? DEFAULT_SITE_URL
}

function httpOrigin(value: string | undefined): string | undefined {
  const text = value?.trim()
  if (!text) return undefined
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return undefined
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined
}

/**
 * Absolute origin for canonical and Open Graph URLs and for the links in downloaded files (plan.txt,
 * reminder.ics); set SITE_URL where the app is deployed. Never taken from a request: behind a proxy
 * the request's own origin is the address the server is bound to, not the one people use.
 */
export const SITE_URL = siteUrlFrom(process.env.SITE_URL)
if (process.env.SITE_URL?.trim() && !httpOrigin(process.env.SITE_URL)) {
  console.warn(`SITE_URL is not an http(s) URL; links will use ${DEFAULT_SITE_URL}.`)
}

export const SITE_NAME = 'Bow Out'
export const SITE_DESCRIPTION =
  'Realised a job is wrong for you? Decide whether to end the interview, finish it, withdraw or decline, and get the exact words to do it gracefully.'

/** Where the guided planner lives, with an optional stage to start from. */
export function planHref(stage?: string): string {
  return stage ? `/plan?stage=${encodeURIComponent(stage)}` : '/plan'
}

/**
 * The one preview image for every page, shared plans included: generic, so a link preview never
 * shows anything about someone's situation. Pages that set openGraph replace their parent's
 * whole object, so each includes this.
 */
export const OG_IMAGES = [
  {
    url: '/og.png',
    width: 1200,
    height: 630,
    alt: 'Bow Out: step away from the wrong job, gracefully.',
  },
]
