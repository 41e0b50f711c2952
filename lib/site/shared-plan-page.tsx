import { renderToStaticMarkup } from 'react-dom/server'
import {
  NOT_FOUND_DESCRIPTION,
  NOT_FOUND_TITLE,
  NotFoundContent,
} from '@/components/layout/not-found-content'
import { BODY_CLASS, SiteFrame } from '@/components/layout/site-frame'
import { PlanView } from '@/components/plan/plan-view'
import {
  SHARED_PLAN_DESCRIPTION,
  SHARED_PLAN_PREVIEW,
  SHARED_PLAN_TITLE,
  SharedPlan,
} from '@/components/plan/shared-plan'
import { articleIndex } from '@/lib/content/articles'
import { decodeSituation } from '@/lib/permalink/codec'
import { anonymousPermalink, planFor } from '@/lib/plan/evaluate'
import { OG_IMAGES, SITE_NAME, SITE_URL } from '@/lib/site/config'

/*
 * A shared plan's lean page. The front door (lib/site/front-door.cjs) answers GET and HEAD for
 * /s/<token> with this, before Next sees the request: the token is decoded once, the same
 * components as every other page are rendered to HTML (React's server renderer, no client
 * runtime), and the page loads one small script of its own (lib/plan/enhance-entry.ts) for the
 * edit and copy controls. A dynamic App Router page costs several times more per request, and a
 * link someone shares is opened far more often than a plan is made.
 *
 * scripts/standalone.mjs bundles this file for the front door, with the build's stylesheet and
 * icon addresses and the script's hashed address as `assets`.
 */

export type PageAssets = {
  styles: string[]
  icon: { href: string; type: string; sizes: string } | undefined
  script: string
}

const THEME_COLORS = [
  { media: '(prefers-color-scheme: light)', color: '#ffffff' },
  { media: '(prefers-color-scheme: dark)', color: '#020617' },
]

/** JSON inside a <script> element: `<` written as an escape, so no text can end the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c')

type DocumentProps = {
  assets: PageAssets
  title: string
  description: string
  preview?: string
  children: React.ReactNode
  script?: boolean
}

function Document({ assets, title, description, preview, children, script }: DocumentProps) {
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
        <meta name="robots" content="noindex, nofollow" />
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
        {script ? <script src={assets.script} defer /> : null}
      </head>
      <body className={BODY_CLASS}>
        <SiteFrame>{children}</SiteFrame>
      </body>
    </html>
  )
}

/** The page for `/s/<token>`: the plan, or the site's "not found" page for a link that can't be read. */
export function renderSharedPlanPage(
  token: string,
  assets: PageAssets,
): { status: 200 | 404; html: string } {
  const decoded = decodeSituation(token)
  if (!decoded.ok) {
    const html = renderToStaticMarkup(
      <Document assets={assets} title={NOT_FOUND_TITLE} description={NOT_FOUND_DESCRIPTION}>
        <NotFoundContent />
      </Document>,
    )
    return { status: 404, html: `<!DOCTYPE html>${html}` }
  }
  const plan = planFor(decoded.situation)
  const html = renderToStaticMarkup(
    <Document
      assets={assets}
      title={SHARED_PLAN_TITLE}
      description={SHARED_PLAN_DESCRIPTION}
      preview={SHARED_PLAN_PREVIEW}
      script
    >
      <SharedPlan token={token}>
        <PlanView
          plan={plan}
          articles={articleIndex()}
          anonymousPermalink={anonymousPermalink(decoded.situation)}
        />
      </SharedPlan>
      <script
        type="application/json"
        id="plan-data"
        dangerouslySetInnerHTML={{ __html: scriptJson(plan) }}
      />
    </Document>,
  )
  return { status: 200, html: `<!DOCTYPE html>${html}` }
}
