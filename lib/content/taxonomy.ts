export const TOPICS = [
  'deciding',
  'withdrawing',
  'ending-early',
  'leaving-now',
  'timing',
  'channel',
  'keeping-in-touch',
  'pay',
  'role-mismatch',
  'offers',
  'wording',
] as const
export type Topic = (typeof TOPICS)[number]

export const TOPIC_LABELS: Record<Topic, string> = {
  deciding: 'Deciding',
  withdrawing: 'Withdrawing',
  'ending-early': 'Ending early',
  'leaving-now': 'Leaving at once',
  timing: 'Timing',
  channel: 'Call or email',
  'keeping-in-touch': 'Keeping in touch',
  pay: 'Pay',
  'role-mismatch': 'Not as advertised',
  offers: 'Offers',
  wording: 'Wording',
}

/** Advice points A1–A28 of shared/domain.md §2. */
export const ADVICE_IDS = Array.from({ length: 28 }, (_, i) => `A${i + 1}`)
