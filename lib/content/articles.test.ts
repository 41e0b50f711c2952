import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadArticles, loadSources, parseArticle, relatedArticles } from './articles'
import { readingMinutes } from './markdown'
import { ADVICE_IDS } from './taxonomy'

const fixtures = path.join(__dirname, '__fixtures__')
const sources = loadSources(path.join(fixtures, 'good'))

const valid = `---
title: "A valid title"
summary: "A summary that is long enough to pass the schema check."
topics: [deciding]
stages: [before]
advice: [A1]
sources: [S1]
lastReviewed: 2026-11-21
---

${'Enough plain words to pass the length check. '.repeat(20)}
`

const parse = (raw: string, file = 'content/advice/sample.md') =>
  parseArticle(path.join(process.cwd(), file), raw, sources)

describe('the real library', () => {
  const articles = loadArticles()

  it('has at least ten articles, each with sections', () => {
    expect(articles.length).toBeGreaterThanOrEqual(10)
    for (const article of articles) expect(article.toc.length, article.slug).toBeGreaterThanOrEqual(3)
  })

  it('covers every advice point A1–A28 of the domain brief', () => {
    const covered = new Set(articles.flatMap((a) => a.advice))
    expect(ADVICE_IDS.filter((id) => !covered.has(id))).toEqual([])
  })

  it('credits only sources that exist, by title', () => {
    for (const article of articles) {
      expect(article.sourceList.map((s) => s.key)).toEqual(article.sources)
      for (const source of article.sourceList) expect(source.title.length).toBeGreaterThan(5)
    }
  })

  it('links only to articles and headings that exist, and to the planner’s pages', () => {
    const PLANNER_PAGES = ['/plan', '/plan/now', '/plan/several']
    const anchors = new Map(articles.map((a) => [a.slug, new Set(a.toc.map((t) => t.id))]))
    const broken: string[] = []
    for (const article of articles) {
      const hrefs: string[] = []
      const walk = (node: unknown) => {
        const n = node as { tagName?: string; properties?: { href?: unknown }; children?: unknown[] }
        if (n.tagName === 'a' && typeof n.properties?.href === 'string') hrefs.push(n.properties.href)
        n.children?.forEach(walk)
      }
      walk(article.tree)
      for (const href of hrefs) {
        if (href.startsWith('#')) {
          if (!anchors.get(article.slug)!.has(href.slice(1))) broken.push(`${article.slug}: ${href}`)
          continue
        }
        // The planner's own pages may be linked to from the advice they put into practice.
        if (PLANNER_PAGES.includes(href)) continue
        const match = /^\/advice\/([a-z0-9-]+)(?:#(.+))?$/.exec(href)
        if (!match) {
          broken.push(`${article.slug}: unexpected link ${href}`)
          continue
        }
        const target = anchors.get(match[1]!)
        if (!target || (match[2] && !target.has(match[2]))) broken.push(`${article.slug}: ${href}`)
      }
    }
    expect(broken).toEqual([])
  })

  it('keeps banned filler and blame out of every article', () => {
    const banned = /hope this email finds you well|after careful consideration|please do not hesitate|waste of time|false advertising/i
    for (const article of articles) expect(article.text, article.slug).not.toMatch(banned)
  })

  it('ranks related articles by what they share and never lists the article itself', () => {
    const article = articles.find((a) => a.slug === 'ending-an-interview-early')!
    const related = relatedArticles(article, articles)
    expect(related).toHaveLength(3)
    expect(related.map((a) => a.slug)).not.toContain(article.slug)
    for (const other of related) {
      const shares = other.topics.some((t) => article.topics.includes(t)) || other.stages.some((s) => article.stages.includes(s))
      expect(shares, other.slug).toBe(true)
    }
  })
})

describe('parsing an article', () => {
  it('reads front matter, headings and text from a valid file', () => {
    const [article] = loadArticles(path.join(fixtures, 'good'))
    expect(article!.slug).toBe('sample-article')
    expect(article!.title).toBe('A sample article')
    expect(article!.sourceList[0]!.author).toBe('Alison Green')
    expect(article!.toc).toEqual([
      { id: 'wait-for-a-natural-pause', text: 'Wait for a natural pause', depth: 2 },
      { id: 'dont-rush-it', text: "Don't rush it", depth: 3 },
      { id: 'wait-for-a-natural-pause-1', text: 'Wait for a natural pause', depth: 2 },
    ])
  })

  it('drops raw HTML instead of passing it through', () => {
    const [article] = loadArticles(path.join(fixtures, 'good'))
    // The tags go; what stood between them survives only as inert text.
    expect(JSON.stringify(article!.tree)).not.toMatch(/script|"raw"/)
    expect(article!.text).toContain("Opening paragraph. alert('raw html') Still plain text.")
  })

  it('wraps each heading in a link to itself', () => {
    const [article] = loadArticles(path.join(fixtures, 'good'))
    const heading = article!.tree.children.find((n) => n.type === 'element' && n.tagName === 'h2')
    expect(heading).toMatchObject({
      properties: { id: 'wait-for-a-natural-pause' },
      children: [{ tagName: 'a', properties: { href: '#wait-for-a-natural-pause' } }],
    })
  })

  it('accepts a valid file', () => {
    expect(parse(valid).title).toBe('A valid title')
  })

  it.each([
    ['a missing title', valid.replace(/title: .*\n/, ''), /sample\.md: title: /],
    ['an unknown field', valid.replace('topics:', 'colour: blue\ntopics:'), /sample\.md: .*colour/],
    ['an unknown topic', valid.replace('[deciding]', '[gossip]'), /sample\.md: topics\[0\]: /],
    ['an unknown stage', valid.replace('[before]', '[lunchtime]'), /sample\.md: stages\[0\]: /],
    ['a repeated stage', valid.replace('[before]', '[before, before]'), /stages: must not repeat a stage/],
    ['an advice id out of range', valid.replace('[A1]', '[A29]'), /advice\[0\]: /],
    ['a date that is not a date', valid.replace('2026-11-21', '21/11/2026'), /lastReviewed: must be a date/],
    ['a source that is not credited anywhere', valid.replace('[S1]', '[S9]'), /sources: unknown source S9/],
    ['a summary that is too long', valid.replace(/summary: .*\n/, `summary: "${'x'.repeat(201)}"\n`), /summary: /],
    ['front matter that is not YAML', valid.replace('topics: [deciding]', 'topics: [deciding'), /front matter is not valid YAML/],
    ['no front matter at all', 'Just a body.', /sample\.md: /],
    ['a body that is too short', valid.replace(/\n\n.*\n$/s, '\n\nToo short.\n'), /body: fewer than 100 words/],
  ])('rejects %s, naming the file and field', (_, raw, message) => {
    expect(() => parse(raw)).toThrow(message)
  })

  it('rejects a file name that is the address of a view of the library', () => {
    expect(() => parse(valid, 'content/advice/search.md')).toThrow(
      /search\.md: \/advice\/search is a view of the library/,
    )
  })

  it('rejects a file name that is not kebab-case', () => {
    expect(() => parse(valid, 'content/advice/Bad_Name.md')).toThrow(/Bad_Name\.md: file name must be kebab-case/)
  })

  it('fails loading a folder with a broken file, naming it', () => {
    expect(() => loadArticles(path.join(fixtures, 'broken'))).toThrow(
      /lib\/content\/__fixtures__\/broken\/advice\/bad-stage\.md: stages\[0\]: /,
    )
  })
})

describe('reading time', () => {
  it.each([
    [0, 1],
    [100, 1],
    [440, 2],
    [1100, 5],
  ])('%i words read in %i min', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes)
  })
})
