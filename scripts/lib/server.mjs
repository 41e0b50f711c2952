// Starts the site's entry point (lib/site/server.mjs, as `npm start` does) on loopback for
// measurement scripts and tests, building first if needed. `server.pid` is the server process
// itself, so its memory can be read. With no port, it takes a free one; with `capture`, `output()`
// returns what it logged; `env` adds to its environment.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import net from 'node:net'

/** A port nothing on this machine is listening on (the OS picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address()
      probe.close(() => resolve(port))
    })
  })
}

export async function startServer(port, { capture = false, env = {} } = {}) {
  port ??= await freePort()
  if (!existsSync('.next/bow-out/lean-pages.json')) {
    console.log('No production build found: running npm run build…')
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit' })
  }
  const origin = `http://127.0.0.1:${port}`
  if (
    await fetch(origin).then(
      () => true,
      () => false,
    )
  ) {
    throw new Error(`Something is already listening on ${origin}: stop it, or pick another port.`)
  }
  let log = ''
  const server = spawn(process.execPath, ['lib/site/server.mjs'], {
    stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'ignore',
    detached: true,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      ...env,
    },
  })
  if (capture) {
    server.stdout.on('data', (chunk) => (log += chunk))
    server.stderr.on('data', (chunk) => (log += chunk))
  }
  const deadline = Date.now() + 60_000
  for (;;) {
    try {
      if ((await fetch(origin)).ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      stop()
      throw new Error(`The server did not answer on ${origin} within 60 s`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  function stop() {
    try {
      process.kill(-server.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  return { origin, stop, pid: server.pid, output: () => log }
}
