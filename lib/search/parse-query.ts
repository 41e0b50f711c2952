import { z } from 'zod'
import { TOPICS } from '@/lib/content/taxonomy'
import { STAGES } from '@/lib/situation/stages'
import { MAX_QUERY_LENGTH, type AdviceQuery } from './query'

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value)

// Anything unrecognised in the address bar is ignored rather than an error: a stale or edited
// link should still show the library.
const querySchema = z.object({
  q: z
    .preprocess(first, z.string().catch(''))
    .transform((q) => q.trim().slice(0, MAX_QUERY_LENGTH)),
  topic: z.preprocess(first, z.enum(TOPICS).optional().catch(undefined)),
  stage: z.preprocess(first, z.enum(STAGES).optional().catch(undefined)),
})

export function parseAdviceQuery(
  params: Record<string, string | string[] | undefined>,
): AdviceQuery {
  return querySchema.parse(params)
}
