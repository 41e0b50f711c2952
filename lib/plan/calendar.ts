import { createEvent, type EventAttributes } from 'ics'

/**
 * A one-event iCalendar file (RFC 5545) reminding someone to send a keep-in-touch note. It
 * carries only what the person chose to put in the note.
 *
 * The `ics` package writes the file and escapes every TEXT value (backslash, semicolon, comma,
 * newline), so nothing typed can end the event or add a property. Two things it leaves to us,
 * both checked with a real parser in `delivery.test.ts`:
 *
 * - it passes a lone carriage return and other control characters through raw; a reader that ends
 *   a line at CR would then start a new property mid-text, so `plainText` turns CR into a newline
 *   (which the library escapes) and drops the controls RFC 5545 §3.3.11 forbids in TEXT;
 * - it folds lines at 75 characters, not the 75 octets of §3.1, so a line of accented letters or
 *   emoji runs to twice that; `foldOctets` re-folds its output by octets.
 */

export type Reminder = {
  summary: string
  description: string
  uid: string
  now: Date
  daysAhead: number
}

const DAY_MS = 86_400_000

export function reminderCalendar({ summary, description, uid, now, daysAhead }: Reminder): string {
  const start = new Date(now.getTime() + daysAhead * DAY_MS)
  if (Number.isNaN(start.getTime())) throw new RangeError('The reminder needs a valid date.')
  const end = new Date(start.getTime() + DAY_MS)
  // DTSTAMP: `timestamp` is in the library's schema, though not in its types.
  const event: EventAttributes & { timestamp: number } = {
    productId: '-//Bow Out//Keep-in-touch reminder//EN',
    method: 'PUBLISH',
    uid,
    timestamp: now.getTime(),
    // All-day: three-part dates are written as DATE values, the same day wherever it is opened.
    start: dateOnly(start),
    end: dateOnly(end),
    title: plainText(summary),
    description: plainText(description),
    transp: 'TRANSPARENT',
  }
  const { error, value } = createEvent(event)
  if (error || value === null) throw new Error('Could not write the reminder.', { cause: error })
  return value
    .replace(/\r\n\t/g, '')
    .split('\r\n')
    .map((line) => foldOctets(line))
    .join('\r\n')
}

const dateOnly = (date: Date): [number, number, number] => [
  date.getUTCFullYear(),
  date.getUTCMonth() + 1,
  date.getUTCDate(),
]

/** Newlines of any kind become `\n`; other controls but tab go; unpaired surrogates become U+FFFD. */
function plainText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
    .replace(/\p{Cs}/gu, '\uFFFD')
}

/** RFC 5545 §3.1: at most 75 octets a line, continued with CRLF and a space; never mid-character. */
function foldOctets(line: string): string {
  const encoder = new TextEncoder()
  const out: string[] = []
  let current = ''
  let size = 0
  for (const char of line) {
    const bytes = encoder.encode(char).length
    if (size + bytes > 75) {
      out.push(current)
      current = ' '
      size = 1
    }
    current += char
    size += bytes
  }
  out.push(current)
  return out.join('\r\n')
}
