import type { ReactNode } from 'react'
import { SiteFooter } from './site-footer'
import { SiteHeader } from './site-header'

/** The body's classes: the root layout and a shared plan's lean page use the same. */
export const BODY_CLASS =
  'flex min-h-screen flex-col bg-white font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100'

/** Header, main and footer: every page's frame, whoever renders the page. */
export function SiteFrame({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 outline-none"
      >
        {children}
      </main>
      <SiteFooter />
    </>
  )
}
