import type { Part, Script, ScriptKind, ScriptPlan } from '@/lib/engine/types'
import type { MessageId } from './message-ids'

/*
 * One writer per medium. The rules choose what a script says (lib/engine/scripts.ts); a writer
 * knows how its medium is used and lays the parts out for it: a letter has a greeting, paragraphs
 * and a sign-off; talking points are short labelled lines to glance at during a call; words to
 * say and a voicemail are one run of speech.
 */

export type Format = (id: MessageId) => string

type Writer = (script: ScriptPlan, format: Format) => Script

/** Words said in the room: about twenty seconds (domain §4). */
export const SAY_MAX_WORDS = 70
/** An email, subject and body together (domain §4). */
export const EMAIL_MAX_WORDS = 180

export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length

/** A block as sentences in a row, with any list items on lines of their own. */
function prose(block: Part[], format: Format): string {
  let out = ''
  for (const part of block) {
    const text = format(part.id)
    if (!text) continue
    if (part.item) out += `\n- ${text}`
    else out += out && !out.endsWith('\n') ? ` ${text}` : text
  }
  return out.trim()
}

/**
 * The blocks, leaving out optional parts (the last first) while the text `render` makes from
 * them is longer than `max` words. Long typed details are theirs to keep; what gives way is our
 * own extra sentence.
 */
function fitted(script: ScriptPlan, max: number, render: (blocks: Part[][]) => string): string {
  let blocks = script.blocks
  let text = render(blocks)
  while (wordCount(text) > max) {
    const optional = blocks.flat().filter((part) => part.optional)
    const last = optional[optional.length - 1]
    if (!last) break
    blocks = blocks.map((block) => block.filter((part) => part !== last))
    text = render(blocks)
  }
  return text
}

const paragraphs = (blocks: Part[][], format: Format) =>
  blocks.map((block) => prose(block, format)).filter(Boolean)

const base = (script: ScriptPlan, format: Format) => ({
  kind: script.kind,
  title: format(script.title),
  ...(script.subject && { subject: format(script.subject) }),
})

/** A letter: greeting, paragraphs, sign-off (with their name when they gave it). */
const letter: Writer = (script, format) => {
  const head = base(script, format)
  const subjectWords = wordCount(head.subject ?? '')
  const body = fitted(script, EMAIL_MAX_WORDS - subjectWords, (blocks) =>
    [
      format(script.hello ?? 'letter.hello'),
      ...paragraphs(blocks, format),
      format(script.signOff ?? 'letter.sign-off'),
    ].join('\n\n'),
  )
  return { ...head, body }
}

/** Said aloud: one short run of speech. */
const spoken: Writer = (script, format) => ({
  ...base(script, format),
  body: fitted(script, SAY_MAX_WORDS, (blocks) => paragraphs(blocks, format).join('\n\n')),
})

/** Talking points: a line per point, "Label: words", with a blank line between stages. */
const points: Writer = (script, format) => ({
  ...base(script, format),
  body: script.blocks
    .map((block) =>
      block
        .map((part) => {
          const text = format(part.id)
          if (part.item) return `- ${text}`
          return part.label ? `${format(part.label)}: ${text}` : text
        })
        .join('\n'),
    )
    .join('\n\n'),
})

export const WRITERS: Record<ScriptKind, Writer> = {
  say: spoken,
  pushback: spoken,
  voicemail: spoken,
  phone: points,
  email: letter,
  'follow-up': letter,
  referral: letter,
  short: letter,
  referrer: letter,
  record: points,
  notice: letter,
}
