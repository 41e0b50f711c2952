import 'server-only'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { VFile } from 'vfile'
import { matter } from 'vfile-matter'
import { z } from 'zod'
import { TONES } from '@/lib/situation'
import { SCRIPT_KINDS, VERDICTS, type ScriptKind } from '@/lib/engine/types'
import {
  compileConditions,
  compileText,
  conditionSchema,
  parseConditionText,
  WordingError,
  type Predicate,
  type ScriptTemplate,
  type Slot,
  type Templates,
  type Variant,
  type VariantInfo,
} from '@/lib/engine/wording'
import { describeIssues } from './schema'
import { ContentError } from './articles'

/*
 * Loads content/scripts/**\/*.md: every word of a plan. See content/scripts/README.md for the
 * format. Each file is validated (front matter with zod, every `when` with zod, every
 * placeholder against the known details and fragments) and compiled once; a bad file throws a
 * ContentError naming the file and the field, which fails `next build`.
 */

export const SCRIPTS_DIR = path.join(process.cwd(), 'content', 'scripts')

const unique = <T>(values: T[]) => new Set(values).size === values.length

const scriptFrontMatter = z.strictObject({
  script: z.enum(SCRIPT_KINDS),
  verdicts: z
    .array(z.enum(VERDICTS))
    .min(1)
    .refine(unique, 'must not repeat a verdict'),
  tones: z
    .array(z.enum(TONES))
    .min(1)
    .refine(unique, 'must not repeat a tone')
    .optional(),
  when: z.string().trim().min(1).optional(),
  title: z
    .string()
    .trim()
    .min(3)
    .max(80)
    .refine((title) => !/[{}]/.test(title), 'must be plain text, without {placeholders}'),
})

const fragmentFrontMatter = z.strictObject({
  about: z.string().trim().min(10),
})

/** Kinds whose template must give a subject line. */
const NEEDS_SUBJECT: ReadonlySet<ScriptKind> = new Set(['email', 'follow-up'])

type RawVariant = { slot: string; when: string; line: number; text: string }

const HEADING = /^## +([^\s]+)(?: +when +(.+?))?\s*$/

/** Splits a body into `## slot when …` sections. Text outside a section is an error. */
function splitVariants(
  body: string,
  offset: number,
  fail: (message: string) => never,
): RawVariant[] {
  const variants: RawVariant[] = []
  const lines = body.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, '')).split('\n')
  let current: RawVariant | undefined
  const close = () => {
    if (current) current.text = current.text.replace(/^\n+|\s+$/g, '')
  }
  lines.forEach((line, index) => {
    if (line.startsWith('#')) {
      const heading = HEADING.exec(line)
      if (!heading) {
        fail(`line ${index + 1 + offset}: headings must read "## name" or "## name when key: value"`)
      }
      close()
      current = { slot: heading[1]!, when: heading[2] ?? '', line: index + 1 + offset, text: '' }
      variants.push(current)
    } else if (current) {
      current.text += `${line.replace(/\s+$/, '')}\n`
    } else if (line.trim()) {
      fail(`line ${index + 1 + offset}: text before the first "## " heading belongs to no variant`)
    }
  })
  close()
  return variants
}

type Compiled = { test: Predicate | null; has: Set<string> }

function compileWhen(text: string, where: string, fail: (message: string) => never): Compiled {
  if (!text) return { test: null, has: new Set() }
  let raw: Record<string, string[]>
  try {
    raw = parseConditionText(text)
  } catch (error) {
    fail(`${where}: ${(error as Error).message}`)
  }
  const parsed = conditionSchema.safeParse(raw)
  if (!parsed.success) fail(`${where}: ${describeIssues(parsed.error)}`)
  return { test: compileConditions(parsed.data), has: new Set(parsed.data.has ?? []) }
}

type FileResult = {
  slots: Slot[]
  script?: ScriptTemplate
}

