import type { TocEntry } from '@/lib/content/markdown'

export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  if (entries.length === 0) return null
  return (
    <nav
      aria-labelledby="toc-heading"
      className="no-print rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-800"
    >
      <h2 id="toc-heading" className="mb-2 font-semibold">
        On this page
      </h2>
      <ol className="space-y-1.5">
        {entries.map((entry) => (
          <li key={entry.id} className={entry.depth === 3 ? 'pl-4' : undefined}>
            <a
              href={`#${entry.id}`}
              className="text-brand-700 underline-offset-2 hover:underline dark:text-brand-300"
            >
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
