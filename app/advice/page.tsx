import { AdviceIndex, adviceMetadata } from '@/components/advice/advice-index'

// Prerendered: old links with ?q=, ?stage= or ?topic= are sent to their own views by proxy.ts.
export const dynamic = 'error'
export const metadata = adviceMetadata({ q: '' })

export default function AdvicePage() {
  return <AdviceIndex query={{ q: '' }} />
}
