import { describe, expect, test } from 'vitest'
import { compileCatalog, formatMessage, MESSAGE_ARGS, type MessageArgs } from './catalog'
import { loadCatalog, readMessageFiles } from './load'
import { MESSAGE_IDS } from './message-ids'

/*
 * Bad content fails loudly, naming the file and the line: `npm run build` runs the same check
 * (scripts/messages.mjs) before Next builds anything, so a broken message never ships.
 */

const compile = (text: string, expected: string[] = []) =>
  compileCatalog(new Map([['content/messages/en/test.mf2', text]]), expected)

const args = (over: Partial<MessageArgs> = {}) =>
  ({
    ...Object.fromEntries(MESSAGE_ARGS.map((arg) => [arg, ''])),
    tone: 'neutral',
    ...over,
  }) as MessageArgs

describe('a bad message file fails with its file and line', () => {
  test('malformed MF2', () => {
    const text =
      '# about\n\n## a.one\nHello\n\n## a.two\n.input {$tone :string}\n.match $tone\nwarm {{Hi}\n* {{x}}\n'
    // The unclosed pattern is on line 9 of the file.
    expect(() => compile(text)).toThrow(/^content\/messages\/en\/test\.mf2:9: a\.two: /)
    expect(() => compile('## a.one\nAn {unclosed placeholder\n')).toThrow(/test\.mf2:2: a\.one/)
  })

  test('an argument no message may use', () => {
    expect(() => compile('## a.one\nx\n\n## a.two\nHello {$company} and {$salary}\n')).toThrow(
      /test\.mf2:4: a\.two: unknown argument \$salary/,
    )
  })

  test('selecting on anything but the tone or a typed detail’s shape', () => {
    const bad = '## a.one\n.input {$role :string}\n.match $role\nAnalyst {{x}}\n* {{y}}\n'
    expect(() => compile(bad)).toThrow(/test\.mf2:1: a\.one: \.match may select only/)
  })

  test('no catch-all variant', () => {
    const bad = '## a.one\n.input {$tone :string}\n.match $tone\nwarm {{x}}\nformal {{y}}\n'
    expect(() => compile(bad)).toThrow(/test\.mf2:1: a\.one: needs a catch-all variant/)
  })

  test('the same id twice', () => {
    expect(() => compile('## a.one\nx\n\n## a.one\ny\n')).toThrow(
      /test\.mf2:4: a\.one is already defined at content\/messages\/en\/test\.mf2:1/,
    )
  })

  test('text outside a message, an empty message, a bad id', () => {
    expect(() => compile('stray\n## a.one\nx\n')).toThrow(/test\.mf2:1: text before the first/)
    expect(() => compile('## a.one\n\n## a.two\nx\n')).toThrow(/test\.mf2:1: a\.one has no text/)
    expect(() => compile('## A One\nx\n')).toThrow(/test\.mf2:1: "A One" is not a message id/)
  })

  test('a message the code names but no file has', () => {
    expect(() => compile('## a.one\nx\n', ['a.one', 'a.missing'])).toThrow(
      /content\/messages has no message a\.missing/,
    )
  })

  test('an unknown :phrase option fails when formatted, naming the message', () => {
    const catalog = compile('## a.one\nthe {$role :phrase suffix=team}\n')
    expect(() => formatMessage(catalog, 'a.one', args({ role: 'Analyst' }))).toThrow(
      /test\.mf2:1: a\.one: .*suffix=team/,
    )
  })
})

describe('the messages as committed', () => {
  test('every file compiles, and holds exactly the ids the code may name', () => {
    const catalog = loadCatalog()
    expect([...catalog.keys()].sort()).toEqual([...MESSAGE_IDS])
  })

  test('no invisible bidi marks land in copied text', () => {
    const catalog = compileCatalog(readMessageFiles())
    const text = formatMessage(catalog, 'letter.hello', args({ contactName: 'دانا', tone: 'warm' }))
    expect(text).toBe('Hi دانا,')
  })
})
