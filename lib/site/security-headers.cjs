// @ts-check
// The headers every answer carries, in one place: next.config.js applies them to what Next
// answers, and the front door (lib/site/front-door.cjs) to everything, Next's own redirects and
// errors included. CommonJS, because next.config.js and the entry point load it unbuilt.

/**
 * One policy for every response. Next inlines small bootstrap scripts on every page, so scripts
 * need 'unsafe-inline' while pages stay statically rendered (the README explains the trade-off);
 * everything else is locked to this origin, and nothing may frame, embed or post elsewhere.
 * A shared plan's lean page has no inline script at all: it gets `inlineScripts: false`.
 * @param {boolean} isDev
 * @param {{ inlineScripts?: boolean }} [options]
 */
function contentSecurityPolicy(isDev, { inlineScripts = true } = {}) {
  return [
    "default-src 'self'",
    `script-src 'self'${inlineScripts ? " 'unsafe-inline'" : ''}${isDev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${isDev ? ' ws:' : ''}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ')
}

/** @param {boolean} isDev @returns {{ key: string, value: string }[]} */
function securityHeaders(isDev) {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(isDev) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    {
      key: 'Permissions-Policy',
      value:
        'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
    },
    { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ]
}

/**
 * A shared plan's address carries someone's answers: never send it on as a referrer, keep it
 * out of search engines, and out of caches.
 */
const PERMALINK_HEADERS = [
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
]

module.exports = { contentSecurityPolicy, securityHeaders, PERMALINK_HEADERS }
