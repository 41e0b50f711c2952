import fc from 'fast-check'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { loadCatalog } from '@/lib/wording/load'
import { createPlan } from '@/lib/wording/write'
import { situationSchema } from '@/lib/situation'
import { reminderCalendar } from './calendar'
import { mailtoHref, planToText, slotsIn, slotsNote } from './text'

describe('mailto links', () => {
  it('percent-encodes the subject and body, with CRLF line breaks', () => {
    const href = mailtoHref('Re: the role & next steps', 'Hi Dana,\n\nThanks, 100% sure?\nSam')
    expect(href).toBe(
      'mailto:?subject=Re%3A%20the%20role%20%26%20next%20steps&body=Hi%20Dana%2C%0D%0A%0D%0AThanks%2C%20100%25%20sure%3F%0D%0ASam',
    )
    const url = new URL(href)
    expect(url.searchParams.get('subject')).toBe('Re: the role & next steps')
    expect(url.searchParams.get('body')).toBe('Hi Dana,\r\n\r\nThanks, 100% sure?\r\nSam')
  })

  it('keeps markup and other links inert inside the body', () => {
    const href = mailtoHref('<b>x</b>', 'javascript:alert(1) <script>&x=1')
    expect(href.startsWith('mailto:?subject=')).toBe(true)
    // Nothing typed can end the body early or add a header: only one & and no raw markup.
    expect(href.match(/&/g)).toHaveLength(1)
    expect(href).not.toMatch(/[<>]/)
    expect(new URL(href).searchParams.get('body')).toBe('javascript:alert(1) <script>&x=1')
  })
})

describe('calendar reminder', () => {
  const now = new Date('2026-11-21T10:30:00Z')
  const reminder = (summary: string, description: string) =>
    reminderCalendar({ summary, description, uid: 'abc@bow-out', now, daysAhead: 91 })

  /** Parses with ical.js, an independent reader, and checks the file's shape on the way. */
  function parse(ics: string) {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
    // CRLF only: no bare CR or LF that a reader could take as the end of a line.
    expect(ics).not.toMatch(/\r(?!\n)|(?<!\r)\n/)
    const lines = ics.slice(0, -2).split('\r\n')
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1)
    expect(lines.filter((line) => line === 'END:VEVENT')).toHaveLength(1)
    const calendar = new ICAL.Component(ICAL.parse(ics))
    expect(calendar.name).toBe('vcalendar')
    const events = calendar.getAllSubcomponents('vevent')
    expect(events).toHaveLength(1)
    expect(calendar.getAllSubcomponents()).toHaveLength(1)
    return events[0]!
  }

  /** What a reader gets back: newlines as `\n`, and no controls but tab and newline. */
  const asRead = (text: string) =>
    text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')

  it('makes one all-day event about three months out', () => {
    const ics = reminder('Send your note', 'Hi Dana,\nhello')
    const event = parse(ics)
    expect(event.getFirstPropertyValue('uid')).toBe('abc@bow-out')
    expect(event.getFirstPropertyValue('summary')).toBe('Send your note')
    expect(event.getFirstPropertyValue('description')).toBe('Hi Dana,\nhello')
    expect(event.getFirstPropertyValue('transp')).toBe('TRANSPARENT')
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time
    const end = event.getFirstPropertyValue('dtend') as ICAL.Time
    expect([start.isDate, start.toString()]).toEqual([true, '2027-02-20'])
    expect([end.isDate, end.toString()]).toEqual([true, '2027-02-21'])
    expect((event.getFirstPropertyValue('dtstamp') as ICAL.Time).toString()).toBe(
      '2026-11-21T10:30:00Z',
    )
    expect(ics).toContain('DTSTART;VALUE=DATE:20270220\r\n')
    expect(ics).toContain('DESCRIPTION:Hi Dana\\,\\nhello\r\n')
  })

  const HOSTILE = [
    'Hi Dana,\nthanks; really',
    'line one\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected\r\nline two',
    'a lone CR\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:injected',
    'END:VCALENDAR',
    'back\\slash\\n not a newline\\, not a comma\\;',
    ';;;,,,\\\\\\:::"""',
    'DESCRIPTION;X-PARAM="x":value',
    '\n\nleading and trailing newlines\n\n',
    '  spaces around  \t tab',
    'emoji 😀👨‍👩‍👧‍👦🏳️‍🌈 and accents é a\u0301 and 中文, عربي',
    'é'.repeat(500),
    '👨‍👩‍👧‍👦'.repeat(300),
    // Longer than any note the planner writes (its free text is capped at 80 to 200 characters).
    'x'.repeat(3_000) + '\n' + 'é😀,;\\'.repeat(600),
    'separators\u2028and\u2029too',
  ]

  it.each(HOSTILE.map((text, i) => [i, text] as const))(
    'keeps hostile text #%i exactly as typed, in one event',
    (_, text) => {
      const event = parse(reminder(text, text))
      expect(event.getFirstPropertyValue('summary')).toBe(asRead(text))
      expect(event.getFirstPropertyValue('description')).toBe(asRead(text))
      expect(event.getFirstPropertyValue('uid')).toBe('abc@bow-out')
    },
  )

  it('drops the control characters a calendar cannot carry', () => {
    const text = 'bell\u0007 nul\u0000 vt\u000b esc\u001b[31m del\u007f nel\u0085 end'
    const event = parse(reminder('Send your note', text))
    expect(event.getFirstPropertyValue('description')).toBe('bell nul vt esc[31m del nel end')
  })

  it('replaces a broken surrogate rather than writing invalid UTF-8', () => {
    const event = parse(reminder('Send your note', 'half \ud83d of an emoji'))
    expect(event.getFirstPropertyValue('description')).toBe('half \ufffd of an emoji')
  })

  it('keeps any text intact and in one event (generated)', () => {
    const nasty = fc.constantFrom(
      '\n',
      '\r\n',
      '\r',
      '\t',
      ',',
      ';',
      ':',
      '\\',
      '\\n',
      '"',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'é',
      '😀',
      '👨‍👩‍👧',
    )
    const text = fc
      .array(fc.oneof(fc.string({ unit: 'binary' }), nasty), { maxLength: 40 })
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, text, (summary, description) => {
        const event = parse(reminder(summary, description))
        // The library leaves out an empty value rather than write an empty property.
        expect(event.getFirstPropertyValue('summary') ?? '').toBe(asRead(summary))
        expect(event.getFirstPropertyValue('description') ?? '').toBe(asRead(description))
      }),
      { numRuns: 300 },
    )
  })

  it('refuses a date it cannot write instead of writing a broken file', () => {
    const base = { summary: 's', description: 'd', uid: 'abc@bow-out' }
    expect(() => reminderCalendar({ ...base, now: new Date(NaN), daysAhead: 91 })).toThrow(
      RangeError,
    )
    expect(() => reminderCalendar({ ...base, now, daysAhead: Number.NaN })).toThrow(RangeError)
  })
})

