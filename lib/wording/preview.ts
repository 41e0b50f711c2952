import {
  compileMessage,
  completeArgs,
  formatMessage,
  MESSAGE_ARGS,
  type Catalog,
  type MessageArgs,
} from './catalog'

/*
 * The planner's live preview, in the browser: the same MF2 messages and :phrase that write the
 * plan, compiled here from the sources the page was given (lib/wording/frames.ts). Loaded only
 * when a free-text question is shown, so no other page pays for it.
 */

let compiled: { sources: Record<string, string>; catalog: Catalog } | undefined

function catalogFor(sources: Record<string, string>): Catalog {
  if (compiled?.sources === sources) return compiled.catalog
  const catalog = new Map(
    Object.entries(sources).map(([id, source]) => [
      id,
      compileMessage({ id, file: 'preview', line: 0, source }),
    ]),
  )
  compiled = { sources, catalog }
  return catalog
}

/**
 * The sentence message `id` makes of these answers (typed details by argument name, and the
 * tone), or "" when the answer fits no frame and would be left out.
 */
export function previewSentence(
  sources: Record<string, string>,
  id: string,
  answers: Partial<Record<(typeof MESSAGE_ARGS)[number], string>>,
): string {
  const catalog = catalogFor(sources)
  const args = Object.fromEntries(
    MESSAGE_ARGS.map((arg) => [arg, answers[arg] ?? '']),
  ) as MessageArgs
  args.tone ||= 'neutral'
  return formatMessage(catalog, id, completeArgs(catalog, args)).replace(/\n/g, ' ')
}
