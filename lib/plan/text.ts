import type { Plan } from '@/lib/engine'

const rule = (title: string) => `${title}\n${'-'.repeat(title.length)}`

/** The whole plan as plain text, for the .txt download. */
export function planToText(plan: Plan, origin: string): string {
  const parts = [
    'Your plan from Bow Out',
    '',
    plan.headline,
    '',
    rule('Why'),
    ...plan.why.map((w) => `- ${w.text}\n  ${origin}/advice/${w.source.slug}#${w.source.anchor}`),
  ]
  if (plan.cautions.length) {
    parts.push('', rule('Worth keeping in mind'), ...plan.cautions.map((c) => `- ${c.text}`))
  }
  for (const script of plan.scripts) {
    parts.push('', rule(script.title))
    if (script.subject) parts.push(`Subject: ${script.subject}`, '')
    parts.push(script.body)
  }
  parts.push('', rule('Next steps'), ...plan.steps.map((step, i) => `${i + 1}. ${step}`))
  parts.push('', `This plan: ${origin}${plan.permalink}`, '')
  return parts.join('\n')
}

/**
 * The parts of the words left for the person to fill in ("[your name]", "[job title]"), each
 * once, in the order they first appear: what only they know, listed so none goes out unfilled.
 */
export function slotsIn(plan: Pick<Plan, 'scripts'>): string[] {
  const texts = plan.scripts.flatMap((script) => [script.subject ?? '', script.body])
  return [...new Set(texts.flatMap((text) => text.match(/\[[^\]\n]{1,60}\]/g) ?? []))]
}

/** The sentence that lists them, or nothing when the words are complete. */
export function slotsNote(slots: string[]): string | undefined {
  if (!slots.length) return undefined
  const list =
    slots.length === 1
      ? slots[0]
      : `${slots.slice(0, -1).join(', ')} and ${slots[slots.length - 1]}`
  return `Before you send or say them, fill in the ${slots.length === 1 ? 'part' : 'parts'} in square brackets: ${list}.`
}

/** RFC 6068: line breaks in a mailto body are written as CRLF, everything percent-encoded. */
export function mailtoHref(subject: string, body: string): string {
  const enc = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'))
  return `mailto:?subject=${enc(subject)}&body=${enc(body)}`
}
