import type { Citation, Plan, Script } from '@/lib/engine'
import { mailtoHref, slotsIn, slotsNote } from '@/lib/plan/text'
import { ShareBox } from './share-box'

import type { ArticleIndex } from '@/lib/content/articles'

// Article and section titles, so each reason can link to its section by name.
export type { ArticleIndex }

const VERDICT_LABELS: Record<Plan['verdict'], string> = {
  'leave-now': 'Leave now',
  'end-early': 'End the interview early',
  'finish-first': 'Finish the interview first',
  withdraw: 'Withdraw',
  'decline-offer': 'Decline the offer',
  'stay-in': 'Stay in for now',
}

const CHANNEL_LABELS: Record<Plan['channel'], string> = {
  'in-person': 'Say it in the interview',
  phone: 'By phone',
  email: 'By email',
  'phone-then-email': 'Call, then confirm by email',
  none: 'Nothing to send',
}

export function CitationList({
  items,
  articles,
  tone,
}: {
  items: Citation[]
  articles: ArticleIndex
  tone: 'why' | 'caution'
}) {
  return (
    <ul className="space-y-3">
      {items.map((item) => {
        const article = articles[item.source.slug]
        const section = article?.sections[item.source.anchor]
        return (
          <li
            key={`${item.source.slug}#${item.source.anchor}:${item.text}`}
            className={
              tone === 'caution'
                ? 'border-l-4 border-amber-500 pl-3'
                : 'border-l-4 border-brand-600 pl-3'
            }
          >
            <p>{item.text}</p>
            <a
              href={`/advice/${item.source.slug}#${item.source.anchor}`}
              className="text-sm font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300"
            >
              Read more: {section ?? article?.title ?? 'the advice'}
              {article && section ? <span className="sr-only"> (in “{article.title}”)</span> : null}
            </a>
          </li>
        )
      })}
    </ul>
  )
}

/**
 * One script: its words, and the link that mails them. This is the whole of it without
 * JavaScript; with it, lib/plan/enhance.ts makes the words editable and adds the copy buttons
 * (into the `data-` hooks), the same on the planner and on a shared plan's lean page.
 */
export function ScriptWords({ script, index }: { script: Script; index: number }) {
  const headingId = `script-${index}`
  return (
    <article
      aria-labelledby={headingId}
      data-script={index}
      className="break-inside-avoid rounded-lg border border-slate-300 p-4 dark:border-slate-700"
    >
      <h3 id={headingId} className="text-lg font-semibold">
        {script.title}
      </h3>
      {script.subject ? (
        <p className="mt-2">
          <span className="font-semibold">Subject:</span> {script.subject}
        </p>
      ) : null}
      <div data-script-text className="mt-2 font-serif text-lg leading-relaxed whitespace-pre-wrap">
        {script.body}
      </div>
      <p data-script-note hidden className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        Your own version (kept only in this tab).
      </p>
      <div data-script-actions className="no-print mt-3 flex flex-wrap items-center gap-3">
        {script.kind === 'email' && script.subject ? (
          <a
            href={mailtoHref(script.subject, script.body)}
            data-script-mailto
            className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800 dark:bg-brand-300 dark:text-slate-950 dark:hover:bg-brand-200"
          >
            Open in my email app
          </a>
        ) : null}
      </div>
    </article>
  )
}

type PlanViewProps = { plan: Plan; articles: ArticleIndex; anonymousPermalink: string }

/** The plan, as the server renders it: complete and usable without JavaScript. */
export function PlanView({ plan, articles, anonymousPermalink }: PlanViewProps) {
  const reminder = plan.scripts.some((s) => s.kind === 'follow-up')
  const slots = slotsNote(slotsIn(plan))
  return (
    <div className="space-y-10" data-plan={plan.permalink}>
      <div>
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase dark:text-brand-300">
          {VERDICT_LABELS[plan.verdict]} · {CHANNEL_LABELS[plan.channel]}
        </p>
        <p className="mt-2 font-serif text-2xl font-bold sm:text-3xl">{plan.headline}</p>
      </div>

      {plan.why.length ? (
        <section aria-labelledby="why-heading">
          <h2 id="why-heading" className="mb-3 text-xl font-semibold">
            Why
          </h2>
          <CitationList items={plan.why} articles={articles} tone="why" />
        </section>
      ) : null}

      {plan.cautions.length ? (
        <section aria-labelledby="cautions-heading">
          <h2 id="cautions-heading" className="mb-3 text-xl font-semibold">
            Worth keeping in mind
          </h2>
          <CitationList items={plan.cautions} articles={articles} tone="caution" />
        </section>
      ) : null}

      {plan.scripts.length ? (
        <>
          {/* Outside the words' region: with scripts on, a browser keeps <noscript> as raw text. */}
          <noscript>
            <p>
              With JavaScript off the words below can’t be edited here: select them to copy, and the
              links give them as suggested.
            </p>
          </noscript>
          <section aria-labelledby="words-heading">
            <h2 id="words-heading" className="mb-3 text-xl font-semibold">
              Your words
            </h2>
            {slots ? <p className="mb-4">{slots}</p> : null}
            <div className="space-y-4">
              {plan.scripts.map((script, i) => (
                <ScriptWords key={`${script.kind}-${i}`} script={script} index={i} />
              ))}
            </div>
          </section>
        </>
      ) : null}

      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading" className="mb-3 text-xl font-semibold">
          Next steps
        </h2>
        <ol className="list-decimal space-y-2 pl-6">
          {plan.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="keep-heading" className="no-print">
        <h2 id="keep-heading" className="mb-3 text-xl font-semibold">
          Keep it, share it
        </h2>
        <ShareBox permalink={plan.permalink} anonymousPermalink={anonymousPermalink} />
        <ul data-plan-actions className="mt-6 flex flex-wrap items-center gap-x-6 gap-y-3">
          <li>
            <a
              href={`${plan.permalink}/plan.txt`}
              download="plan.txt"
              data-download
              className="font-semibold text-brand-700 underline underline-offset-2 dark:text-brand-300"
            >
              Download all the words (.txt)
              <span data-download-edited hidden>
                , with your edits
              </span>
            </a>
          </li>
          {reminder ? (
            <li>
              <a
                href={`${plan.permalink}/reminder.ics`}
                download
                className="font-semibold text-brand-700 underline underline-offset-2 dark:text-brand-300"
              >
                Add a keep-in-touch reminder to my calendar (.ics)
              </a>
            </li>
          ) : null}
        </ul>
      </section>
    </div>
  )
}
