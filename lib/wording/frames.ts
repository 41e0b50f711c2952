import {
  completeArgs,
  formatMessage,
  MESSAGE_ARGS,
  type Catalog,
  type MessageArgs,
} from './catalog'
import { FRAME_MESSAGES, type FrameField } from './frame-fields'

/*
 * Sentence frames for the planner: each free-text question shows the sentence its answer goes
 * into, so a person types what fits ("more project work", not "I took another offer"). The
 * frame is plain text made on the server (it works without JavaScript); the live preview is made
 * in the browser from the same messages (lib/wording/preview.ts), so nothing typed is sent.
 */

/** What the planner page sends the browser: each field's frame, and the messages to preview. */
export type Frames = {
  frames: Partial<Record<FrameField, string>>
  sources: Record<string, string>
}

/** A stand-in answer of the common shape, replaced by "…" in the frame. */
const SAMPLE = 'Sample'

const emptyArgs = (): MessageArgs =>
  Object.fromEntries(MESSAGE_ARGS.map((arg) => [arg, ''])) as MessageArgs

export function wizardFrames(catalog: Catalog): Frames {
  const frames: Frames['frames'] = {}
  const ids = new Set<string>(['ref.the-role', 'ref.the-company', 'ref.the-role-called'])
  for (const [field, { id, arg }] of Object.entries(FRAME_MESSAGES)) {
    ids.add(id)
    const args = completeArgs(catalog, { ...emptyArgs(), tone: 'neutral', [arg]: SAMPLE })
    const text = formatMessage(catalog, id, args)
    frames[field as FrameField] = text.replace(new RegExp(SAMPLE, 'i'), '…').replace(/\n/g, ' ')
  }
  const sources = Object.fromEntries([...ids].map((id) => [id, catalog.get(id)!.source] as const))
  return { frames, sources }
}
