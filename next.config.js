// @ts-check
// eslint-disable-next-line @typescript-eslint/no-require-imports -- this file is CommonJS
const bodyLimits = require('./lib/site/body-limits.json')

const isDev = process.env.NODE_ENV === 'development'

/**
 * One policy for every response. Next inlines small bootstrap scripts on every page, so scripts
 * need 'unsafe-inline' while pages stay statically rendered (the README explains the trade-off);
 * everything else is locked to this origin, and nothing may frame, embed or post elsewhere.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  `connect-src 'self'${isDev ? ' ws:' : ''}`,
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ')

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
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

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A self-contained server in .next/standalone (scripts/standalone.mjs adds the static files), for
  // running the same build on as many machines as needed: see "Running more than one instance".
  output: 'standalone',
  // The content loaders read content/ at run time, which the tracer cannot narrow down, so it
  // copies source files too. Only content/ is read: leave the rest out.
  outputFileTracingExcludes: { '*': ['./app/**', './components/**', './e2e/**', './lib/**'] },
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // The planner's form posts are a few kB. proxy.ts refuses larger ones with 413 before they
    // are parsed; this is Next's own limit behind it.
    serverActions: { bodySizeLimit: bodyLimits.formPost },
    // What the proxy may buffer (the default is 10 MB). Past this Next drops the rest, so it must
    // exceed the limit above by more than one network chunk (64 kB) for the proxy to see that a
    // body is too large.
    proxyClientMaxBodySize: bodyLimits.formPost * 4,
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // A shared plan's address carries someone's answers: never send it on as a referrer, and
      // keep it out of search engines. Later rules win for the same header.
      {
        source: '/s/:path*',
        headers: [
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
        ],
      },
    ]
  },
}

module.exports = nextConfig
