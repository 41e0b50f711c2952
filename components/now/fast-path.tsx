import type { Metadata } from 'next'
import Link from 'next/link'
import { certainty, SITUATIONS, nowHref, type NowSituation } from '@/lib/wizard/fast-path'
import { planFor } from '@/lib/plan/evaluate'
import { situationSchema, type Certainty } from '@/lib/situation'
import { OG_IMAGES } from '@/lib/site/config'

/*
 * The fast path for someone in an interview right now: a handful of pages, each prerendered,
 * that lead to words to say in two or three taps. Every choice is a link, so it works the same
 * with JavaScript off. Old links with ?what= and ?sure= are sent here by proxy.ts.
 */

export const nowMetadata: Metadata = {
  title: 'In an interview right now',
  description:
    'Two taps to calm, polite words for ending an interview, and what to do if you feel unsafe.',
  alternates: { canonical: '/plan/now' },
  openGraph: { images: OG_IMAGES, title: 'In an interview right now · Bow Out', url: '/plan/now' },
}

const bigLink =
  'block w-full rounded-xl border-2 border-brand-700 px-5 py-4 text-xl font-semibold hover:bg-brand-50 dark:border-brand-300 dark:hover:bg-brand-900/40'

export function ChooseSituation() {
  return (
    <Shell title="What’s happening?">
      <ul className="space-y-3">
        {SITUATIONS.map((s) => (
          <li key={s.value}>
            <Link prefetch={false} href={nowHref(s.value)} className={bigLink}>
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
    </Shell>
  )
}

export function ChooseSure({ situation }: { situation: NowSituation }) {
  return (
    <Shell title={certainty.legend}>
      <ul className="space-y-3">
        {certainty.options.map((o) => (
          <li key={o.value}>
            <Link prefetch={false} href={nowHref(situation.value, o.value)} className={bigLink}>
              {o.label}
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-6">
        <Link
          prefetch={false}
          href={nowHref()}
          className="font-semibold underline underline-offset-2"
        >
          Back
        </Link>
      </p>
    </Shell>
  )
}

export function NowWords({ situation, sure }: { situation: NowSituation; sure?: Certainty }) {
  const plan = planFor(
    situationSchema.parse({
      stage: 'during',
      progress: 'interviewed',
      reasons: [situation.reason],
      certainty: sure ?? 'certain',
    }),
  )
  const spoken = plan.scripts.filter((s) => s.kind === 'say' || s.kind === 'pushback')
  const fullPlanner = `/plan?stage=during&reasons=${situation.reason}${sure ? `&certainty=${sure}` : ''}`

  return (
    <Shell title={plan.headline}>
      {spoken.map((script) => (
        <section key={script.kind} aria-labelledby={`now-${script.kind}`} className="mb-8">
          <h2
            id={`now-${script.kind}`}
            className="mb-2 text-lg font-semibold text-slate-700 dark:text-slate-300"
          >
            {script.title}
          </h2>
          <p className="font-serif text-2xl leading-snug whitespace-pre-wrap sm:text-3xl">
            {script.body}
          </p>
        </section>
      ))}
      {spoken.length === 0 ? (
        <ol className="mb-8 list-decimal space-y-2 pl-6 text-xl">
          {plan.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      ) : null}
      <ul className="space-y-2 text-lg">
        {plan.why.map((why) => (
          <li key={why.text}>
            {why.text}{' '}
            <a
              href={`/advice/${why.source.slug}#${why.source.anchor}`}
              className="font-semibold text-brand-700 underline underline-offset-2 dark:text-brand-300"
            >
              Read more
              <span className="sr-only"> about this</span>
            </a>
          </li>
        ))}
      </ul>
      <div className="mt-10 space-y-3">
        <Link prefetch={false} href={fullPlanner} className={bigLink}>
          Afterwards: get the follow-up email and the full plan
        </Link>
        <Link
          prefetch={false}
          href={nowHref()}
          className="inline-block font-semibold underline underline-offset-2"
        >
          Start over
        </Link>
      </div>
    </Shell>
  )
}

function Shell({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="mx-auto max-w-xl">
      <p className="mb-2 font-semibold text-alert-700 dark:text-red-300">
        In an interview right now
      </p>
      <h1 className="mb-6 font-serif text-3xl font-bold tracking-tight sm:text-4xl">{title}</h1>
      {children}
    </div>
  )
}
