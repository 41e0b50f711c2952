import { DETAIL_FIELDS, detailFieldName, type DetailArg } from '@/lib/situation/limits'
import type { MessageId } from './message-ids'

// Kept apart from frames.ts so the planner's browser code can read it without MF2.

/** The message each detail's answer is seen in, and the form field it comes from. */
export const FRAME_MESSAGES = Object.fromEntries(
  DETAIL_FIELDS.flatMap((field) =>
    'frame' in field ? [[detailFieldName(field), { id: field.frame, arg: field.arg }]] : [],
  ),
) as Record<FrameField, { id: MessageId; arg: DetailArg }>

type Framed = Extract<(typeof DETAIL_FIELDS)[number], { frame: string }>
type PathName<P> = P extends readonly [infer A extends string]
  ? A
  : P extends readonly [infer A extends string, infer B extends string]
    ? `${A}.${B}`
    : never

export type FrameField = `details.${PathName<Framed['path']>}`
