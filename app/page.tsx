import type { Metadata } from 'next'
import Link from 'next/link'
import { ArticleCard } from '@/components/advice/article-card'
import { loadArticles, summarize } from '@/lib/content/articles'
import { planHref, OG_IMAGES } from '@/lib/site/config'

export const metadata: Metadata = {
  alternates: { canonical: '/' },
  openGraph: { images: OG_IMAGES, url: '/' },
}

const FEATURED = ['withdrawing-is-normal', 'ending-an-interview-early', 'declining-a-job-offer']

export default function HomePage() {
  const featured = loadArticles()
    .filter((article) => FEATURED.includes(article.slug))
    .map(summarize)

  return (
    <div className="space-y-14">
      <section aria-labelledby="hero-heading" className="max-w-3xl">
        <h1 id="hero-heading" className="font-serif text-4xl font-bold tracking-tight sm:text-5xl">
          Realised the job is wrong for you?
        </h1>
        <p className="mt-4 text-lg text-slate-700 sm:text-xl dark:text-slate-300">
          Stepping away is normal, and it can be done well. Find out whether to end the interview,
          see it through, withdraw or decline, and get the exact words to say or send.
        </p>
      </section>

      <Link
        prefetch={false}
        href="/plan/now"
        className="block rounded-xl border-2 border-alert-700 p-5 hover:bg-red-50 sm:p-6 dark:border-red-400 dark:hover:bg-red-950/40"
      >
        <span className="block text-xl font-bold text-alert-700 sm:text-2xl dark:text-red-300">
          I&apos;m in an interview right now
        </span>
        <span className="mt-1 block text-slate-800 dark:text-slate-200">
          Quick, calm words to end it politely, and what to do if you feel unsafe.
        </span>
      </Link>

      <section aria-labelledby="paths-heading">
        <h2 id="paths-heading" className="sr-only">
          Choose where to start
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          <li className="rounded-xl border border-slate-200 p-6 dark:border-slate-800">
            <h3 className="text-xl font-semibold">Get words for my situation</h3>
            <p className="mt-2 text-slate-700 dark:text-slate-300">
              Answer a few short questions. You get a clear recommendation, the reasons behind it,
              and scripts for a call, a voicemail or an email in the tone you choose.
            </p>
            <Link
              prefetch={false}
              href={planHref()}
              className="mt-4 inline-block rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 dark:bg-brand-300 dark:text-slate-950 dark:hover:bg-brand-200"
            >
              Start the questions
            </Link>
          </li>
          <li className="rounded-xl border border-slate-200 p-6 dark:border-slate-800">
            <h3 className="text-xl font-semibold">Read the advice</h3>
            <p className="mt-2 text-slate-700 dark:text-slate-300">
              Short, practical articles on withdrawing, ending an interview early, declining an
              offer and keeping the door open, with example wording throughout.
            </p>
            <Link
              prefetch={false}
              href="/advice"
              className="mt-4 inline-block rounded-md border border-brand-700 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50 dark:border-brand-300 dark:text-brand-200 dark:hover:bg-brand-900/40"
            >
              Browse all advice
            </Link>
          </li>
        </ul>
      </section>

      <section aria-labelledby="start-heading">
        <h2 id="start-heading" className="mb-4 text-2xl font-semibold">
          Good places to start
        </h2>
        <ul className="grid gap-4 md:grid-cols-3">
          {featured.map((article) => (
            <li key={article.slug}>
              <ArticleCard article={article} />
            </li>
          ))}
        </ul>
      </section>

      <section
        aria-labelledby="privacy-heading"
        className="max-w-3xl rounded-xl bg-slate-100 p-6 dark:bg-slate-900"
      >
        <h2 id="privacy-heading" className="text-lg font-semibold">
          Your situation stays yours
        </h2>
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          Your current employer may not know you are looking. Nothing you type here is stored,
          logged or shared, and there is no tracking of any kind.{' '}
          <Link prefetch={false} href="/privacy" className="underline underline-offset-2">
            How we keep it private
          </Link>
          .
        </p>
      </section>
    </div>
  )
}
