// Bundled by scripts/bench.mjs: prints N distinct permalink tokens (distinct names, all else
// varied), so the load test never asks for the same shared plan twice.
import { encodeSituation } from '@/lib/permalink/codec'
import { CERTAINTIES, REASONS, STAGES, TONES, situationSchema } from '@/lib/situation'

const count = Number(process.argv[2] ?? 1000)
const tokens = Array.from({ length: count }, (_, i) =>
  encodeSituation(
    situationSchema.parse({
      stage: STAGES[i % STAGES.length],
      progress: 'interviewed',
      reasons: [REASONS[i % REASONS.length]],
      certainty: CERTAINTIES[i % CERTAINTIES.length],
      keepDoorOpen: i % 2 === 0,
      tone: TONES[i % TONES.length],
      details: { yourName: `Person ${i}`, contactName: 'Dana', role: 'Analyst' },
    }),
  ),
)
console.log(JSON.stringify(tokens))
