// Kept apart from the schema so browser code can use the caps without loading zod.

/** Caps on the free-text details, in code points (domain.md §3). */
export const DETAIL_LIMITS = {
  yourName: 80,
  contactName: 80,
  company: 80,
  role: 80,
  advertised: 120,
  actual: 120,
  betterFit: 120,
  positives: 200,
  referralName: 80,
  referralConnection: 120,
} as const

/** The free-text details other than the referral's two, in the contract's order. */
export const TEXT_DETAILS = [
  'yourName',
  'contactName',
  'company',
  'role',
  'advertised',
  'actual',
  'betterFit',
  'positives',
] as const satisfies readonly (keyof typeof DETAIL_LIMITS)[]
