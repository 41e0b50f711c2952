// After `next build`: completes .next/standalone with the files Next leaves out of it on purpose
// (a CDN usually serves them): the built assets in .next/static, and public/. The folder is then a
// self-contained server: `node .next/standalone/server.js` on any machine with Node. It also puts
// the front door (lib/site/front-door.cjs) in front of Next's server.
import { cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'

const target = '.next/standalone'
if (!existsSync(`${target}/server.js`)) {
  console.error(
    `No ${target}/server.js: run next build first (next.config.js sets output: 'standalone').`,
  )
  process.exit(1)
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
cpSync('lib/site/security-headers.cjs', `${target}/lib/site/security-headers.cjs`)
if (readFileSync(`${target}/server.js`, 'utf8') !== WRAPPER) {
  renameSync(`${target}/server.js`, `${target}/next-server.js`)
  writeFileSync(`${target}/server.js`, WRAPPER)
}
console.log(`${target} is ready: PORT=3000 HOSTNAME=127.0.0.1 node ${target}/server.js`)
