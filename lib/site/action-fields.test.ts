import { describe, expect, it } from 'vitest'
import { readableActionFields } from './action-fields'

const form = (fields: [string, string][]) => {
  const data = new FormData()
  for (const [name, value] of fields) data.append(name, value)
  return data
}

describe('a server action’s form, as React would read it', () => {
  it('passes what React sends, with and without JavaScript', () => {
    expect(
      readableActionFields(
        form([
          ['0', '["$undefined","$K1"]'],
          ['1_stage', 'after'],
        ]),
      ),
    ).toBe(true)
    expect(
      readableActionFields(
        form([
          ['$ACTION_REF_1', ''],
          ['$ACTION_1:0', '{"id":"ab12","bound":"$@1"}'],
          ['$ACTION_1:1', '[{"status":"editing"}]'],
          ['$ACTION_KEY', 'k0'],
          ['stage', 'not JSON, and not read as JSON'],
        ]),
      ),
    ).toBe(true)
  })

  it('refuses a JSON field that is not JSON', () => {
    expect(readableActionFields(form([['0', 'zq7{{[']]))).toBe(false)
    expect(readableActionFields(form([['$ACTION_1:0', '{']]))).toBe(false)
  })

  it('refuses a reference to a part the form does not carry', () => {
    expect(readableActionFields(form([['0', '["$@99"]']]))).toBe(false)
    expect(
      readableActionFields(
        form([
          ['$ACTION_1:0', '{"id":"ab12","bound":"$@1"}'],
          ['$ACTION_1:1', '"$@99"'],
        ]),
      ),
    ).toBe(false)
  })
})
