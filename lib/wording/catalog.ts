import {
  isCatchallKey,
  isFunctionRef,
  isSelectMessage,
  isVariableRef,
  MessageError,
  MessageFormat,
  parseMessage,
  visit,
  type Model,
} from 'messageformat'
import { DETAIL_FIELDS } from '@/lib/situation/limits'
import { phrase } from './phrase'

/*
 * The messages of content/messages/<locale>/*.mf2: every sentence a plan shows, in Unicode
 * MessageFormat 2. This module is pure (no file system) so that the build script, the server
 * and the tests share it. A file holds messages, each opened by a `## id` line and followed by
 * its MF2 source; lines starting with "# " are comments for editors. content/messages/README.md
 * explains the format for the people who write the words.
 */

/**
 * The arguments every message may use: the tone, the details the person typed, and three
 * phrases made once per plan from messages of their own (`ref.the-role`: "the Analyst role at
 * Acme" or "the role"; `ref.the-company`: "Acme" or "your team"; `ref.the-role-called`, the role
 * as a call names it, with a slot for the title they didn't type), since MF2 messages cannot
 * call each other.
 */
export const MESSAGE_ARGS = [
  'tone',
  ...DETAIL_FIELDS.map((field) => field.arg),
  'theRole',
  'theCompany',
  'theRoleCalled',
] as const
export type MessageArg = (typeof MESSAGE_ARGS)[number]
export type MessageArgs = Record<MessageArg, string>

const DETAIL_ARGS: ReadonlySet<string> = new Set(DETAIL_FIELDS.map((field) => field.arg))
const ID = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/
const FUNCTIONS = { phrase }

export class CatalogError extends Error {
  override name = 'CatalogError'
}

export type MessageSource = { id: string; file: string; line: number; source: string }

/** Splits one file into its messages, each with the line its `## id` is on. */
export function parseMessageFile(file: string, text: string): MessageSource[] {
  const out: MessageSource[] = []
  let current: (MessageSource & { lines: string[] }) | undefined
  const close = () => {
    if (!current) return
    const source = current.lines.join('\n').trim()
    if (!source) throw new CatalogError(`${file}:${current.line}: ${current.id} has no text`)
    out.push({ id: current.id, file, line: current.line, source })
  }
  text.split('\n').forEach((line, index) => {
    if (line.startsWith('## ')) {
      close()
      const id = line.slice(3).trim()
      if (!ID.test(id)) {
        throw new CatalogError(
          `${file}:${index + 1}: "${id}" is not a message id (a-z, 0-9, . and -)`,
        )
      }
      current = { id, file, line: index + 1, source: '', lines: [] }
    } else if (line === '#' || line.startsWith('# ')) {
      // A comment for the people who write the words.
    } else if (current) {
      current.lines.push(line)
    } else if (line.trim()) {
      throw new CatalogError(`${file}:${index + 1}: text before the first "## id" line`)
    }
  })
  close()
  return out
}

/** The line of `offset` within a message that starts on `line`. */
const lineAt = (message: MessageSource, offset: number) =>
  message.line + 1 + (offset > 0 ? message.source.slice(0, offset).split('\n').length - 1 : 0)

/**
 * Checks what MF2 itself cannot: only known arguments; selection only on the tone or on the
 * shape of a typed detail (no business condition lives in the words); a catch-all variant.
 */
