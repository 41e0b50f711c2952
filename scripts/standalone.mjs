// After `next build`: completes .next/standalone with the files Next leaves out of it on purpose
// (a CDN usually serves them): the built assets in .next/static, and public/. The folder is then a
// self-contained server: `node .next/standalone/server.js` on any machine with Node.
import { cpSync, existsSync, rmSync } from 'node:fs'

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
console.log(`${target} is ready: PORT=3000 HOSTNAME=127.0.0.1 node ${target}/server.js`)
