import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { decide } from '@/lib/engine/decide'
import { SOURCES } from '@/lib/engine/sources'
import { RULES, SCRIPT_KINDS } from '@/lib/engine/types'
import { write, wordingContext } from '@/lib/engine/write'
import { renderSlot } from '@/lib/engine/wording'
import {
  CERTAINTIES,
  CHANGE_MIND,
  NEXT_INTERVIEWS,
  PROGRESS,
  REASONS,
  STAGES,
  situationSchema,
} from '@/lib/situation'
import { compileTemplates, loadTemplates } from './templates'

const FIXTURES = path.join(__dirname, '__fixtures__', 'templates')
const fixture = (name: string) => path.join(FIXTURES, name)
const rel = (name: string, file: string) =>
  path.relative(process.cwd(), path.join(fixture(name), file))

describe('the real templates', () => {
  const templates = loadTemplates()

  test('load, and are memoised', () => {
    expect(templates.variants.length).toBeGreaterThan(100)
    expect(loadTemplates()).toBe(templates)
  })

  test('every script kind has a template', () => {
    for (const kind of SCRIPT_KINDS) expect(templates.scripts[kind].length, kind).toBeGreaterThan(0)
  })

  test('every wording key the rules can emit exists', () => {
    const keys = new Set<string>([
      ...Object.keys(SOURCES),
      ...RULES.map((rule) => `headline.${rule}`),
    ])
    for (const stage of STAGES)
      for (const progress of PROGRESS)
        for (const nextInterview of NEXT_INTERVIEWS)
          for (const certainty of CERTAINTIES)
            for (const changeMind of CHANGE_MIND)
              for (const reason of REASONS)
                for (const keepDoorOpen of [false, true]) {
                  const s = situationSchema.parse({
                    stage,
                    progress,
                    nextInterview,
                    certainty,
                    changeMind,
                    keepDoorOpen,
                    reasons: [reason],
                    details: { referral: { name: 'Priya' } },
                  })
                  for (const key of decide(s).stepKeys) keys.add(key)
                }
    const missing = [...keys].filter((key) => !templates.slots.has(key))
    expect(missing).toEqual([])
  })

  test('plan texts (headlines, reasons, cautions, steps) have no line breaks', () => {
    for (const [name, slot] of templates.slots) {
      if (!/^(headline|why|caution|step)\./.test(name)) continue
      for (const variant of slot.variants) {
        for (const segment of variant.segments) {
          if (segment.type === 'text') expect(segment.text, name).not.toContain('\n')
          if (segment.type === 'sep') expect(segment.level, name).toBe(1)
        }
      }
    }
  })
})

describe('the loader', () => {
  test('a valid fixture compiles, renders and tidies around empty fragments', () => {
    const templates = compileTemplates(fixture('good'))
    const s = situationSchema.parse({
      stage: 'before',
      progress: 'applied',
      reasons: ['pay'],
      certainty: 'certain',
      details: { contactName: 'Dana' },
    })
    const d = decide(s)
    expect(write(s, { ...d, scripts: ['email'] }, templates)).toEqual([
      { kind: 'email', title: 'Your email', subject: 'Withdrawing', body: "Hi Dana,\n\nI'm withdrawing. Thank you.\n\nBye" },
    ])
    const open = situationSchema.parse({ ...s, keepDoorOpen: true, details: {} })
    const ctx = wordingContext(open, decide(open))
    const body = renderSlot(templates.scripts.email[0]!.body, ctx)
    expect(body).toBe("Hello,\n\nI'm withdrawing. Let's keep in touch. Thank you.\n\nLet's keep in touch.\n\nBye")
  })

  test('a script is refused for a tone its file does not cover', () => {
    const templates = compileTemplates(fixture('good'))
    const s = situationSchema.parse({
      stage: 'before',
      progress: 'applied',
      reasons: ['pay'],
      certainty: 'certain',
      tone: 'formal',
    })
    expect(() => write(s, { ...decide(s), scripts: ['email'] }, templates)).toThrow(
      'no email script for withdraw (withdraw, formal)',
    )
  })

  const broken: [string, string, RegExp][] = [
    ['bad-kind', 'email.md', /email\.md: script: Invalid option/],
    ['bad-when', 'names.md', /names\.md: line 5 \(## hello when tone: chirpy\): when: tone\[0\]: Invalid option/],
    ['unknown-placeholder', 'names.md', /names\.md: ## hello: \{favourite-colour\} is not a detail or a fragment/],
    ['unguarded-detail', 'names.md', /names\.md: line 5 \(## hello\): \{contactName\} is used without "has: contactName"/],
    ['no-fallback', 'names.md', /names\.md: ## hello: the last variant must have no "when"/],
    ['missing-subject', 'email.md', /email\.md: subject: a email script needs a "## subject" section/],
    ['duplicate-slot', 'b.md', /b\.md: ## hello is already defined in .*a\.md/],
    ['loop', 'names.md', /names\.md: ## pong: fragments include each other in a loop \(ping → pong → ping\)/],
    ['bad-yaml', 'names.md', /names\.md: front matter is not valid YAML/],
  ]
  test.each(broken)('a broken fixture (%s) fails naming the file and the field', (name, file, message) => {
    let error: unknown
    try {
      compileTemplates(fixture(name))
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).name).toBe('ContentError')
    expect((error as Error).message.startsWith(rel(name, file))).toBe(true)
    expect((error as Error).message).toMatch(message)
  })
})