function parseTemplateFile(
  file: string,
  raw: string,
  variants: VariantInfo[],
): FileResult {
  const name = path.relative(process.cwd(), file)
  const fail = (message: string): never => {
    throw new ContentError(`${name}: ${message}`)
  }
  const vfile = new VFile({ path: file, value: raw })
  try {
    matter(vfile, { strip: true })
  } catch (error) {
    fail(`front matter is not valid YAML (${(error as Error).message})`)
  }
  const data = (vfile.data.matter ?? {}) as Record<string, unknown>
  const isScript = 'script' in data
  const front = (isScript ? scriptFrontMatter : fragmentFrontMatter).safeParse(data)
  if (!front.success) fail(describeIssues(front.error))

  const fileWhen =
    isScript && front.success && 'script' in front.data
      ? compileWhen(front.data.when ?? '', 'when', fail)
      : { test: null, has: new Set<string>() }

  const slots = new Map<string, Slot>()
  // Line numbers in messages count from the top of the file, front matter included.
  const offset = raw.split('\n').length - String(vfile.value).split('\n').length
  for (const rawVariant of splitVariants(String(vfile.value), offset, fail)) {
    const where = `line ${rawVariant.line} (## ${rawVariant.slot}${rawVariant.when ? ` when ${rawVariant.when}` : ''})`
    if (!/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/.test(rawVariant.slot)) {
      fail(`${where}: a name is lowercase words joined by - or .`)
    }
    if (isScript && rawVariant.slot !== 'body' && rawVariant.slot !== 'subject') {
      fail(`${where}: a script file has only "## body" and "## subject" sections`)
    }
    const when = compileWhen(rawVariant.when, `${where}: when`, fail)
    const guaranteed = new Set([...fileWhen.has, ...when.has])
    let segments
    try {
      segments = compileText(rawVariant.text, guaranteed)
    } catch (error) {
      if (error instanceof WordingError) fail(`${where}: ${error.message}`)
      throw error
    }
    let slot = slots.get(rawVariant.slot)
    if (!slot) {
      slot = { name: rawVariant.slot, file: name, variants: [] }
      slots.set(rawVariant.slot, slot)
    }
    const last = slot.variants[slot.variants.length - 1]
    if (last && !last.test) {
      fail(`${where}: comes after the variant without "when", so it can never be used`)
    }
    const variant: Variant = {
      id: variants.length,
      when: rawVariant.when,
      test: when.test,
      segments,
    }
    variants.push({ file: name, slot: rawVariant.slot, when: rawVariant.when })
    slot.variants.push(variant)
  }
  for (const slot of slots.values()) {
    if (slot.variants[slot.variants.length - 1]!.test) {
      fail(`## ${slot.name}: the last variant must have no "when", so something always applies`)
    }
  }

  if (!isScript || !front.success || !('script' in front.data)) return { slots: [...slots.values()] }
  const meta = front.data
  const body = slots.get('body')
  if (!body) fail('body: a script file needs a "## body" section')
  const subject = slots.get('subject')
  if (NEEDS_SUBJECT.has(meta.script) && !subject) {
    fail(`subject: a ${meta.script} script needs a "## subject" section`)
  }
  return {
    slots: [],
    script: {
      file: name,
      kind: meta.script,
      verdicts: new Set(meta.verdicts),
      tones: new Set(meta.tones ?? TONES),
      test: fileWhen.test,
      title: meta.title,
      subject,
      body: body!,
    },
  }
}

function listMarkdown(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((entry) => entry.endsWith('.md') && path.basename(entry) !== 'README.md')
    .map((entry) => path.join(dir, entry))
    .sort()
}

/** Compiles the files under `dir` (no caching): exported for tests and fixtures. */
export function compileTemplates(dir: string): Templates {
  const variants: VariantInfo[] = []
  const slots = new Map<string, Slot>()
  const scripts = Object.fromEntries(SCRIPT_KINDS.map((kind) => [kind, [] as ScriptTemplate[]])) as Record<
    ScriptKind,
    ScriptTemplate[]
  >
  for (const file of listMarkdown(dir)) {
    const result = parseTemplateFile(file, readFileSync(file, 'utf8'), variants)
    for (const slot of result.slots) {
      const existing = slots.get(slot.name)
      if (existing) {
        throw new ContentError(
          `${slot.file}: ## ${slot.name} is already defined in ${existing.file} (keep a slot's variants in one file)`,
        )
      }
      slots.set(slot.name, slot)
    }
    if (result.script) scripts[result.script.kind].push(result.script)
  }

  // Link {fragment} placeholders to their slots, and refuse cycles.
  const link = (slot: Slot, trail: string[]) => {
    for (const variant of slot.variants) {
      for (const segment of variant.segments) {
        if (segment.type !== 'slot') continue
        const target = slots.get(segment.name)
        if (!target) {
          throw new ContentError(
            `${slot.file}: ## ${slot.name}${variant.when ? ` when ${variant.when}` : ''}: {${segment.name}} is not a detail or a fragment defined in content/scripts`,
          )
        }
        if (trail.includes(target.name)) {
          throw new ContentError(
            `${slot.file}: ## ${slot.name}: fragments include each other in a loop (${[...trail, target.name].join(' → ')})`,
          )
        }
        segment.slot = target
        link(target, [...trail, target.name])
      }
    }
  }
  for (const slot of slots.values()) link(slot, [slot.name])
  for (const kind of SCRIPT_KINDS) {
    for (const script of scripts[kind]) {
      link(script.body, ['body'])
      if (script.subject) link(script.subject, ['subject'])
    }
    // Files with a `when` are the exceptions: try them before the general ones.
    scripts[kind].sort((a, b) => Number(!a.test) - Number(!b.test) || a.file.localeCompare(b.file))
    const general = new Map<string, string>()
    for (const script of scripts[kind]) {
      if (script.test) continue
      for (const verdict of script.verdicts) {
        for (const tone of script.tones) {
          const clash = general.get(`${verdict}/${tone}`)
          if (clash) {
            throw new ContentError(
              `${script.file}: verdicts: ${kind} for ${verdict} (${tone}) is already written in ${clash}; give one of them a "when"`,
            )
          }
          general.set(`${verdict}/${tone}`, script.file)
        }
      }
    }
  }
  return { slots, scripts, variants }
}

const cache = new Map<string, Templates>()

/** The compiled wording, memoised per directory. */
export function loadTemplates(dir = SCRIPTS_DIR): Templates {
  let templates = cache.get(dir)
  if (!templates) {
    templates = compileTemplates(dir)
    cache.set(dir, templates)
  }
  return templates
}
