import { AdviceIndex, adviceMetadata, stageAndTopicParams } from '@/components/advice/advice-index'
import { parseAdviceQuery } from '@/lib/search/parse-query'

export const dynamic = 'error'
export const dynamicParams = false
export const generateStaticParams = stageAndTopicParams

type Props = { params: Promise<{ stage: string; topic: string }> }

export async function generateMetadata({ params }: Props) {
  return adviceMetadata(parseAdviceQuery(await params))
}

export default async function AdviceByStageAndTopicPage({ params }: Props) {
  return <AdviceIndex query={parseAdviceQuery(await params)} />
}
