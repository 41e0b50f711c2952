import Link from 'next/link'
import { SITE_NAME } from '@/lib/site/config'

export function SiteFooter() {
  return (
    <footer className="no-print mt-16 border-t border-slate-200 text-sm text-slate-700 dark:border-slate-800 dark:text-slate-300">
      <div className="mx-auto grid max-w-5xl gap-6 px-4 py-8 sm:grid-cols-[2fr_1fr]">
        <div className="space-y-2">
          <p className="font-semibold text-slate-900 dark:text-slate-100">{SITE_NAME}</p>
          <p>
            Honest, practical help for stepping away from a job that isn&apos;t right for you,
            without burning the bridge.
          </p>
          <p>
            Private by design: nothing you type is stored, logged or sent anywhere else. No
            tracking, no analytics, no third-party anything.
          </p>
        </div>
        <nav aria-label="Footer">
          <ul className="space-y-2">
            <li>
              <Link prefetch={false} href="/advice" className="underline underline-offset-4">
                All advice
              </Link>
            </li>
            <li>
              <Link prefetch={false} href="/plan" className="underline underline-offset-4">
                Get words for your situation
              </Link>
            </li>
            <li>
              <Link prefetch={false} href="/privacy" className="underline underline-offset-4">
                Privacy
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  )
}
