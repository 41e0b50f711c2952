import type { AnchorHTMLAttributes } from 'react'

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string; prefetch?: boolean }

/**
 * `next/link` for pages rendered outside Next (a shared plan's lean page, where there is no
 * client router to hand the navigation to): a plain link. scripts/lib/lean-build.mjs puts it in
 * next/link's place when it bundles that page.
 */
export default function PlainLink(props: Props) {
  const { prefetch, ...anchor } = props
  void prefetch // a hint for Next's router; a plain link has nothing to prefetch
  return <a {...anchor} />
}
