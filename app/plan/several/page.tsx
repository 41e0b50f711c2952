import type { Metadata } from 'next'
import { SeveralForm } from '@/components/several/several-form'
import { articleIndex } from '@/lib/content/articles'
import { initialSeveralState } from '@/lib/several/state'
import { SEVERAL_SOURCES } from '@/lib/several/words'
import { OG_IMAGES } from '@/lib/site/config'
import { closeProcesses } from './actions'

export const metadata: Metadata = {
  title: 'Close your other applications at once',
  description:
    'Accepted a job elsewhere? List the hiring processes still open and get a short, personal message for each one, written for the way it has been run.',
  alternates: { canonical: '/plan/several' },
  openGraph: {
    images: OG_IMAGES,
    title: 'Close your other applications at once · Bow Out',
    url: '/plan/several',
  },
}

export default function SeveralPage() {
  // Only the one article the words cite: its section names label the advice links.
  const slug = SEVERAL_SOURCES.oneEach.slug
  const article = articleIndex()[slug]
  return (
    <SeveralForm
      action={closeProcesses}
      initial={initialSeveralState()}
      articles={article ? { [slug]: article } : {}}
    />
  )
}
