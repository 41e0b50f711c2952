// After `next build`: completes .next/standalone with the files Next leaves out of it on purpose
// (a CDN usually serves them): the built assets in .next/static, and public/. The folder is then a
// self-contained server: `node .next/standalone/server.js` on any machine with Node. It also puts
// the front door (lib/site/front-door.cjs) in front of Next's server, and builds the shared plan's
// lean page that the front door serves (lib/site/shared-plan-page.tsx) with its one script.
import { cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { build } from 'esbuild'

const target = '.next/standalone'
if (!existsSync(`${target}/server.js`)) {
  console.error(
    `No ${target}/server.js: run next build first (next.config.js sets output: 'standalone').`,
  )
  process.exit(1)
}
// The shared plan's script, for the browser: hashed, so it can be cached for good like Next's own.
const scriptDir = '.next/static/bow-out'
rmSync(scriptDir, { recursive: true, force: true })
const browser = await build({
  entryPoints: ['lib/plan/enhance-entry.ts'],
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  outdir: scriptDir,
  entryNames: 'plan-[hash]',
  metafile: true,
  logLevel: 'warning',
})
const scriptFile = Object.keys(browser.metafile.outputs).find((file) => file.endsWith('.js'))

// The page links the stylesheet and icon every other page links: taken from the prerendered 404
// page, so they always match this build.
const reference = readFileSync('.next/server/app/_not-found.html', 'utf8')
const attribute = (tag, name) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]
const styles = [...reference.matchAll(/<link rel="stylesheet"[^>]*>/g)].map((m) =>
  attribute(m[0], 'href'),
)
const iconTag = /<link rel="icon"[^>]*>/.exec(reference)?.[0]
if (!scriptFile || styles.length === 0 || styles.includes(undefined) || !iconTag) {
  console.error('Could not find the script, stylesheets or icon for the shared plan page.')
  process.exit(1)
}
const assets = {
  styles,
  icon: {
    href: attribute(iconTag, 'href'),
    type: attribute(iconTag, 'type'),
    sizes: attribute(iconTag, 'sizes'),
  },
  script: `/_next/static/bow-out/${scriptFile.split('/').pop()}`,
}

for (const [from, to] of [
  ['.next/static', `${target}/.next/static`],
  ['public', `${target}/public`],
]) {
  rmSync(to, { recursive: true, force: true })
  cpSync(from, to, { recursive: true })
}

// The front door (lib/site/front-door.cjs) goes in front of Next's server: Next's server.js
// becomes next-server.js, and server.js installs the front door, then starts it.
const WRAPPER = `// Written by scripts/standalone.mjs: the front door first, then Next's own server.
require('./lib/site/front-door.cjs').install()
require('./next-server.js')
`
cpSync('lib/site/front-door.cjs', `${target}/lib/site/front-door.cjs`)
// The lean page, for Node: React's server renderer and the app's own modules in one file. In it,
// next/link is a plain link (there is no client router) and server-only is empty (it is server code).
const replace = (filter, file) => ({
  name: `replace ${filter}`,
  setup(esbuild) {
    esbuild.onResolve({ filter }, () => ({ path: new URL(file, import.meta.url).pathname }))
  },
})
await build({
  entryPoints: ['lib/site/shared-plan-page.tsx'],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [
    replace(/^next\/link$/, '../lib/site/plain-link.tsx'),
    replace(/^server-only$/, '../lib/testing/empty.ts'),
  ],
  outfile: `${target}/lib/site/shared-plan-page.cjs`,
  logLevel: 'warning',
})
writeFileSync(`${target}/lib/site/shared-plan-assets.json`, `${JSON.stringify(assets, null, 2)}\n`)
cpSync('lib/site/security-headers.cjs', `${target}/lib/site/security-headers.cjs`)
if (readFileSync(`${target}/server.js`, 'utf8') !== WRAPPER) {
  renameSync(`${target}/server.js`, `${target}/next-server.js`)
  writeFileSync(`${target}/server.js`, WRAPPER)
}
console.log(`${target} is ready: PORT=3000 HOSTNAME=127.0.0.1 node ${target}/server.js`)
