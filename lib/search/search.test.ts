import { describe, expect, it } from 'vitest'
import { loadArticles } from '@/lib/content/articles'
import { searchArticles, toSearchDoc } from '@/lib/content/search'
import { createSearchIndex, searchSlugs } from './index'
import { parseAdviceQuery } from './parse-query'
import { adviceHref, applyAdviceQuery, MAX_QUERY_LENGTH } from './query'

const articles = loadArticles()
const index = createSearchIndex(articles.map(toSearchDoc))

describe('search', () => {
  it('ranks a title match first', () => {
    expect(searchSlugs(index, 'declining offer')[0]).toBe('declining-a-job-offer')
  })

  it('finds words in the body, not just titles', () => {
    expect(searchSlugs(index, 'voicemail')).toContain('call-or-email')
  })

  it('matches the start of a word and forgives a typo', () => {
    expect(searchSlugs(index, 'referr')).toContain('referring-someone-else')
    expect(searchSlugs(index, 'referal')).toContain('referring-someone-else')
  })

  it('requires every word to match', () => {
    const both = searchSlugs(index, 'voicemail referral')
    expect(both.length).toBeLessThan(searchSlugs(index, 'voicemail').length)
  })

  it('returns nothing for an empty query or a word no article uses', () => {
    expect(searchSlugs(index, '   ')).toEqual([])
    expect(searchSlugs(index, 'xylophonequartz')).toEqual([])
  })

  it('treats markup and punctuation as text', () => {
    expect(() => searchSlugs(index, '<script>alert(1)</script>')).not.toThrow()
    expect(searchSlugs(index, '"*?[(')).toEqual([])
  })

  it('gives the server and a fresh index the same answer', () => {
    expect(searchArticles('pay')).toEqual(searchSlugs(index, 'pay'))
  })
})

describe('the advice query', () => {
  it('reads known filters and ignores anything else', () => {
    expect(parseAdviceQuery({ q: '  pay ', stage: 'offer', topic: 'pay' })).toEqual({
      q: 'pay',
      stage: 'offer',
      topic: 'pay',
    })
    expect(parseAdviceQuery({ stage: 'lunch', topic: ['gossip'], extra: 'x' })).toEqual({ q: '' })
    expect(parseAdviceQuery({ q: ['first', 'second'] }).q).toBe('first')
    expect(parseAdviceQuery({ q: 'x'.repeat(500) }).q).toHaveLength(MAX_QUERY_LENGTH)
  })

  it('builds links that read back to the same query', () => {
    const query = { q: 'call & email', stage: 'after', topic: 'channel' } as const
    const href = adviceHref(query)
    expect(href).toBe('/advice/search?q=call+%26+email&stage=after&topic=channel')
    const params = Object.fromEntries(new URL(href, 'http://x').searchParams)
    expect(parseAdviceQuery(params)).toEqual(query)
    expect(adviceHref({ q: '' })).toBe('/advice')
  })

  it('gives each filter view without a search its own prerendered path', () => {
    expect(adviceHref({ q: '', stage: 'offer' })).toBe('/advice/stage/offer')
    expect(adviceHref({ q: '', topic: 'pay' })).toBe('/advice/topic/pay')
    expect(adviceHref({ q: '', stage: 'after', topic: 'channel' })).toBe(
      '/advice/stage/after/topic/channel',
    )
  })

  it('filters by stage and topic together', () => {
    const result = applyAdviceQuery(articles, { q: '', stage: 'before', topic: 'timing' }, [])
    expect(result.map((a) => a.slug)).toEqual(['backing-out-before-the-interview'])
    for (const a of applyAdviceQuery(articles, { q: '', stage: 'offer' }, []))
      expect(a.stages).toContain('offer')
  })

  it('keeps search order and drops non-matches when there is search text', () => {
    const matches = ['when-pay-is-the-reason', 'declining-a-job-offer']
    expect(applyAdviceQuery(articles, { q: 'pay' }, matches).map((a) => a.slug)).toEqual(matches)
    expect(applyAdviceQuery(articles, { q: 'pay', stage: 'before' }, matches)).toEqual([])
  })
})
