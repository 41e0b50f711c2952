import type { Citation, Part, Script, ScriptPlan, Source } from '@/lib/engine/types'
import {
  completeArgs,
  formatMessage,
  MESSAGE_ARGS,
  type Catalog,
  type MessageArgs,
} from '@/lib/wording/catalog'
import type { MessageId } from '@/lib/wording/message-ids'
import { WRITERS, type Format } from '@/lib/wording/writers'
import type { ProcessChannel, ProcessStage, SeveralTone } from './fields'
import type { ProcessInput, SeveralInput } from './schema'

/*
 * The words for closing several processes (B5): for each process, which messages it says, by
 * how far it got and how it has been run; the messages themselves are in
 * content/messages/en/several.mf2, formatted with that process's own details, and laid out by
 * the planner's writers (a letter, talking points, a voicemail). Pure: no I/O, no React.
 */

/** The words for one process, ready to show: what to do, why, and the scripts. */
export type ProcessWords = {
  company: string
  role?: string
  stage: ProcessStage
  channel: ProcessChannel
  headline: string
  why: Citation[]
  cautions: Citation[]
  scripts: Script[]
}

export type SeveralResult = { tone: SeveralTone; processes: ProcessWords[] }

const ARTICLE = 'closing-several-processes'
const at = (anchor: string): Source => ({ slug: ARTICLE, anchor })

/** The headings of content/advice/closing-several-processes.md the words cite. */
export const SEVERAL_SOURCES = {
  oneEach: at('one-message-per-open-process'),
  channel: at('use-the-channel-you-have-been-using'),
  noName: at('no-need-to-name-the-new-employer'),
  portal: at('withdrawing-in-an-application-portal'),
} as const

const p = (id: MessageId, label?: MessageId): Part => (label ? { id, label } : { id })

const THANKS: Record<ProcessStage, MessageId> = {
  applied: 'several.thanks.applied',
  screened: 'several.thanks.screened',
  interviewed: 'several.thanks.interviewed',
  final: 'several.thanks.final',
}
const RECRUITER_THANKS: Record<ProcessStage, MessageId> = {
  applied: 'several.recruiter.thanks.applied',
  screened: 'several.recruiter.thanks.screened',
  interviewed: 'several.recruiter.thanks.interviewed',
  final: 'several.recruiter.thanks.final',
}
const SPOKEN_THANKS: Record<ProcessStage, MessageId> = {
  applied: 'several.phone.thanks.applied',
  screened: 'several.phone.thanks.screened',
  interviewed: 'several.phone.thanks.interviewed',
  final: 'several.phone.thanks.final',
}
const WHY_NOW: Record<ProcessStage, MessageId> = {
  applied: 'several.why.now.applied',
  screened: 'several.why.now.talked',
  interviewed: 'several.why.now.talked',
  final: 'several.why.now.final',
}
const WHY_CHANNEL: Record<ProcessChannel, MessageId> = {
  email: 'several.why.channel.email',
  phone: 'several.why.channel.phone',
  portal: 'several.why.channel.portal',
  recruiter: 'several.why.channel.recruiter',
}
const HEADLINE: Record<ProcessChannel, MessageId> = {
  email: 'several.headline.email',
  phone: 'several.headline.phone',
  portal: 'several.headline.portal',
  recruiter: 'several.headline.recruiter',
}

/** An application that went no further is withdrawn; a process with a conversation is left. */
const applicationOnly = (stage: ProcessStage) => stage === 'applied'

/** The scripts for one process, by message id, in the order the card shows them. */
export function scriptPlans({ stage, channel }: Pick<ProcessInput, 'stage' | 'channel'>) {
  const decision: MessageId = applicationOnly(stage)
    ? 'several.decision.application'
    : 'several.decision.process'
  const letter = (title: MessageId, second: MessageId, thanks: MessageId, wishes: MessageId) =>
    ({
      kind: 'email',
      title,
      subject: 'email.subject.withdraw',
      blocks: [
        [p(decision), p(second)],
        [p(thanks), p(wishes)],
      ],
    }) satisfies ScriptPlan
  switch (channel) {
    case 'email':
      return [letter('several.title.email', 'several.email.now', THANKS[stage], 'door.well-wishes')]
    case 'portal':
      return [
        letter('several.title.portal', 'several.portal.also', THANKS[stage], 'door.well-wishes'),
      ]
    case 'recruiter':
      return [
        letter(
          'several.title.recruiter',
          'several.recruiter.pass-on',
          RECRUITER_THANKS[stage],
          'several.recruiter.wishes',
        ),
      ]
    case 'phone': {
      const only = applicationOnly(stage)
      return [
        {
          kind: 'phone',
          title: 'several.title.phone',
          blocks: [
            [p('call.who', 'label.hello')],
            [
              p(
                only ? 'several.phone.news.application' : 'several.phone.news.process',
                'label.news',
              ),
            ],
            [p('phone.pause')],
            [
              p(SPOKEN_THANKS[stage], 'label.thanks'),
              p('several.phone.where', 'several.label.where'),
              p('several.phone.close', 'label.close'),
            ],
          ],
        },
        {
          kind: 'voicemail',
          title: 'several.title.voicemail',
          blocks: [
            [
              p('call.who'),
              p(only ? 'several.voicemail.news.application' : 'several.voicemail.news.process'),
              p('several.voicemail.close'),
            ],
          ],
        },
      ] satisfies ScriptPlan[]
    }
  }
}

/** The message arguments for one process: its own details, and the person's name and tone. */
export function processArgs(
  process: ProcessInput,
  shared: Pick<SeveralInput, 'yourName' | 'tone'>,
  catalog: Catalog,
): MessageArgs {
  const args = Object.fromEntries(MESSAGE_ARGS.map((arg) => [arg, ''])) as MessageArgs
  args.tone = shared.tone
  args.yourName = shared.yourName ?? ''
  args.company = process.company
  args.role = process.role ?? ''
  args.contactName = process.contactName ?? ''
  return completeArgs(catalog, args)
}

/** The words for one process. */
export function writeProcess(
  process: ProcessInput,
  shared: Pick<SeveralInput, 'yourName' | 'tone'>,
  catalog: Catalog,
): ProcessWords {
  const args = processArgs(process, shared, catalog)
  const format: Format = (id) => formatMessage(catalog, id, args)
  const cite = (id: MessageId, source: Source): Citation => ({ text: format(id), source })
  const { stage, channel } = process
  return {
    company: process.company,
    ...(process.role !== undefined && { role: process.role }),
    stage,
    channel,
    headline: format(HEADLINE[channel]),
    why: [
      cite(WHY_NOW[stage], SEVERAL_SOURCES.oneEach),
      cite(WHY_CHANNEL[channel], SEVERAL_SOURCES.channel),
      cite('several.why.no-name', SEVERAL_SOURCES.noName),
    ],
    cautions: channel === 'portal' ? [cite('several.caution.portal', SEVERAL_SOURCES.portal)] : [],
    scripts: scriptPlans(process).map((script) => WRITERS[script.kind](script, format)),
  }
}

/** One short message (or call) per open process, each through the channel it has used. */
export function writeSeveral(input: SeveralInput, catalog: Catalog): SeveralResult {
  return {
    tone: input.tone,
    processes: input.processes.map((process) => writeProcess(process, input, catalog)),
  }
}
