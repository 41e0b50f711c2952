'use client'

import { useSyncExternalStore } from 'react'
import { CopyButton } from '@/components/ui/copy-button'
import { useHydrated } from '@/components/ui/use-hydrated'

const subscribe = () => () => {}
const origin = () => window.location.origin
const canShare = () => typeof navigator.share === 'function'

/**
 * The plan's links. Without JavaScript they are plain links a person can copy from the browser;
 * with it, copy buttons and, where the device has one, the system share sheet.
 */
export function ShareBox({
  permalink,
  anonymousPermalink,
}: {
  permalink: string
  anonymousPermalink?: string
}) {
  const base = useSyncExternalStore(subscribe, origin, () => '')
  const share = useSyncExternalStore(subscribe, canShare, () => false)
  const links = [
    { label: 'Link to this plan', path: permalink, copy: 'Copy link' },
    ...(anonymousPermalink && anonymousPermalink !== permalink
      ? [
          {
            label:
              'Share without names (leaves out your name, theirs, the company and any referral’s name)',
            path: anonymousPermalink,
            copy: 'Copy link without names',
          },
        ]
      : []),
  ]
  return (
    <div className="space-y-4">
      {links.map((link) => (
        <div key={link.path}>
          <p className="font-semibold">{link.label}</p>
          <a
            href={link.path}
            className="break-all text-brand-700 underline underline-offset-2 dark:text-brand-300"
          >
            {base}
            {link.path}
          </a>
          <div className="mt-2">
            <CopyButton text={`${base}${link.path}`} label={link.copy} />
          </div>
        </div>
      ))}
      {share ? (
        <button
          type="button"
          onClick={() =>
            navigator
              .share({
                title: 'A plan from Bow Out',
                url: `${base}${anonymousPermalink ?? permalink}`,
              })
              .catch(() => {})
          }
          className="rounded-md border-2 border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50 dark:border-brand-300 dark:text-brand-200 dark:hover:bg-brand-900/40"
        >
          Share without names…
        </button>
      ) : null}
      <p className="text-sm text-slate-700 dark:text-slate-300">
        The link itself carries your answers: whoever has it can see them. We keep no copy.
      </p>
    </div>
  )
}

/** Print needs JavaScript to start; without it, the browser's own print command does the same. */
export function PrintButton() {
  const hydrated = useHydrated()
  if (!hydrated) return null
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-md border-2 border-slate-500 px-3 py-1.5 text-sm font-semibold hover:bg-slate-100 dark:border-slate-400 dark:hover:bg-slate-800"
    >
      Print this plan
    </button>
  )
}
