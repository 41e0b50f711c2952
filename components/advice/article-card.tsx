import Link from 'next/link'
import type { ArticleSummary } from '@/lib/content/articles'
import { STAGE_LABELS } from '@/lib/situation/stages'

export function ArticleCard({
  article,
  headingLevel = 3,
}: {
  article: ArticleSummary
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="relative rounded-lg border border-slate-200 p-4 transition-colors focus-within:border-brand-600 hover:border-brand-600 dark:border-slate-800">
      <Heading className="text-lg leading-snug font-semibold">
        <Link
          prefetch={false}
          href={`/advice/${article.slug}`}
          className="after:absolute after:inset-0 hover:underline"
        >
          {article.title}
        </Link>
      </Heading>
      <p className="mt-1 text-slate-700 dark:text-slate-300">{article.summary}</p>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        {article.readingMinutes} min read · {article.stages.map((s) => STAGE_LABELS[s]).join(', ')}
      </p>
    </article>
  )
}
