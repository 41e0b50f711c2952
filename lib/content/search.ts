import 'server-only'
import type MiniSearch from 'minisearch'
import { createSearchIndex, searchSlugs, type SearchDoc } from '@/lib/search'
import { CONTENT_DIR, loadArticles, type Article } from './articles'

export function toSearchDoc(article: Article): SearchDoc {
  return {
    slug: article.slug,
    title: article.title,
    summary: article.summary,
    headings: article.toc.map((entry) => entry.text).join(' · '),
    text: article.text,
  }
}

const indexes = new Map<string, MiniSearch<SearchDoc>>()

export function searchArticles(query: string, dir = CONTENT_DIR): string[] {
  let index = indexes.get(dir)
  if (!index) {
    index = createSearchIndex(loadArticles(dir).map(toSearchDoc))
    indexes.set(dir, index)
  }
  return searchSlugs(index, query)
}
