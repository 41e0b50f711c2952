import Link from 'next/link'

export const NOT_FOUND_TITLE = 'Page not found'
export const NOT_FOUND_DESCRIPTION =
  'That page does not exist. Try the advice library or the home page.'

/** The site's "not found" page: for any address, and for a shared plan's link that can't be read. */
export function NotFoundContent() {
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold tracking-tight">We couldn&apos;t find that page</h1>
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">
        The link may be mistyped, or the page may have moved.
      </p>
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">
        If it was a link to a shared plan, it doesn&apos;t work: plan links carry their answers
        inside them, so a link cut short while copying can&apos;t be read. Nothing was stored on our
        side, and answering the questions again takes a couple of minutes.
      </p>
      <ul className="mt-6 space-y-3">
        <li>
          <Link
            prefetch={false}
            href="/plan"
            className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300"
          >
            Answer the questions for a new plan
          </Link>
        </li>
        <li>
          <Link
            prefetch={false}
            href="/advice"
            className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300"
          >
            Browse all the advice
          </Link>
        </li>
        <li>
          <Link
            prefetch={false}
            href="/"
            className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300"
          >
            Go to the home page
          </Link>
        </li>
      </ul>
    </div>
  )
}
