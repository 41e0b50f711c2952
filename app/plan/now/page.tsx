import { ChooseSituation, nowMetadata } from '@/components/now/fast-path'

export const dynamic = 'error'
export const metadata = nowMetadata

export default function InterviewNowPage() {
  return <ChooseSituation />
}
