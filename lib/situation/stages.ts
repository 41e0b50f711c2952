/** The moments a person can be in (domain.md §1); shared by articles, the wizard and the engine. */
// 'accepted' (after saying yes to an offer) joined in version 2 of the contract (moment B1).
export const STAGES = ['before', 'during', 'after', 'offer', 'accepted'] as const
export type Stage = (typeof STAGES)[number]

export const STAGE_LABELS: Record<Stage, string> = {
  before: 'Before the interview',
  during: 'In the interview',
  after: 'After interviewing',
  offer: 'Holding an offer',
  accepted: 'After accepting',
}
