import { describe, expect, it } from 'vitest'
import { loadCatalog } from '@/lib/wording/load'
import { createPlan } from '@/lib/wording/write'
import { situationSchema } from '@/lib/situation'
import { escapeText, foldLine, reminderCalendar } from './calendar'
import { mailtoHref, planToText } from './text'

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

  it('escapes text values as RFC 5545 says', () => {
    expect(escapeText('a, b; c\\d\ne')).toBe('a\\, b\\; c\\\\d\\ne')
  })

  it('folds lines at 75 octets without splitting a character', () => {
    const folded = foldLine('DESCRIPTION:' + 'é'.repeat(60))
    const lines = folded.split('\r\n')
    expect(lines.length).toBeGreaterThan(1)
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true)
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe('DESCRIPTION:' + 'é'.repeat(60))
  })

  it('makes one all-day event about three months out', () => {
    const ics = reminderCalendar({
      summary: 'Send your note',
      description: 'Hi Dana,\nhello',
      uid: 'abc@bow-out',
      now,
      daysAhead: 91,
    })
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(ics).toContain('DTSTAMP:20261121T103000Z\r\n')
    expect(ics).toContain('DTSTART;VALUE=DATE:20270220\r\n')
    expect(ics).toContain('DTEND;VALUE=DATE:20270221\r\n')
    expect(ics).toContain('DESCRIPTION:Hi Dana\\,\\nhello\r\n')
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1)
    expect(ics).not.toMatch(/[^\r]\n/)
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
        details: { contactName: '<script>alert(1)</script>' },
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
    expect(text).toContain('<script>alert(1)</script>')
  })
})
