import { notFound } from 'next/navigation'
import { NowWords, nowMetadata } from '@/components/now/fast-path'
import { nowState, sureParams } from '@/lib/wizard/fast-path'

export const dynamic = 'error'
export const dynamicParams = false
export const generateStaticParams = sureParams
export const metadata = nowMetadata

type Props = { params: Promise<{ what: string; sure: string }> }

export default async function InterviewNowWordsPage({ params }: Props) {
  const { what, sure } = await params
  const state = nowState(what, sure)
  if (!state.situation || !state.sure) notFound()
  return <NowWords situation={state.situation} sure={state.sure} />
}
