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
  'after-accepting',
  'recruiters',
  'rights',
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
  'after-accepting': 'After accepting',
  recruiters: 'Recruiters and referrals',
  rights: 'Your rights and safety',
}

/** Advice points A1–A28 of shared/domain.md §2, then the moments B1–B10 of §6. */
export const ADVICE_IDS = [
  ...Array.from({ length: 28 }, (_, i) => `A${i + 1}`),
  ...Array.from({ length: 10 }, (_, i) => `B${i + 1}`),
]
