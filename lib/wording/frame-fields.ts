import type { MessageArg } from './catalog'
import type { MessageId } from './message-ids'

// Kept apart from frames.ts so the planner's browser code can read it without MF2.

/** The message each detail's answer is seen in, and the form field it comes from. */
export const FRAME_MESSAGES = {
  'details.advertised': { id: 'reason.role-mismatch', arg: 'advertised' },
  'details.actual': { id: 'reason.role-mismatch', arg: 'actual' },
  'details.positives': { id: 'door.liked', arg: 'positives' },
  'details.betterFit': { id: 'door.better-fit', arg: 'betterFit' },
  'details.referral.name': { id: 'referral.person', arg: 'referralName' },
  'details.referral.connection': { id: 'referral.person', arg: 'referralConnection' },
  'details.contactName': { id: 'letter.hello', arg: 'contactName' },
  'details.yourName': { id: 'letter.sign-off', arg: 'yourName' },
  'details.role': { id: 'email.decision.withdraw', arg: 'role' },
  'details.company': { id: 'email.decision.withdraw', arg: 'company' },
} as const satisfies Record<string, { id: MessageId; arg: MessageArg }>

export type FrameField = keyof typeof FRAME_MESSAGES
