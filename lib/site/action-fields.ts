/*
 * A server action's form as React reads it, checked before Next parses it (proxy.ts). Some fields
 * are JSON in React's reply encoding: with JavaScript, the arguments (`0`, and `1`, `2`… for the
 * parts it refers to); without it, a bound action's reference and arguments (`$ACTION_1:0`,
 * `$ACTION_1:1`…). Text there that is not JSON, or a reference to a part the form does not carry
 * (`"$@99"`), is a forged or broken request that React would throw on, or wait for forever: it is
 * recognised here, by the field's name and the reference's form, and refused as the sender's
 * (400). Anything else that fails stays a 500.
 */

/** A field React reads as JSON: its prefix (the parts it refers to share it) and its id. */
const JSON_FIELD = /^(\$ACTION_\d+:)?(\d+)$/
/** A reference to another part: `$1` (a value), `$@1` (a promise), `$Q1` (a Map), `$W1` (a Set), `$i1` (an iterator), `$B1` (a blob). */
const PART_REFERENCE = /^\$[@QWiB]?([0-9a-f]+)$/

function references(value: unknown, found: string[]) {
  if (typeof value === 'string') {
    const match = PART_REFERENCE.exec(value)
    if (match) found.push(match[1]!)
  } else if (Array.isArray(value)) {
    for (const item of value) references(item, found)
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) references(item, found)
  }
  return found
}

export function readableActionFields(form: FormData): boolean {
  for (const [name, value] of form) {
    const field = JSON_FIELD.exec(name)
    if (!field || typeof value !== 'string') continue
    let parsed: unknown
    try {
      parsed = JSON.parse(value)
    } catch {
      return false
    }
    const prefix = field[1] ?? ''
    for (const id of references(parsed, [])) {
      if (!form.has(`${prefix}${parseInt(id, 16)}`)) return false
    }
  }
  return true
}