describe('the plan as text', () => {
  const plan = {
    ...createPlan(
      situationSchema.parse({
        stage: 'after',
        progress: 'interviewed',
        reasons: ['pay'],
        certainty: 'certain',
        keepDoorOpen: true,
        details: { contactName: '<b>Dana</b>' },
      }),
      loadCatalog(),
    ),
    permalink: '/s/1abc',
  }
  const text = planToText(plan, 'https://bowout.example')

  it('has the headline, every script with its subject, the steps and the link', () => {
    expect(text).toContain(plan.headline)
    for (const script of plan.scripts) {
      expect(text).toContain(script.title)
      expect(text).toContain(script.body)
      if (script.subject) expect(text).toContain(`Subject: ${script.subject}`)
    }
    expect(text).toContain(`1. ${plan.steps[0]}`)
    expect(text).toContain('https://bowout.example/s/1abc')
    expect(text).toContain(
      `https://bowout.example/advice/${plan.why[0]!.source.slug}#${plan.why[0]!.source.anchor}`,
    )
  })

  it('keeps what the person typed exactly as typed', () => {
    expect(text).toContain('<b>Dana</b>')
  })
})

describe('the parts left to fill in', () => {
  const plan = (details: Record<string, string>) =>
    createPlan(
      situationSchema.parse({
        stage: 'after',
        progress: 'final',
        reasons: ['other-offer'],
        certainty: 'certain',
        tone: 'neutral',
        details,
      }),
      loadCatalog(),
    )

  it('lists each slot once, in the order the words first leave it', () => {
    // Nothing typed: the call says who is calling and about which role only through slots.
    expect(slotsIn(plan({}))).toEqual(['[your name]', '[job title]', '[your number]'])
    expect(slotsNote(slotsIn(plan({})))).toBe(
      'Before you send or say them, fill in the parts in square brackets: [your name], [job title] and [your number].',
    )
  })

  it('asks for nothing the person already gave', () => {
    const given = plan({ yourName: 'Sam Lee', role: 'Analyst', company: 'Acme' })
    expect(slotsIn(given)).toEqual(['[your number]'])
    expect(slotsNote(slotsIn(given))).toBe(
      'Before you send or say them, fill in the part in square brackets: [your number].',
    )
    expect(slotsNote([])).toBeUndefined()
  })
})
