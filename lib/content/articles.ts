import 'server-only'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { VFile } from 'vfile'
import { matter } from 'vfile-matter'
import { z } from 'zod'
import { describeIssues, frontMatterSchema, sourceSchema, type FrontMatter, type Source } from './schema'
import { readingMinutes, renderMarkdown, type RenderedMarkdown } from './markdown'
import { STAGES } from '@/lib/situation/stages'

export const CONTENT_DIR = path.join(process.cwd(), 'content')

export type Article = FrontMatter &
  RenderedMarkdown & {
    slug: string
    readingMinutes: number
    sourceList: Source[]
  }

/** What list pages and the client need: no tree, no body text. */
export type ArticleSummary = Pick<
  Article,
  'slug' | 'title' | 'summary' | 'topics' | 'stages' | 'readingMinutes'
>

export class ContentError extends Error {
  override name = 'ContentError'
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function loadSources(dir = CONTENT_DIR): Map<string, Source> {
  const file = path.join(dir, 'sources.json')
  const parsed = z.array(sourceSchema).safeParse(JSON.parse(readFileSync(file, 'utf8')))
  if (!parsed.success) {
    throw new ContentError(`${path.relative(process.cwd(), file)}: ${describeIssues(parsed.error)}`)
  }
  return new Map(parsed.data.map((source) => [source.key, source]))
}

/** Paths under /advice that are views of the library (app/advice/stage, topic, search). */
const RESERVED_SLUGS = ['stage', 'topic', 'search']

export function parseArticle(file: string, raw: string, sources: Map<string, Source>): Article {
  const name = path.relative(process.cwd(), file)
  const slug = path.basename(file, '.md')
  if (!SLUG.test(slug)) throw new ContentError(`${name}: file name must be kebab-case`)
  if (RESERVED_SLUGS.includes(slug)) {
    throw new ContentError(`${name}: /advice/${slug} is a view of the library, not an article`)
  }

  const vfile = new VFile({ path: file, value: raw })
  try {
    matter(vfile, { strip: true })
  } catch (error) {
    throw new ContentError(`${name}: front matter is not valid YAML (${(error as Error).message})`)
  }
  const parsed = frontMatterSchema.safeParse(vfile.data.matter ?? {})
  if (!parsed.success) throw new ContentError(`${name}: ${describeIssues(parsed.error)}`)

  const unknown = parsed.data.sources.filter((key) => !sources.has(key))
  if (unknown.length) {
    throw new ContentError(`${name}: sources: unknown source ${unknown.join(', ')}`)
  }
  const rendered = renderMarkdown(String(vfile.value))
  if (rendered.words < 100) throw new ContentError(`${name}: body: fewer than 100 words`)
  return {
    ...parsed.data,
    ...rendered,
    slug,
    readingMinutes: readingMinutes(rendered.words),
    sourceList: parsed.data.sources.map((key) => sources.get(key)!),
  }
}

const byJourney = (a: Article, b: Article) =>
  STAGES.indexOf(a.stages[0]!) - STAGES.indexOf(b.stages[0]!) || a.title.localeCompare(b.title)

const cache = new Map<string, Article[]>()

/**
 * Every article under `dir/advice`, validated. Throws a ContentError naming the file and field
 * on the first bad one, which fails `next build` because every page reads through here.
 */
export function loadArticles(dir = CONTENT_DIR): Article[] {
  const hit = cache.get(dir)
  if (hit) return hit
  const sources = loadSources(dir)
  const adviceDir = path.join(dir, 'advice')
  const articles = readdirSync(adviceDir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const file = path.join(adviceDir, name)
      return parseArticle(file, readFileSync(file, 'utf8'), sources)
    })
    .sort(byJourney)
  cache.set(dir, articles)
  return articles
}

export function getArticle(slug: string, dir = CONTENT_DIR): Article | undefined {
  return loadArticles(dir).find((article) => article.slug === slug)
}

export function summarize(article: Article): ArticleSummary {
  const { slug, title, summary, topics, stages, readingMinutes } = article
  return { slug, title, summary, topics, stages, readingMinutes }
}

/** Up to `limit` others, ranked by shared topics, then shared stages. */
export function relatedArticles(article: Article, all: Article[], limit = 3): Article[] {
  const score = (other: Article) =>
    other.topics.filter((t) => article.topics.includes(t)).length * 2 +
    other.stages.filter((s) => article.stages.includes(s)).length
  return all
    .filter((other) => other.slug !== article.slug)
    .map((other) => ({ other, score: score(other) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.other.title.localeCompare(b.other.title))
    .slice(0, limit)
    .map(({ other }) => other)
}

/** Article and section names by slug and heading id, for links into the advice by name. */
export type ArticleIndex = Record<string, { title: string; sections: Record<string, string> }>

const indexes = new Map<string, ArticleIndex>()

export function articleIndex(dir = CONTENT_DIR): ArticleIndex {
  let index = indexes.get(dir)
  if (!index) {
    index = Object.fromEntries(
      loadArticles(dir).map((a) => [
        a.slug,
        { title: a.title, sections: Object.fromEntries(a.toc.map((t) => [t.id, t.text])) },
      ]),
    )
    indexes.set(dir, index)
  }
  return index
}
