'use client'

import Link from 'next/link'
import { useEffect, useRef } from 'react'

// Shown when rendering a page fails unexpectedly. It never shows the error itself: messages can
// carry details of what someone typed, and they are no use to a reader.
export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])

  return (
    <div className="max-w-2xl">
      <h1 ref={heading} tabIndex={-1} className="text-3xl font-bold tracking-tight outline-none">
        Something went wrong on our side
      </h1>
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">
        Sorry about that. Nothing you typed has been kept. You can try again, or start from the home
        page.
      </p>
      <div className="mt-6 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={reset}
          className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 dark:bg-brand-300 dark:text-slate-950 dark:hover:bg-brand-200"
        >
          Try again
        </button>
        <Link
          prefetch={false}
          href="/"
          className="rounded-md border border-slate-400 px-4 py-2 font-medium"
        >
          Home page
        </Link>
      </div>
    </div>
  )
}
