import { describe, expect, test } from 'vitest'
import { PROGRESS, TONES as PLANNER_TONES } from '@/lib/situation'
import {
  emptyValues,
  MAX_PROCESSES,
  NONE_YET,
  PROCESS_STAGES,
  TONES,
  TOO_MANY,
  valuesFromFormData,
  type ProcessValues,
  type SeveralValues,
} from './fields'
import { severalErrors, severalSchema, validateSeveral } from './schema'

const row = (over: Partial<ProcessValues> = {}): ProcessValues => ({
  company: 'Acme Health',
  role: 'Operations Coordinator',
  contactName: 'Dana',
  stage: 'interviewed',
  channel: 'email',
  ...over,
})
const values = (processes: ProcessValues[], over: Partial<SeveralValues> = {}): SeveralValues => ({
  yourName: '',
  tone: 'neutral',
  processes,
  ...over,
})
const errorsOf = (v: SeveralValues) => {
  const result = validateSeveral(v)
  if (result.ok) throw new Error('expected the list to be refused')
  return result.errors
}

describe('good input', () => {
  test('one process, with only what is required', () => {
    const result = validateSeveral(
      values([row({ role: '', contactName: '', company: 'Globex', stage: 'applied' })]),
    )
    expect(result).toEqual({
      ok: true,
      input: {
        tone: 'neutral',
        processes: [{ company: 'Globex', stage: 'applied', channel: 'email' }],
      },
    })
  })

  test('ten processes, every channel and stage, with names, in any tone', () => {
    const processes = Array.from({ length: MAX_PROCESSES }, (_, i) =>
      row({
        company: `Company ${i + 1}`,
        stage: PROCESS_STAGES[i % 4],
        channel: (['email', 'phone', 'portal', 'recruiter'] as const)[i % 4],
      }),
    )
    for (const tone of TONES) {
      const result = validateSeveral(values(processes, { tone, yourName: 'Sam Lee' }))
      expect(result.ok && result.input.processes).toHaveLength(MAX_PROCESSES)
      expect(result.ok && result.input.tone).toBe(tone)
    }
  })

  test('the tone defaults to neutral', () => {
    const parsed = severalSchema.parse({
      processes: [{ company: 'A', stage: 'final', channel: 'phone' }],
    })
    expect(parsed.tone).toBe('neutral')
  })

  test('free text is cleaned as the planner cleans it: breaks, controls and spaces', () => {
    const result = validateSeveral(
      values([row({ company: '  Acme\nHealth\u202E ', contactName: 'Dana\t\tSmith' })], {
        yourName: ' Sam\u0000 Lee ',
      }),
    )
    expect(result.ok && result.input).toMatchObject({
      yourName: 'Sam Lee',
      processes: [{ company: 'Acme Health', contactName: 'Dana Smith' }],
    })
  })

  test('80 characters is allowed, counted in code points', () => {
    const eighty = '😀'.repeat(80)
    expect(validateSeveral(values([row({ company: eighty, role: 'r'.repeat(80) })])).ok).toBe(true)
  })

  test('the stages and tones are the planner’s own', () => {
    expect([...PROCESS_STAGES]).toEqual([...PROGRESS])
    expect([...TONES]).toEqual([...PLANNER_TONES])
  })
})

