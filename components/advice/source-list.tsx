import type { Source } from '@/lib/content/schema'

export function SourceList({ sources }: { sources: Source[] }) {
  return (
    <section
      aria-labelledby="sources-heading"
      className="mt-10 border-t border-slate-200 pt-6 text-sm dark:border-slate-800"
    >
      <h2 id="sources-heading" className="mb-2 text-base font-semibold">
        Sources
      </h2>
      <p className="mb-3 text-slate-700 dark:text-slate-300">
        This article is written in our own words. It draws on the published advice below.
      </p>
      <ul className="list-disc space-y-2 pl-5">
        {sources.map((source) => (
          <li key={source.key}>
            <cite className="font-medium not-italic">{source.title}</cite>
            {[source.author, source.publication, source.date]
              .filter(Boolean)
              .map((part) => `, ${part}`)
              .join('')}
            .
            {source.note ? (
              <span className="text-slate-700 dark:text-slate-300"> {source.note}</span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
