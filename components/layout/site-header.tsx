import Link from 'next/link'
import { SITE_NAME, planHref } from '@/lib/site/config'

export function SiteHeader() {
  return (
    <header className="no-print border-b border-slate-200 dark:border-slate-800">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-slate-900"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link
          prefetch={false}
          href="/"
          className="text-lg font-bold tracking-tight text-brand-800 dark:text-brand-200"
        >
          {SITE_NAME}
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm font-medium">
            <li>
              <Link prefetch={false} href="/advice" className="underline-offset-4 hover:underline">
                Advice
              </Link>
            </li>
            <li>
              <Link
                prefetch={false}
                href={planHref()}
                className="underline-offset-4 hover:underline"
              >
                Get your words
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  )
}
