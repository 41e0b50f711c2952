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
 * The plan's links, as plain links a person can copy from the browser. With JavaScript,
 * lib/plan/enhance.ts adds the full address, copy buttons and, where the device has one, the
 * system share sheet (into the `data-` hooks below).
 */
export function ShareBox({
  permalink,
  anonymousPermalink,
}: {
  permalink: string
  anonymousPermalink: string
}) {
  const { links, shareable } = shareLinks(permalink, anonymousPermalink)
  return (
    <div className="space-y-4">
      {links.map((link) => (
        <div key={link.path}>
          <p className="font-semibold">{link.label}</p>
          <a
            href={link.path}
            data-share-link
            className="break-all text-brand-700 underline underline-offset-2 dark:text-brand-300"
          >
            {link.path}
          </a>
          <div data-copy-slot={link.copy} className="mt-2 empty:hidden" />
        </div>
      ))}
      {shareable !== undefined ? (
        <div data-share-sheet={shareable} className="empty:hidden" />
      ) : null}
      <p className="text-sm text-slate-700 dark:text-slate-300">
        The link itself carries your answers: whoever has it can see them. We keep no copy.
      </p>
    </div>
  )
}
