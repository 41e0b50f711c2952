import http from 'node:http'
import net from 'node:net'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import frontDoorModule from './front-door.cjs'
import logFilter from './log-filter.cjs'

const { createFrontDoor, rangeKind, validRouterState } = frontDoorModule
const { redact } = logFilter

/*
 * The front door in front of a stand-in for Next's handler, on a real socket: what it answers
 * itself, what it leaves to the handler, and what it logs.
 */
let server: http.Server | undefined
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
)

async function serve(next: http.RequestListener) {
  const lines: string[] = []
  const frontDoor = createFrontDoor({ log: (line: string) => lines.push(line) })
  server = http.createServer((req, res) => frontDoor(req, res) || next(req, res))
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { origin: `http://127.0.0.1:${port}`, lines }
}

describe('the front door', () => {
  it('leaves a genuine error a 500, logged with the request id and nothing of the request', async () => {
    const { origin, lines } = await serve((_req, res) => {
      res.writeHead(500).end('boom')
    })
    const response = await fetch(`${origin}/plan?secret=zq7MARKER`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=B', 'next-action': 'a'.repeat(40) },
      body: '--B--\r\n',
    })
    expect(response.status).toBe(500)
    const id = response.headers.get('x-request-id')
    expect(id).toMatch(/^[0-9a-f]{12}$/)
    await expect.poll(() => lines.length).toBe(1)
    expect(lines[0]).toBe(`[${id}] POST answered 500`)
    expect(lines.join('\n')).not.toMatch(/MARKER|plan/)
  })

  it('answers malformed input itself, by what is wrong with it', async () => {
    const { origin, lines } = await serve((_req, res) => res.end('next'))
    const ask = (path: string, init?: RequestInit) => fetch(`${origin}${path}`, init)
    expect((await ask('/', { method: 'POST', headers: { 'next-action': 'x' } })).status).toBe(404)
    expect(
      (await ask('/', { method: 'POST', headers: { origin: 'https://evil.example' } })).status,
    ).toBe(403)
    expect(
      (await ask('/', { headers: { 'next-router-state-tree': '%5B%5D', rsc: '1' } })).status,
    ).toBe(400)
    expect((await ask('/', { method: 'OPTIONS' })).headers.get('allow')).toBe('GET, HEAD, POST')
    expect((await ask('/api/plan', { method: 'OPTIONS' })).headers.get('allow')).toBe('POST')
    expect((await ask('/s/abc', { method: 'POST', body: 'x' })).status).toBe(405)
    // A redirect Next makes into /s/ carries the plan's headers, decided on the path it means.
    const plan = await ask('//s/abc/', { redirect: 'manual' })
    expect(plan.headers.get('referrer-policy')).toBe('no-referrer')
    expect(plan.headers.get('cache-control')).toBe('no-store')
    // Everything else is Next's.
    expect(await (await ask('/advice')).text()).toBe('next')
    expect(lines).toEqual([])
  })

  it('refuses a request target that is not a path, and two Host headers', async () => {
    const { origin } = await serve((_req, res) => res.end('next'))
    const { port } = new URL(origin)
    const raw = (text: string) =>
      new Promise<string>((resolve) => {
        const socket = net.connect(Number(port), '127.0.0.1', () => socket.end(text))
        let out = ''
        socket.on('data', (chunk) => (out += chunk))
        socket.on('close', () => resolve(out))
      })
    expect(
      await raw('GET http://evil.example/x HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n'),
    ).toMatch(/^HTTP\/1\.1 400/)
    expect(await raw('OPTIONS * HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n')).toMatch(
      /^HTTP\/1\.1 400/,
    )
    expect(await raw('GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n')).toMatch(
      /^HTTP\/1\.1 400/,
    )
  })
})

describe('ranges', () => {
  it('sends the file whole for a malformed range or an over-long suffix, 416 past the end', () => {
    for (const header of ['bytes=5-2', 'bytes=abc', 'bytes=-', 'items=0-1', 'bytes=-0'])
      expect(rangeKind(header, 100), header).toBe('whole')
    expect(rangeKind('bytes=-1000', 100)).toBe('whole')
    expect(rangeKind('bytes=0-9', 100)).toBe('range')
    expect(rangeKind('bytes=-10', 100)).toBe('range')
    expect(rangeKind('bytes=100-', 100)).toBe('unsatisfiable')
  })
})

describe('router state', () => {
  it('takes the shape Next sends, and refuses other arrays', () => {
    const ok = encodeURIComponent(
      JSON.stringify(['', { children: ['__PAGE__', {}] }, null, null, true]),
    )
    expect(validRouterState(ok)).toBe(true)
    for (const bad of ['[]', '[1,2,3]', '%7B', '{}', '["",[]]'])
      expect(validRouterState(encodeURIComponent(bad)), bad).toBe(false)
  })
})

describe('log lines', () => {
  it('withhold what was sent, and keep what went wrong', () => {
    expect(redact('Unexpected token z, "zq7MARKER{{[" is not valid JSON')).toBe(
      'the text sent is not valid JSON',
    )
    expect(redact(`Failed to find Server Action "${'f'.repeat(40)}".`)).toBe(
      'Failed to find Server Action [withheld].',
    )
    expect(
      redact("TypeError: Invalid URL\n  code: 'ERR_INVALID_URL',\n  input: 'http://x/zq7MARKER'"),
    ).not.toMatch(/MARKER/)
    expect(redact('Request body exceeded 256kB for /s/zq7MARKER?x=1. Only the first')).toBe(
      'Request body exceeded 256kB for [withheld] Only the first',
    )
    const error = new SyntaxError('"zq7MARKER" is not valid JSON')
    const copy = redact(error) as Error
    expect(copy.message).toBe('the text sent is not valid JSON')
    expect(copy.name).toBe('SyntaxError')
    expect(error.message).toContain('MARKER')
  })
})
