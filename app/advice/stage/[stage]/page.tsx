import { AdviceIndex, adviceMetadata, stageParams } from '@/components/advice/advice-index'
import { parseAdviceQuery } from '@/lib/search/parse-query'

export const dynamic = 'error'
export const dynamicParams = false
export const generateStaticParams = stageParams

type Props = { params: Promise<{ stage: string }> }

export async function generateMetadata({ params }: Props) {
  return adviceMetadata(parseAdviceQuery(await params))
}

export default async function AdviceByStagePage({ params }: Props) {
  return <AdviceIndex query={parseAdviceQuery(await params)} />
}
