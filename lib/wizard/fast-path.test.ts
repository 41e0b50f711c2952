import { describe, expect, it } from 'vitest'
import { nowHref, nowState, sureParams, whatParams } from './fast-path'

describe('the interview-now fast path', () => {
  it('names each state by a path, and reads the path back', () => {
    expect(nowHref()).toBe('/plan/now')
    expect(nowHref('rude')).toBe('/plan/now/rude')
    expect(nowHref('rude', 'certain')).toBe('/plan/now/rude/certain')
    expect(nowHref(undefined, 'certain')).toBe('/plan/now')
    const state = nowState('rude', 'leaning')
    expect(state.situation?.reason).toBe('rude-interviewer')
    expect(state.sure).toBe('leaning')
  })

  it('recognises nothing it does not know', () => {
    expect(nowState('<script>', 'maybe')).toEqual({ situation: undefined, sure: undefined })
    expect(nowState('rude', 'maybe').sure).toBeUndefined()
  })

  it('prerenders every situation, and asks "are you sure?" of all but feeling unsafe', () => {
    expect(whatParams().map((p) => p.what)).toEqual([
      'unsafe',
      'rude',
      'misled',
      'mismatch',
      'not-for-me',
    ])
    const sure = sureParams()
    expect(sure.some((p) => p.what === 'unsafe')).toBe(false)
    expect(sure).toHaveLength(4 * 3)
  })
})
