import Link from 'next/link'
import type { ReactNode } from 'react'

// Nothing from the answers goes into the title, description or preview: links get pasted into
// chats that show previews, and a title ends up in history and bookmarks.
export const SHARED_PLAN_TITLE = 'A shared plan'
export const SHARED_PLAN_DESCRIPTION =
  'A plan for stepping away from a job, made with Bow Out from answers carried in the link.'
export const SHARED_PLAN_PREVIEW = 'A plan made with Bow Out.'

/** A shared plan's page around the plan itself (`children`, the plan view). */
export function SharedPlan({ token, children }: { token: string; children: ReactNode }) {
  return (
    <div className="max-w-3xl">
      <p className="no-print mb-6 rounded-md bg-slate-100 p-4 text-slate-800 dark:bg-slate-900 dark:text-slate-200">
        This plan was made from the answers carried in this link. Nothing was stored on our side:
        anyone with the link sees the same plan, written with today&apos;s advice.
      </p>
      <h1 className="mb-6 text-3xl font-bold tracking-tight sm:text-4xl">{SHARED_PLAN_TITLE}</h1>
      {children}
      <div className="no-print mt-10 flex flex-wrap gap-3">
        <Link
          prefetch={false}
          href={`/plan?from=${token}`}
          className="rounded-md border-2 border-slate-500 px-5 py-3 font-semibold hover:bg-slate-100 dark:border-slate-400 dark:hover:bg-slate-800"
        >
          Edit these answers
        </Link>
        <Link
          prefetch={false}
          href="/plan"
          className="rounded-md border-2 border-slate-500 px-5 py-3 font-semibold hover:bg-slate-100 dark:border-slate-400 dark:hover:bg-slate-800"
        >
          Start over
        </Link>
      </div>
    </div>
  )
}
