import type { MetadataRoute } from 'next'
import { loadArticles } from '@/lib/content/articles'
import { SITE_URL } from '@/lib/site/config'

export default function sitemap(): MetadataRoute.Sitemap {
  const articles = loadArticles()
  const newest = articles
    .map((a) => a.lastReviewed)
    .sort()
    .at(-1)
  return [
    { url: `${SITE_URL}/`, lastModified: newest },
    { url: `${SITE_URL}/advice`, lastModified: newest },
    ...articles.map((article) => ({
      url: `${SITE_URL}/advice/${article.slug}`,
      lastModified: article.lastReviewed,
    })),
    { url: `${SITE_URL}/plan` },
    { url: `${SITE_URL}/plan/now` },
    { url: `${SITE_URL}/plan/several` },
    { url: `${SITE_URL}/privacy` },
  ]
}
