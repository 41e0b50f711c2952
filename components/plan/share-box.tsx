'use client'

import { useSyncExternalStore } from 'react'
import { CopyButton } from '@/components/ui/copy-button'
import { useHydrated } from '@/components/ui/use-hydrated'

const subscribe = () => () => {}
const origin = () => window.location.origin
const canShare = () => typeof navigator.share === 'function'

export const NAMED_LABEL = 'Link to this plan'
export const ANONYMOUS_LABEL =
  'Share without names (leaves out your name, theirs, the company and any referral’s name)'

type ShareLink = { label: string; path: string; copy: string }

/**
 * Which links the box shows, and what the share sheet sends. The link without names comes only
 * from `anonymousPermalink`, never from `permalink`: if it is somehow missing or empty (a caller
 * the type checker cannot see), the "without names" link and the share button are left out rather
 * than filled with the named link. That is the safe side: one option fewer costs nothing, while a
 * named link under a "without names" label gives away the very names it promises to leave out.
 */
export function shareLinks(
  permalink: string,
  anonymousPermalink: string,
): { links: ShareLink[]; shareable: string | undefined } {
  const anonymous =
    typeof anonymousPermalink === 'string' && anonymousPermalink !== ''
      ? anonymousPermalink
      : undefined
  const links: ShareLink[] = [{ label: NAMED_LABEL, path: permalink, copy: 'Copy link' }]
  // When the plan has no names the two links are the same, and one is enough.
  if (anonymous !== undefined && anonymous !== permalink) {
    links.push({ label: ANONYMOUS_LABEL, path: anonymous, copy: 'Copy link without names' })
  }
  return { links, shareable: anonymous }
}

/**
 * The plan's links. Without JavaScript they are plain links a person can copy from the browser;
 * with it, copy buttons and, where the device has one, the system share sheet.
 */
export function ShareBox({
  permalink,
  anonymousPermalink,
}: {
  permalink: string
  anonymousPermalink: string
}) {
  const base = useSyncExternalStore(subscribe, origin, () => '')
  const share = useSyncExternalStore(subscribe, canShare, () => false)
  const { links, shareable } = shareLinks(permalink, anonymousPermalink)
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
      {share && shareable !== undefined ? (
        <button
          type="button"
          onClick={() =>
            navigator
              .share({
                title: 'A plan from Bow Out',
                url: `${base}${shareable}`,
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
