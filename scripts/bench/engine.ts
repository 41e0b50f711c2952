// Bundled by scripts/bench.mjs and run in a single Node thread: plans per second on one core.
import { loadCatalog } from '@/lib/wording/load'
import { createPlan } from '@/lib/wording/write'
import { situationSchema, type Situation } from '@/lib/situation'

const catalog = loadCatalog()

// A spread of verdicts, channels, tones and details, so no single path flatters the figure.
const situations: Situation[] = [
  { stage: 'during', progress: 'interviewed', reasons: ['unsafe'], certainty: 'certain' },
  {
    stage: 'during',
    progress: 'screened',
    reasons: ['role-mismatch', 'pay'],
    certainty: 'certain',
    needJob: 'not-really',
    tone: 'warm',
    details: {
      contactName: 'Dana',
      role: 'Analyst',
      advertised: 'a generalist role',
      actual: 'all reporting',
    },
  },
  {
    stage: 'during',
    progress: 'final',
    reasons: ['culture'],
    certainty: 'certain',
    keepDoorOpen: true,
    tone: 'formal',
  },
  {
    stage: 'after',
    progress: 'interviewed',
    reasons: ['other-offer'],
    certainty: 'certain',
    keepDoorOpen: true,
    channel: 'email',
    details: {
      yourName: 'Sam',
      contactName: 'Priya',
      company: 'Acme',
      positives: 'the data platform roadmap',
      betterFit: 'a team lead role',
      referral: { name: 'Jo', connection: 'a former colleague' },
    },
  },
  {
    stage: 'before',
    progress: 'applied',
    nextInterview: 'within24h',
    reasons: ['logistics'],
    certainty: 'certain',
    fearOfInterviewing: true,
  },
  {
    stage: 'offer',
    progress: 'final',
    reasons: ['pay'],
    certainty: 'leaning',
    changeMind: 'more-pay',
  },
  {
    stage: 'offer',
    progress: 'final',
    reasons: ['level-mismatch', 'lost-interest'],
    certainty: 'certain',
    explain: 'full',
    tone: 'warm',
  },
  { stage: 'before', progress: 'screened', reasons: ['personal'], certainty: 'unsure' },
].map((input) => situationSchema.parse(input))

function run(iterations: number) {
  let scripts = 0
  for (let i = 0; i < iterations; i++)
    scripts += createPlan(situations[i % situations.length]!, catalog).scripts.length
  return scripts
}

run(20_000) // warm up the JIT
const iterations = 200_000
const start = process.hrtime.bigint()
const scripts = run(iterations)
const seconds = Number(process.hrtime.bigint() - start) / 1e9
console.log(
  JSON.stringify({
    iterations,
    seconds,
    plansPerSecond: Math.round(iterations / seconds),
    scripts,
  }),
)
