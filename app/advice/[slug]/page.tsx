import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ArticleBody } from '@/components/advice/article-body'
import { ArticleCard } from '@/components/advice/article-card'
import { SourceList } from '@/components/advice/source-list'
import { TableOfContents } from '@/components/advice/table-of-contents'
import { getArticle, loadArticles, relatedArticles, summarize } from '@/lib/content/articles'
import { TOPIC_LABELS } from '@/lib/content/taxonomy'
import { planHref, OG_IMAGES } from '@/lib/site/config'
import { STAGE_LABELS } from '@/lib/situation/stages'

type Props = { params: Promise<{ slug: string }> }

// Every article is known at build time; anything else is a 404, not a server render.
export const dynamicParams = false

export function generateStaticParams() {
  return loadArticles().map((article) => ({ slug: article.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug)
  if (!article) return {}
  const url = `/advice/${article.slug}`
  return {
    title: article.title,
    description: article.summary,
    alternates: { canonical: url },
    openGraph: {
      images: OG_IMAGES,
      type: 'article',
      title: article.title,
      description: article.summary,
      url,
    },
  }
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' })

export default async function ArticlePage({ params }: Props) {
  const article = getArticle((await params).slug)
  if (!article) notFound()
  const related = relatedArticles(article, loadArticles())
  const stage = article.stages[0]

  return (
    <div className="grid gap-10 lg:grid-cols-[1fr_16rem]">
      <article className="min-w-0">
        <nav aria-label="Breadcrumb" className="no-print mb-4 text-sm">
          <ol className="flex flex-wrap gap-1 text-slate-600 dark:text-slate-400">
            <li>
              <Link prefetch={false} href="/advice" className="underline underline-offset-2">
                Advice
              </Link>
              <span aria-hidden="true"> /</span>
            </li>
            <li aria-current="page" className="truncate">
              {article.title}
            </li>
          </ol>
        </nav>
        <header className="mb-8 max-w-3xl">
          <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">
            {article.title}
          </h1>
          <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{article.summary}</p>
          <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
            {article.readingMinutes} min read · For:{' '}
            {article.stages.map((s) => STAGE_LABELS[s]).join(', ')} · Topics:{' '}
            {article.topics.map((t) => TOPIC_LABELS[t]).join(', ')} · Last reviewed{' '}
            <time dateTime={article.lastReviewed}>
              {dateFormat.format(new Date(article.lastReviewed))}
            </time>
          </p>
        </header>
        <div className="mb-8 max-w-3xl">
          <TableOfContents entries={article.toc} />
        </div>
        <div className="max-w-3xl">
          <ArticleBody tree={article.tree} />
          <aside
            className="no-print mt-10 rounded-lg bg-brand-50 p-5 dark:bg-brand-900/40"
            aria-labelledby="cta-heading"
          >
            <h2 id="cta-heading" className="text-lg font-semibold">
              Want the words for your own situation?
            </h2>
            <p className="mt-1 text-slate-700 dark:text-slate-300">
              Answer a few questions and get a clear recommendation with a script you can use, in
              the tone you choose. Nothing you type is stored.
            </p>
            <Link
              prefetch={false}
              href={planHref(stage)}
              className="mt-3 inline-block rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 dark:bg-brand-300 dark:text-slate-950 dark:hover:bg-brand-200"
            >
              Get your words
            </Link>
          </aside>
          <SourceList sources={article.sourceList} />
        </div>
      </article>
      <aside className="no-print space-y-8" aria-label="More advice">
        {related.length ? (
          <section aria-labelledby="related-heading">
            <h2 id="related-heading" className="mb-3 font-semibold">
              Related advice
            </h2>
            <ul className="space-y-3">
              {related.map((other) => (
                <li key={other.slug}>
                  <ArticleCard article={summarize(other)} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </aside>
    </div>
  )
}
