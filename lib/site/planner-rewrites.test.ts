import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { STAGES } from '@/lib/situation/stages'

type Rule = {
  source: string
  destination: string
  has?: { type: string; key: string; value?: string }[]
  missing?: { type: string; key: string }[]
}
const require = createRequire(import.meta.url)
const config = require('../../next.config.js') as {
  rewrites: () => Promise<{ beforeFiles: Rule[] }>
}

/** Where Next sends `/plan?…` with these parameters: the first rule that matches, as Next does. */
function destination(rules: Rule[], query: Record<string, string>) {
  const rule = rules.find(
    (r) =>
      r.source === '/plan' &&
      (r.has ?? []).every(
        (h) => h.key in query && (!h.value || new RegExp(`^${h.value}$`).test(query[h.key]!)),
      ) &&
      (r.missing ?? []).every((m) => !(m.key in query)),
  )
  if (!rule) return '/plan'
  const stage = query.stage ?? ''
  return rule.destination.replace(':stage', stage)
}

describe('links into the planner', () => {
  it('send a link that names only a stage to that stage’s prerendered page, for every stage', async () => {
    const { beforeFiles } = await config.rewrites()
    const stageRule = beforeFiles.find((r) => r.destination === '/plan/stage/:stage')
    const named = /\(\?<stage>(.*)\)/.exec(stageRule?.has?.[0]?.value ?? '')?.[1]?.split('|')
    expect(named).toEqual([...STAGES])
    for (const stage of STAGES) {
      expect(destination(beforeFiles, { stage })).toBe(`/plan/stage/${stage}`)
    }
  })

  it('send any other answers, or a stage it does not know, to the page that reads them', async () => {
    const { beforeFiles } = await config.rewrites()
    expect(destination(beforeFiles, { stage: 'lunch' })).toBe('/plan/start')
    expect(destination(beforeFiles, { stage: 'during', reasons: 'rude' })).toBe('/plan/start')
    expect(destination(beforeFiles, { certainty: 'certain' })).toBe('/plan/start')
    expect(destination(beforeFiles, { from: 'x' })).toBe('/plan/start')
    expect(destination(beforeFiles, {})).toBe('/plan')
  })
})
