import type { PlanBody } from '@/lib/engine'
import type { SituationInput } from '@/lib/situation'
import type { PlanTrace } from '@/lib/wording/write'

/*
 * A plan as a person reads it in review: the answers and typed text behind it, the headline,
 * reasons, cautions and steps, then each script, every text followed by the message id behind it.
 * The golden plans (golden.test.ts) and scripts/render-plans.mjs (plans for any situations, for a
 * read as a career coach would) both use it.
 */

/**
 * The answers behind a plan, as given: the choices, then what was typed, quoted. A reader checks
 * each claim the words make against them.
 */
export function renderAnswers(situation: SituationInput): string {
  const { details, ...choices } = situation
  const chosen = Object.entries(choices).map(
    ([key, value]) => `${key} ${Array.isArray(value) ? value.join(' + ') : String(value)}`,
  )
  const typed = Object.entries(details ?? {}).flatMap(([key, value]) =>
    typeof value === 'object'
      ? Object.entries(value).map(([inner, text]) => `${key}.${inner} “${text}”`)
      : [`${key} “${value}”`],
  )
  return [
    `Answers: ${chosen.join(', ')}.`,
    `Typed: ${typed.length ? typed.join(', ') : 'nothing'}.`,
  ]
    .map((line) => `> ${line}`)
    .join('\n')
}

/** The message id behind a text, where a reader can look it up in content/messages. */
const id = (messageId: string) => ` \`${messageId}\``

export function renderPlan(
  label: string,
  situation: SituationInput,
  plan: PlanBody,
  trace: PlanTrace,
): string {
  const lines = [
    `## ${label}`,
    '',
    renderAnswers(situation),
    '',
    `**${plan.verdict} · ${plan.channel}**: ${plan.headline}${id(trace.headline)}`,
    '',
  ]
  plan.why.forEach((why, i) => lines.push(`- Why: ${why.text}${id(trace.why[i]!)}`))
  plan.cautions.forEach((caution, i) =>
    lines.push(`- Caution: ${caution.text}${id(trace.cautions[i]!)}`),
  )
  lines.push('')
  plan.steps.forEach((step, i) => lines.push(`${i + 1}. ${step}${id(trace.steps[i]!)}`))
  plan.scripts.forEach((script, i) => {
    lines.push('', `### ${script.kind}: ${script.title}`, '')
    if (script.subject) lines.push(`Subject: ${script.subject}`, '')
    lines.push('```text', script.body, '```', '')
    lines.push(`Messages: ${(trace.scripts[i] ?? []).map((m) => `\`${m}\``).join(', ')}`)
  })
  return lines.join('\n') + '\n'
}
