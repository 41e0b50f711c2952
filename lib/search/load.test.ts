import { describe, expect, it, vi } from 'vitest'
import type { SearchDoc } from './index'
import { fetchSearchDocs, keepSuccess, SEARCH_INDEX_URL } from './load'

const doc: SearchDoc = {
  slug: 'call-or-email',
  title: 'Call or email?',
  summary: 'Which to use.',
  headings: 'Voicemail',
  text: 'Leave a short voicemail.',
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

/** A fetch that answers with each of `answers` in turn, an Error meaning a network failure. */
function fakeFetch(...answers: (Response | Error)[]) {
  return vi.fn(async (url: string) => {
    const answer = answers.shift()
    if (!answer) throw new Error(`fetched ${url} more often than expected`)
    if (answer instanceof Error) throw answer
    return answer
  })
}

describe('fetching the search documents', () => {
  it('returns the documents from a 2xx answer', async () => {
    const fetch = fakeFetch(json([doc]))
    await expect(fetchSearchDocs(fetch)).resolves.toEqual([doc])
    expect(fetch).toHaveBeenCalledWith(SEARCH_INDEX_URL)
  })

  it.each([
    ['a 500', json({ error: 'boom' }, 500)],
    ['a 404 page', new Response('<!doctype html><title>Not found</title>', { status: 404 })],
    ['a 502 from a proxy that looks like an index', json([doc], 502)],
    ['a body that is not JSON', new Response('<!doctype html>', { status: 200 })],
    ['an empty body', new Response('', { status: 200 })],
    ['JSON that is not a list', json({ docs: [doc] })],
    ['a list of something else', json([{ slug: 'x' }])],
    ['a list with a null in it', json([doc, null])],
    ['a document with a number for text', json([{ ...doc, text: 3 }])],
  ])('refuses %s', async (_, response) => {
    await expect(fetchSearchDocs(fakeFetch(response))).rejects.toThrow()
  })

  it('passes a network error on', async () => {
    await expect(fetchSearchDocs(fakeFetch(new TypeError('Failed to fetch')))).rejects.toThrow(
      'Failed to fetch',
    )
  })
})

describe('loading the index once', () => {
  it('retries after a 500 and after a network error, then keeps the success', async () => {
    const fetch = fakeFetch(json({}, 500), new TypeError('Failed to fetch'), json([doc]))
    const load = keepSuccess(async () => (await fetchSearchDocs(fetch)).map((d) => d.slug))

    await expect(load()).rejects.toThrow('500')
    await expect(load()).rejects.toThrow('Failed to fetch')
    await expect(load()).resolves.toEqual(['call-or-email'])
    // Kept: later calls neither fetch again nor see the earlier failures.
    await expect(load()).resolves.toEqual(['call-or-email'])
    expect(fetch).toHaveBeenCalledTimes(3)
  })

  it('shares one attempt between calls made while it is under way', async () => {
    const fetch = fakeFetch(json({}, 503), json([doc]))
    const load = keepSuccess(() => fetchSearchDocs(fetch))
    const [a, b] = [load(), load()]
    expect(a).toBe(b)
    await expect(a).rejects.toThrow('503')
    await expect(b).rejects.toThrow('503')
    expect(fetch).toHaveBeenCalledTimes(1)
    const [c, d] = [load(), load()]
    await expect(c).resolves.toEqual([doc])
    await expect(d).resolves.toEqual([doc])
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  it('treats a loader that throws before it returns a promise as a failure, and retries', async () => {
    let calls = 0
    const load = keepSuccess(() => {
      calls += 1
      if (calls === 1) throw new Error('synchronous')
      return Promise.resolve('ok')
    })
    await expect(load()).rejects.toThrow('synchronous')
    await expect(load()).resolves.toBe('ok')
  })
})
