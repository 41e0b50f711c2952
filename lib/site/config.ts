/** Absolute origin for canonical and Open Graph URLs; set SITE_URL where the app is deployed. */
export const SITE_URL = process.env.SITE_URL ?? 'http://localhost:3000'

export const SITE_NAME = 'Bow Out'
export const SITE_DESCRIPTION =
  'Realised a job is wrong for you? Decide whether to end the interview, finish it, withdraw or decline, and get the exact words to do it gracefully.'

/** Where the guided planner lives, with an optional stage to start from. */
export function planHref(stage?: string): string {
  return stage ? `/plan?stage=${encodeURIComponent(stage)}` : '/plan'
}

/**
 * The one preview image for every page, shared plans included: generic, so a link preview never
 * shows anything about someone's situation. Pages that set openGraph replace their parent's
 * whole object, so each includes this.
 */
export const OG_IMAGES = [
  {
    url: '/og.png',
    width: 1200,
    height: 630,
    alt: 'Bow Out: step away from the wrong job, gracefully.',
  },
]
