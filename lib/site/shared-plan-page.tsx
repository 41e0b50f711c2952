import {
  NOT_FOUND_DESCRIPTION,
  NOT_FOUND_TITLE,
  NotFoundContent,
} from '@/components/layout/not-found-content'
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
import { renderDocument, scriptJson, type PageAssets } from './lean-document'

/*
 * A shared plan's lean page. The front door (lib/site/front-door.cjs) answers GET and HEAD for
 * /s/<token> with this, before Next sees the request: the token is decoded once, the same
 * components as every other page are rendered to HTML, and the page loads one small script of
 * its own (lib/plan/enhance-entry.ts) for the edit and copy controls. A dynamic App Router page
 * costs several times more per request, and a link someone shares is opened far more often than
 * a plan is made.
 */

const NOT_INDEXED = 'noindex, nofollow'

/** The page for `/s/<token>`: the plan, or the site's "not found" page for a link that can't be read. */
export function renderSharedPlanPage(
  token: string,
  assets: PageAssets,
): { status: 200 | 404; html: string } {
  const decoded = decodeSituation(token)
  if (!decoded.ok) {
    const html = renderDocument({
      assets,
      title: NOT_FOUND_TITLE,
      description: NOT_FOUND_DESCRIPTION,
      robots: NOT_INDEXED,
      children: <NotFoundContent />,
    })
    return { status: 404, html }
  }
  const plan = planFor(decoded.situation)
  const html = renderDocument({
    assets,
    title: SHARED_PLAN_TITLE,
    description: SHARED_PLAN_DESCRIPTION,
    robots: NOT_INDEXED,
    preview: SHARED_PLAN_PREVIEW,
    script: assets.scripts.plan,
    children: (
      <>
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
      </>
    ),
  })
  return { status: 200, html }
}
