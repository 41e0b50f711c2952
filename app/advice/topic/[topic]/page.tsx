import { AdviceIndex, adviceMetadata, topicParams } from '@/components/advice/advice-index'
import { parseAdviceQuery } from '@/lib/search/parse-query'

export const dynamic = 'error'
export const dynamicParams = false
export const generateStaticParams = topicParams

type Props = { params: Promise<{ topic: string }> }

export async function generateMetadata({ params }: Props) {
  return adviceMetadata(parseAdviceQuery(await params))
}

export default async function AdviceByTopicPage({ params }: Props) {
  return <AdviceIndex query={parseAdviceQuery(await params)} />
}
