import { OG_IMAGES } from '@/lib/site/config'
import type { Metadata } from 'next'

export const metadata: Metadata = {
  title: 'Privacy',
  description:
    'What Bow Out does with what you type: nothing is stored, logged, tracked or shared.',
  alternates: { canonical: '/privacy' },
  openGraph: { images: OG_IMAGES, title: 'Privacy · Bow Out', url: '/privacy' },
}

export default function PrivacyPage() {
  return (
    <div className="prose max-w-2xl prose-slate dark:prose-invert">
      <h1>Privacy</h1>
      <p>
        People use Bow Out at delicate moments, often while still employed somewhere else. So the
        rule is simple: what you tell us is used to answer you, and for nothing else.
      </p>
      <h2>What we never do</h2>
      <ul>
        <li>Store your answers, names or notes on a server or in a database.</li>
        <li>Write what you type into logs.</li>
        <li>Use analytics, tracking pixels, advertising or third-party scripts of any kind.</li>
        <li>Load fonts, images or code from anyone else: everything comes from this site.</li>
      </ul>
      <h2>How your plan is made</h2>
      <p>
        Your answers are sent once, to this site, to work out your plan, and then forgotten. A
        plan&apos;s share link carries your answers inside the link itself; whoever has the link can
        see them, so share it only with people you trust.
      </p>
      <h2>Searching the advice</h2>
      <p>
        Searches run in your browser once the page has loaded. Without JavaScript, the search words
        travel in the page address so the server can answer, and are not kept.
      </p>
    </div>
  )
}
