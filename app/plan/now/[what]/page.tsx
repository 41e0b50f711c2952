import { notFound } from 'next/navigation'
import { ChooseSure, NowWords, nowMetadata } from '@/components/now/fast-path'
import { nowState, whatParams } from '@/lib/wizard/fast-path'

export const dynamic = 'error'
export const dynamicParams = false
export const generateStaticParams = whatParams
export const metadata = nowMetadata

type Props = { params: Promise<{ what: string }> }

/** Feeling unsafe goes straight to the words; anything else asks "are you sure?" first. */
export default async function InterviewNowWhatPage({ params }: Props) {
  const { situation } = nowState((await params).what, undefined)
  if (!situation) notFound()
  if (situation.reason === 'unsafe') return <NowWords situation={situation} />
  return <ChooseSure situation={situation} />
}
