import { renderToStaticMarkup } from 'react-dom/server'
import type { ReactNode } from 'react'
import { BODY_CLASS, SiteFrame } from '@/components/layout/site-frame'
import { OG_IMAGES, SITE_NAME, SITE_URL } from '@/lib/site/config'

/*
 * The document around the pages the front door (lib/site/front-door.cjs) renders itself, outside
 * Next: a shared plan and the advice search results. The same head and frame as every other
 * page, rendered with React's server renderer and no client runtime; a page may load one small
 * script of its own. scripts/lib/lean-build.mjs bundles these pages; the front door gives them the stylesheet,
 * icon and script addresses as `assets`.
 */

export type PageAssets = {
  styles: string[]
  icon: { href: string; type: string; sizes: string } | undefined
  /** The hashed addresses of the lean pages' own scripts. */
  scripts: { plan: string; advice: string }
}

const THEME_COLORS = [
  { media: '(prefers-color-scheme: light)', color: '#ffffff' },
  { media: '(prefers-color-scheme: dark)', color: '#020617' },
]

/** JSON inside a <script> element: `<` written as an escape, so no text can end the element. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c')

type DocumentProps = {
  assets: PageAssets
  title: string
  description: string
  /** What search engines may do with the page; without it, what they do by default. */
  robots?: string
  /** The page's address for search engines, from the site's root. */
  canonical?: string
  /** The text link previews show. */
  preview?: string
  /** The address of the page's one script. */
  script?: string
  children: ReactNode
}

function Document(props: DocumentProps) {
  const { assets, title, description, robots, canonical, preview, script, children } = props
  const image = OG_IMAGES[0]!
  const fullTitle = `${title} · ${SITE_NAME}`
  return (
    <html lang="en">
      {/* eslint-disable-next-line @next/next/no-head-element -- rendered outside Next, by React's own server renderer */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {assets.styles.map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
        {THEME_COLORS.map(({ media, color }) => (
          <meta key={media} name="theme-color" content={color} media={media} />
        ))}
        <title>{fullTitle}</title>
        <meta name="description" content={description} />
        <meta name="application-name" content={SITE_NAME} />
        {robots ? <meta name="robots" content={robots} /> : null}
        {canonical ? <link rel="canonical" href={`${SITE_URL}${canonical}`} /> : null}
        <meta name="format-detection" content="telephone=no, address=no, email=no" />
        {preview ? (
          <>
            <meta property="og:title" content={fullTitle} />
            <meta property="og:description" content={preview} />
            <meta property="og:image" content={`${SITE_URL}${image.url}`} />
            <meta property="og:image:width" content={String(image.width)} />
            <meta property="og:image:height" content={String(image.height)} />
            <meta property="og:image:alt" content={image.alt} />
            <meta name="twitter:card" content="summary_large_image" />
            <meta name="twitter:title" content={fullTitle} />
            <meta name="twitter:description" content={preview} />
            <meta name="twitter:image" content={`${SITE_URL}${image.url}`} />
          </>
        ) : null}
        {assets.icon ? <link rel="icon" {...assets.icon} /> : null}
        {script ? <script src={script} defer /> : null}
      </head>
      <body className={BODY_CLASS}>
        <SiteFrame>{children}</SiteFrame>
      </body>
    </html>
  )
}

/** A whole page: `<!DOCTYPE html>` and the document. */
export function renderDocument(props: DocumentProps): string {
  return `<!DOCTYPE html>${renderToStaticMarkup(<Document {...props} />)}`
}
