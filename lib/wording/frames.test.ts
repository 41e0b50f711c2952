import { expect, test } from 'vitest'
import { situationSchema } from '@/lib/situation'
import { FRAME_MESSAGES } from './frame-fields'
import { wizardFrames } from './frames'
import { loadCatalog } from './load'
import { MESSAGE_IDS } from './message-ids'
import { previewSentence } from './preview'
import { createPlan } from './write'

test('every free-text question has its sentence, with "…" where the answer goes', () => {
  const { frames, sources } = wizardFrames(loadCatalog())
  for (const field of Object.keys(FRAME_MESSAGES)) {
    const frame = frames[field as keyof typeof frames]!
    expect(frame, field).toContain('…')
    expect(frame, field).not.toMatch(/sample|\{|\}|\$/i)
  }
  // Each frame is a message of the catalogue (the details table names it by id).
  for (const { id } of Object.values(FRAME_MESSAGES)) expect(MESSAGE_IDS).toContain(id)
  expect(frames['details.betterFit']).toBe(
    "What I'm aiming for next is …, so I'd be glad to hear of any opening like that.",
  )
  // Only what the previews need goes to the browser.
  expect(Object.keys(sources).length).toBeLessThan(12)
})

test('the preview is the sentence the plan will use, shape and all', () => {
  const catalog = loadCatalog()
  const { sources } = wizardFrames(catalog)
  const details = { betterFit: "I'd prefer something remote", positives: 'meeting the team!' }
  const plan = createPlan(
    situationSchema.parse({
      stage: 'after',
      progress: 'interviewed',
      reasons: ['culture'],
      certainty: 'certain',
      keepDoorOpen: true,
      channel: 'email',
      tone: 'warm',
      details,
    }),
    catalog,
  )
  const email = plan.scripts.find((script) => script.kind === 'email')!.body
  const fit = previewSentence(sources, 'door.better-fit', { ...details, tone: 'warm' })
  const liked = previewSentence(sources, 'door.liked', { ...details, tone: 'warm' })
  expect(fit).toBe(
    "I'd prefer something remote, so do let me know if an opening like that comes up.",
  )
  expect(email).toContain(fit)
  expect(email).toContain(liked)
  // A clause where a noun was wanted is left out, not printed broken.
  const role = previewSentence(sources, 'email.decision.withdraw', { role: "I'm not sure" })
  expect(role).not.toContain('not sure')
})