function checkModel(message: MessageSource, model: Model.Message) {
  const where = `${message.file}:${message.line}: ${message.id}`
  const declared = new Map<string, { fn?: string; operand?: string }>()
  for (const declaration of model.declarations) {
    const { value } = declaration
    declared.set(declaration.name, {
      fn: value.functionRef?.name,
      operand: value.arg && isVariableRef(value.arg) ? value.arg.name : undefined,
    })
  }
  visit(model, {
    node(node) {
      if (
        isVariableRef(node) &&
        !declared.has(node.name) &&
        !MESSAGE_ARGS.includes(node.name as MessageArg)
      ) {
        throw new CatalogError(
          `${where}: unknown argument $${node.name} (known: ${MESSAGE_ARGS.join(', ')})`,
        )
      }
      if (isFunctionRef(node) && !['phrase', 'string'].includes(node.name)) {
        throw new CatalogError(`${where}: :${node.name} is not available (use :phrase or :string)`)
      }
    },
  })
  if (!isSelectMessage(model)) return
  for (const selector of model.selectors) {
    const decl = declared.get(selector.name)
    const ok =
      (selector.name === 'tone' && decl?.fn === 'string') ||
      (decl?.fn === 'phrase' &&
        decl.operand !== undefined &&
        (DETAIL_ARGS.has(decl.operand) || declared.get(decl.operand)?.fn === 'phrase'))
    if (!ok) {
      throw new CatalogError(
        `${where}: .match may select only on {$tone :string} or on a detail's {… :phrase}, not on $${selector.name}`,
      )
    }
  }
  if (!model.variants.some((variant) => variant.keys.every(isCatchallKey))) {
    throw new CatalogError(`${where}: needs a catch-all variant (* for every selector)`)
  }
}

export type CompiledMessage = MessageSource & { format: MessageFormat<'phrase'> }

/** Parses, checks and compiles one message; a problem names the file and the line. */
export function compileMessage(message: MessageSource, locale = 'en'): CompiledMessage {
  let model: Model.Message
  try {
    model = parseMessage(message.source)
  } catch (error) {
    const offset = error instanceof MessageError && 'start' in error ? Number(error.start) : 0
    const what = error instanceof Error ? error.message : String(error)
    throw new CatalogError(`${message.file}:${lineAt(message, offset)}: ${message.id}: ${what}`)
  }
  checkModel(message, model)
  try {
    const format = new MessageFormat(locale, model, { functions: FUNCTIONS, bidiIsolation: 'none' })
    return { ...message, format }
  } catch (error) {
    const what = error instanceof Error ? error.message : String(error)
    throw new CatalogError(`${message.file}:${message.line}: ${message.id}: ${what}`)
  }
}

export type Catalog = ReadonlyMap<string, CompiledMessage>

/**
 * Every file's messages, compiled, with each id known to the code (`expected`) present once.
 * `files` maps a path (as shown in errors) to its text.
 */
export function compileCatalog(
  files: ReadonlyMap<string, string>,
  expected: readonly string[] = [],
  locale = 'en',
): Catalog {
  const catalog = new Map<string, CompiledMessage>()
  for (const [file, text] of files) {
    for (const message of parseMessageFile(file, text)) {
      const twin = catalog.get(message.id)
      if (twin) {
        throw new CatalogError(
          `${message.file}:${message.line}: ${message.id} is already defined at ${twin.file}:${twin.line}`,
        )
      }
      catalog.set(message.id, compileMessage(message, locale))
    }
  }
  const missing = expected.filter((id) => !catalog.has(id))
  if (missing.length) {
    throw new CatalogError(
      `content/messages has no message ${missing.join(', ')} (the code uses it)`,
    )
  }
  return catalog
}

/**
 * Arguments for every message: the typed ones, with the role and company phrases made from
 * them (`ref.the-role`, `ref.the-company`, `ref.the-role-called`) for the messages that name them.
 */
export function completeArgs(catalog: Catalog, args: MessageArgs): MessageArgs {
  const base = { ...args, theRole: '', theCompany: '', theRoleCalled: '' }
  return {
    ...base,
    theRole: formatMessage(catalog, 'ref.the-role', base),
    theCompany: formatMessage(catalog, 'ref.the-company', base),
    theRoleCalled: formatMessage(catalog, 'ref.the-role-called', base),
  }
}

/**
 * Formats a message. Every argument is passed (an absent detail as ""), so a message can never
 * print a gap; a formatting problem is an error, never a half-written sentence.
 */
export function formatMessage(catalog: Catalog, id: string, args: MessageArgs): string {
  const message = catalog.get(id)
  if (!message) throw new CatalogError(`content/messages has no message ${id}`)
  return message.format
    .format(args, (error) => {
      throw new CatalogError(`${message.file}:${message.line}: ${id}: ${String(error)}`)
    })
    .trim()
}