describe('bad input: a clear message for each field, naming the process', () => {
  test('no processes', () => {
    expect(errorsOf(values([]))).toEqual({ processes: NONE_YET })
  })

  test('more than ten processes', () => {
    const eleven = Array.from({ length: MAX_PROCESSES + 1 }, (_, i) => row({ company: `C${i}` }))
    expect(errorsOf(values(eleven))).toEqual({ processes: TOO_MANY })
    expect(TOO_MANY).toMatch(/^You can close up to 10 processes at once/)
  })

  test('an empty company, or one of spaces only', () => {
    expect(errorsOf(values([row(), row({ company: '' }), row({ company: '  \n ' })]))).toEqual({
      'processes.1.company': 'Enter the company for process 2.',
      'processes.2.company': 'Enter the company for process 3.',
    })
  })

  test('overlong text in every free-text field', () => {
    const long = 'x'.repeat(81)
    expect(
      errorsOf(
        values([row({ company: long }), row({ role: long, contactName: long })], {
          yourName: long,
        }),
      ),
    ).toEqual({
      'processes.0.company': 'The company for process 1 must be 80 characters or fewer.',
      'processes.1.role': 'The job title for process 2 must be 80 characters or fewer.',
      'processes.1.contactName':
        'Your contact’s name for process 2 must be 80 characters or fewer.',
      yourName: 'Your name must be 80 characters or fewer.',
    })
  })

  test('an unknown channel, an unknown stage, and ones not chosen', () => {
    expect(
      errorsOf(
        values([row({ channel: 'fax' }), row({ stage: 'hired' }), row({ stage: '', channel: '' })]),
      ),
    ).toEqual({
      'processes.0.channel':
        'Choose how you’ve been in touch for process 1: email, phone, portal or recruiter.',
      'processes.1.stage': 'Choose how far process 2 got: applied, screened, interviewed or final.',
      'processes.2.stage': 'Choose how far process 3 got: applied, screened, interviewed or final.',
      'processes.2.channel':
        'Choose how you’ve been in touch for process 3: email, phone, portal or recruiter.',
    })
  })

  test('an unknown tone', () => {
    expect(errorsOf(values([row()], { tone: 'sarcastic' }))).toEqual({
      tone: 'Choose a tone: warm, neutral or formal.',
    })
  })

  test('errors follow the order of the form', () => {
    const errors = errorsOf(
      values([row({ channel: '' }), row({ company: '' })], { yourName: 'y'.repeat(81) }),
    )
    expect(Object.keys(errors)).toEqual(['processes.0.channel', 'processes.1.company', 'yourName'])
  })

  test('unknown fields and wrong types are refused, never thrown', () => {
    const refused = (input: unknown) => {
      const result = severalSchema.safeParse(input)
      expect(result.success).toBe(false)
      return result.success ? {} : severalErrors(result.error)
    }
    expect(Object.keys(refused({ processes: [], extra: 1 }))).toContain('(root)')
    expect(refused({ processes: 'many' })).toEqual({ processes: NONE_YET })
    expect(
      refused({ processes: [{ company: 'A', stage: 'final', channel: 'phone', fax: '1' }] }),
    ).toHaveProperty('processes.0')
    expect(refused(null)).toHaveProperty('(root)')
  })
})

describe('reading a post', () => {
  test('rows come back in order, whatever order the fields arrive in; nothing else is read', () => {
    const data = new FormData()
    data.append('processes.1.company', 'Globex')
    data.append('processes.0.company', 'Acme')
    data.append('processes.0.channel', 'phone')
    data.append('processes.1.stage', 'final')
    data.append('yourName', 'Sam')
    data.append('tone', 'warm')
    data.append('$ACTION_ID_x', 'ignored')
    data.append('processes.0.evil', 'ignored')
    expect(valuesFromFormData(data)).toEqual({
      yourName: 'Sam',
      tone: 'warm',
      processes: [
        { company: 'Acme', role: '', contactName: '', stage: '', channel: 'phone' },
        { company: 'Globex', role: '', contactName: '', stage: 'final', channel: '' },
      ],
    })
  })

  test('a forged post cannot make thousands of rows or megabytes of text', () => {
    const data = new FormData()
    for (let i = 0; i < 500; i++) data.append(`processes.${i}.company`, 'x'.repeat(5000))
    const read = valuesFromFormData(data)
    expect(read.processes.length).toBeLessThanOrEqual(MAX_PROCESSES * 3)
    expect(read.processes[0]!.company).toHaveLength(1000)
    expect(errorsOf(read)).toMatchObject({ processes: TOO_MANY })
  })

  test('an empty form is one empty row in the neutral tone', () => {
    expect(emptyValues()).toEqual({
      yourName: '',
      tone: 'neutral',
      processes: [{ company: '', role: '', contactName: '', stage: '', channel: '' }],
    })
  })
})
