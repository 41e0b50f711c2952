import type { MetadataRoute } from 'next'
import { SITE_URL } from '@/lib/site/config'

export default function robots(): MetadataRoute.Robots {
  return {
    // Shared plans carry someone's answers: never crawl them. The API is not for robots either.
    rules: { userAgent: '*', allow: '/', disallow: ['/s/', '/api/'] },
    sitemap: `${SITE_URL}/sitemap.xml`,
  }
}
