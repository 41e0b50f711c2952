import { z } from 'zod'
import { STAGES } from '@/lib/situation/stages'
import { ADVICE_IDS, TOPICS } from './taxonomy'

export const sourceSchema = z.strictObject({
  key: z.string().regex(/^S\d+$/, 'must look like S1'),
  title: z.string().min(1),
  author: z.string().min(1).optional(),
  publication: z.string().min(1).optional(),
  date: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
})
export type Source = z.infer<typeof sourceSchema>

const unique = <T>(list: T[]) => new Set(list).size === list.length

/** Front matter of content/advice/*.md. Unknown keys are an error, so typos are caught. */
export const frontMatterSchema = z.strictObject({
  title: z.string().trim().min(5).max(90),
  summary: z.string().trim().min(20).max(200),
  topics: z.array(z.enum(TOPICS)).min(1).max(3).refine(unique, 'must not repeat a topic'),
  stages: z.array(z.enum(STAGES)).min(1).max(4).refine(unique, 'must not repeat a stage'),
  advice: z
    .array(z.enum(ADVICE_IDS as [string, ...string[]]))
    .min(1)
    .refine(unique, 'must not repeat an advice point'),
  sources: z
    .array(z.string().regex(/^S\d+$/, 'must look like S1'))
    .min(1)
    .refine(unique, 'must not repeat a source'),
  lastReviewed: z.iso.date('must be a date written YYYY-MM-DD'),
})
export type FrontMatter = z.infer<typeof frontMatterSchema>

/** "stages[1]: Invalid option…" — a reader can find the field without knowing zod. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path
        .map((part, i) =>
          typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
        )
        .join('')
      return `${path || '(front matter)'}: ${issue.message}`
    })
    .join('; ')
}
