import { describe, expect, test } from 'vitest'
import { EMPTY_PROCESS, emptyValues, MAX_PROCESSES, TOO_MANY, type SeveralValues } from './fields'
import { transition } from './state'

const withRows = (n: number): SeveralValues => ({
  ...emptyValues(),
  yourName: 'Sam',
  processes: Array.from({ length: n }, (_, i) => ({ ...EMPTY_PROCESS, company: `C${i + 1}` })),
})

describe('the buttons, the same in the browser and on the server', () => {
  test('add puts an empty row at the end and sends focus to its company', () => {
    const state = transition(withRows(2), 'add')
    expect(state.values.processes.map((p) => p.company)).toEqual(['C1', 'C2', ''])
    expect(state.values.yourName).toBe('Sam')
    expect(state.focus).toBe('processes-2-company')
    expect(state.announce).toBe('Process 3 added.')
  })

  test('add at ten keeps every row and says why', () => {
    const before = withRows(MAX_PROCESSES)
    const state = transition(before, 'add')
    expect(state.values).toEqual(before)
    expect(state.errors).toEqual({ processes: TOO_MANY })
    expect(state.focus).toBe('summary')
  })

  test('remove takes out that row; focus goes to the row in its place, or the one before', () => {
    const middle = transition(withRows(3), 'remove:1')
    expect(middle.values.processes.map((p) => p.company)).toEqual(['C1', 'C3'])
    expect(middle.focus).toBe('processes-1-company')
    expect(middle.announce).toBe('Process 2 removed. 2 left.')
    const last = transition(withRows(3), 'remove:2')
    expect(last.focus).toBe('processes-1-company')
  })

  test('the only row stays, and a row that is not there is no change', () => {
    expect(transition(withRows(1), 'remove:0').values.processes).toHaveLength(1)
    expect(transition(withRows(2), 'remove:7').values.processes).toHaveLength(2)
    expect(transition(withRows(2), 'remove:x').values.processes).toHaveLength(2)
  })

  test('edit keeps the list; clear starts a new one; anything else changes nothing', () => {
    expect(transition(withRows(4), 'edit').values.processes).toHaveLength(4)
    expect(transition(withRows(4), 'clear').values).toEqual(emptyValues())
    expect(transition(withRows(4), 'dance').values.processes).toHaveLength(4)
  })
})
