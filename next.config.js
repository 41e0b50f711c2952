// @ts-check
// eslint-disable-next-line @typescript-eslint/no-require-imports -- this file is CommonJS
const bodyLimits = require('./lib/site/body-limits.json')

const isDev = process.env.NODE_ENV === 'development'

// The stages a planner link may name (lib/situation's STAGES; a unit test keeps them the same).
const PLANNER_STAGES = ['before', 'during', 'after', 'offer', 'accepted']

// eslint-disable-next-line @typescript-eslint/no-require-imports -- this file is CommonJS
const { securityHeaders, PERMALINK_HEADERS } = require('./lib/site/security-headers.cjs')

/** @type {import('next').NextConfig} */
const nextConfig = {
  // No `output: 'standalone'`: the site runs under its own entry point (lib/site/server.mjs, a
  // custom server), which Next documents does not combine with it. See "One program" in README.md.
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
  // The planner at /plan is prerendered. A link that names only a stage (an article's "Get your
  // words") goes to that stage's prerendered page; any other link that carries answers goes to the
  // page that reads them (app/plan/start/page.tsx), with its query. Both keep the address.
  async rewrites() {
    const answers = ['stage', 'reasons', 'certainty', 'from']
    return {
      beforeFiles: [
        {
          source: '/plan',
          has: [{ type: 'query', key: 'stage', value: `(?<stage>${PLANNER_STAGES.join('|')})` }],
          missing: answers.filter((key) => key !== 'stage').map((key) => ({ type: 'query', key })),
          destination: '/plan/stage/:stage',
        },
        ...answers.map((key) => ({
          source: '/plan',
          has: [{ type: 'query', key }],
          destination: '/plan/start',
        })),
      ],
    }
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders(isDev) },
      // Later rules win for the same header (see lib/site/security-headers.cjs).
      { source: '/s/:path*', headers: PERMALINK_HEADERS },
    ]
  },
}

module.exports = nextConfig
