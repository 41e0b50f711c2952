import { situationSchema, type Details, type Situation } from '@/lib/situation'

/*
 * Detail variants shared by the engine's tests. None contains a blocklisted phrase, a brace,
 * or the words "undefined", "null" or "NaN": the tests look for those in the output, so they
 * must come only from a bug.
 */

const pad = (start: string, length: number) => {
  // Long words rather than many short ones: the caps are about characters, and a spoken line
  // of 70 words cannot carry 120 characters of one-letter words.
  let out = start
  while (Array.from(out).length < length) out += 'x'
  return out
}

export const RAW_DETAIL_VARIANTS = {
  none: {},
  filled: {
    yourName: 'Sam Lee',
    contactName: 'Dana',
    company: 'Acme Health',
    role: 'Operations Coordinator',
    advertised: 'a generalist operations role',
    actual: 'mostly overnight scheduling',
    betterFit: 'more project work',
    positives: 'the new clinic opening in the spring',
    referral: { name: 'Priya Shah', connection: 'a former colleague from Orbit' },
  },
  hostile: {
    yourName: 'javascript:alert(1)',
    contactName: '<script>alert(1)</script>',
    role: '"><svg onload=alert(1)>',
    actual: "'; DROP TABLE plans; --",
    positives: '<b>bold</b> &amp; <i>entities</i>',
    referral: { name: '<a href="javascript:alert(1)">Priya</a>' },
  },
  rtl: {
    contactName: 'دانا',
    advertised: 'دور عام في العمليات',
    betterFit: 'עבודה על פרויקטים',
    referral: { name: 'مريم', connection: 'زميلة سابقة' },
  },
  emoji: {
    yourName: 'Sam 👩🏽‍💻',
    contactName: 'Dana 🌻',
    company: 'Acme 🚀',
    role: 'Ops 🧭 Lead',
    advertised: 'a 🌍 generalist role',
    actual: 'mostly 📞 calls',
    betterFit: 'more 🎨 design',
    positives: 'the 🏥 clinic plans',
    referral: { name: 'Priya 🙂', connection: 'a friend 🤝' },
  },
  max: {
    yourName: pad('Maximiliana-', 80),
    contactName: pad('Bartholomew-', 80),
    company: pad('Incorporated-', 80),
    role: pad('Coordinator-', 80),
    advertised: pad('generalist-operations-', 120),
    actual: pad('overnight-scheduling-', 120),
    betterFit: pad('project-leadership-', 120),
    positives: pad('the-clinic-opening-', 200),
    referral: { name: pad('Priyanka-', 80), connection: pad('colleague-', 120) },
  },
  partial: {
    yourName: 'שרה לוי',
    company: 'Acme Health',
    betterFit: 'more work with clients’ teams',
  },
} as const

export type DetailVariantName = keyof typeof RAW_DETAIL_VARIANTS

/** The variants after the schema's cleaning, as the engine receives them. */
export const DETAIL_VARIANTS: { name: DetailVariantName; details: Details }[] = (
  Object.keys(RAW_DETAIL_VARIANTS) as DetailVariantName[]
).map((name) => ({
  name,
  details: situationSchema.parse({
    stage: 'before',
    progress: 'applied',
    reasons: ['pay'],
    certainty: 'certain',
    details: RAW_DETAIL_VARIANTS[name],
  }).details,
}))

/**
 * The version-2 answers (shared/domain.md §6) that sweeps cycle through beside each situation:
 * the defaults first (a version-1 request), then each moment's fields in turn.
 */
export const V2_VARIANTS = [
  {
    signed: 'nothing',
    country: 'other',
    runBy: 'employer',
    takeHome: false,
    portal: false,
    benefits: false,
    campus: false,
  },
  {
    signed: 'contract',
    country: 'de',
    runBy: 'agency',
    takeHome: false,
    portal: true,
    benefits: true,
    campus: false,
  },
  {
    signed: 'offer-letter',
    country: 'uk',
    runBy: 'employer',
    takeHome: true,
    portal: false,
    benefits: false,
    campus: true,
  },
  {
    signed: 'contract',
    country: 'in',
    runBy: 'agency',
    takeHome: false,
    portal: true,
    benefits: true,
    campus: true,
  },
  {
    signed: 'offer-letter',
    country: 'other',
    runBy: 'employer',
    takeHome: false,
    portal: false,
    benefits: true,
    campus: false,
  },
  // The notice after a yes, by who receives it: the UK employer by email, the UK employer past a
  // recruiter (B2), the German employer by post.
  {
    signed: 'contract',
    country: 'uk',
    runBy: 'employer',
    takeHome: true,
    portal: true,
    benefits: true,
    campus: false,
  },
  {
    signed: 'offer-letter',
    country: 'uk',
    runBy: 'agency',
    takeHome: false,
    portal: false,
    benefits: true,
    campus: false,
  },
  {
    signed: 'contract',
    country: 'de',
    runBy: 'employer',
    takeHome: false,
    portal: false,
    benefits: false,
    campus: true,
  },
] as const satisfies readonly Pick<
  Situation,
  'signed' | 'country' | 'runBy' | 'takeHome' | 'portal' | 'benefits' | 'campus'
>[]
