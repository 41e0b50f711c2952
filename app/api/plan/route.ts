import { evaluate } from '@/lib/plan/evaluate'

/** Largest request body accepted; a full Situation with every field at its limit is about 2 kB. */
const MAX_BODY_BYTES = 32 * 1024

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } })

const problem = (status: number, message: string, headers?: Record<string, string>) =>
  json(status, { errors: { '(root)': message } }, headers)

/** Reads at most `limit` bytes of the body; undefined when it is longer. */
async function readBody(request: Request, limit: number): Promise<string | undefined> {
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return undefined
    }
    chunks.push(value)
  }
  return new TextDecoder().decode(Buffer.concat(chunks))
}

export async function POST(request: Request) {
  const type = request.headers.get('content-type') ?? ''
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    return problem(415, 'Send the situation as JSON, with Content-Type: application/json.')
  }
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > MAX_BODY_BYTES) return problem(413, 'The request body is larger than 32 kB.')
  const body = await readBody(request, MAX_BODY_BYTES)
  if (body === undefined) return problem(413, 'The request body is larger than 32 kB.')

  let input: unknown
  try {
    input = JSON.parse(body)
  } catch {
    return problem(400, 'The request body is not valid JSON.')
  }
  const result = evaluate(input)
  // Nothing about the request is logged: the answers may say where someone works.
  return result.ok ? json(200, result.plan) : json(400, { errors: result.errors })
}

const notAllowed = () => problem(405, 'Use POST with a JSON situation.', { Allow: 'POST' })
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE }
