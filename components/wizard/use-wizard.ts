'use client'

import { useEffect, useLayoutEffect, useRef, useState, type Dispatch } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import { withDefaults, type FormValues } from '@/lib/situation/form'
import type { WizardState } from '@/lib/wizard/state'
import { applicableSteps, isStepId, stepFields, type StepId } from '@/lib/wizard/steps'
import type { View, ViewAction } from '@/lib/wizard/view'

/*
 * The planner's side effects, each in a hook of its own: where focus goes after a move, this
 * tab's saved answers, and the browser's history of steps. The state itself is one reducer
 * (lib/wizard/view.ts).
 */

export const STORAGE_KEY = 'bow-out:answers'

/** The answer at a field's name (`details.company`): a string, or a list for checkboxes. */
export const valueAt = (values: FormValues, name: string): string | string[] =>
  name
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], values) as
    string | string[]

/** Moves focus to the heading (a new step) or the error summary (a problem), once per request. */
export function useFocusRequest(server: WizardState) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  const summaryRef = useRef<HTMLDivElement>(null)
  const [focus, setFocus] = useState<{ target: 'heading' | 'summary'; n: number } | null>(null)
  const requestFocus = (target: 'heading' | 'summary') =>
    setFocus((f) => ({ target, n: (f?.n ?? 0) + 1 }))
  useEffect(() => {
    if (!focus) return
    ;(focus.target === 'summary' ? summaryRef.current : headingRef.current)?.focus()
  }, [focus])
  // After the server answers a submit, move focus to what it returned.
  const seenServer = useRef(server)
  useEffect(() => {
    if (seenServer.current === server) return
    seenServer.current = server
    requestFocus(
      server.status === 'editing' && Object.keys(server.errors).length ? 'summary' : 'heading',
    )
  }, [server])
  return { headingRef, summaryRef, requestFocus }
}

function loadSaved(): { values: FormValues; step: StepId } | undefined {
  try {
    const saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null')
    if (!saved || !isStepId(saved.step)) return undefined
    return { values: withDefaults(saved.values), step: saved.step }
  } catch {
    return undefined
  }
}

/**
 * This tab's answers: restored once after hydration (the server cannot see sessionStorage),
 * unless the page was opened with answers of its own, and saved as they change.
 */
export function useSavedAnswers({
  initial,
  server,
  form,
  dispatch,
  snapshot,
  linkedStage,
  prefilled,
}: {
  initial: WizardState
  server: WizardState
  form: UseFormReturn<FormValues>
  dispatch: Dispatch<ViewAction>
  snapshot: string
  linkedStage?: string
  prefilled: boolean
}) {
  const restored = useRef(false)
  useEffect(() => {
    if (restored.current || initial.status !== 'editing' || server !== initial) return
    restored.current = true
    if (prefilled) return
    const saved = loadSaved()
    if (!saved) return
    const values = linkedStage ? { ...saved.values, stage: linkedStage } : saved.values
    form.reset(values)
    const step = applicableSteps(values).includes(saved.step) ? saved.step : 'stage'
    // The page's own history entry already stands for this step: nothing new to record.
    dispatch({
      type: 'show',
      base: server,
      state: { status: 'editing', step, values, errors: {} },
      record: false,
    })
  }, [form, initial, server, linkedStage, prefilled, dispatch])

  useEffect(() => {
    if (restored.current || server !== initial) sessionStorage.setItem(STORAGE_KEY, snapshot)
  }, [snapshot, server, initial])
}

/**
 * The browser's back and forward buttons move between steps: each step the planner moves to is
 * pushed onto the history, and a pop returns to the step it recorded.
 */
export function useStepHistory({
  form,
  server,
  view,
  dispatch,
  onMove,
}: {
  form: UseFormReturn<FormValues>
  server: WizardState
  view: View
  dispatch: Dispatch<ViewAction>
  onMove: () => void
}) {
  useEffect(() => {
    if (view?.record && view.state.status === 'editing') {
      window.history.pushState({ ...window.history.state, bowOutStep: view.state.step }, '')
    }
  }, [view])
  const onMoveRef = useRef(onMove)
  useEffect(() => {
    onMoveRef.current = onMove
  })
  useEffect(() => {
    const onPop = (event: PopStateEvent) => {
      const step = event.state?.bowOutStep
      if (!isStepId(step)) return
      form.clearErrors()
      dispatch({ type: 'pop', base: server, step, values: form.getValues() })
      onMoveRef.current()
    }
    window.addEventListener('popstate', onPop)
    return () => window.removeEventListener('popstate', onPop)
  }, [form, server, dispatch])
}

/**
 * Answers given before React took over the page. The planner starts React after its first paint
 * (lib/site/boot-after-paint.ts), and on a slow connection that can take a moment in which the
 * page is a plain form. When react-hook-form then registers its inputs it sets them to the
 * form's defaults, which would undo a choice already made. So the first render in the browser
 * reads the form as the server drew it and the person changed it (before anything is
 * registered), and the answers that differ from the defaults are put back as it mounts.
 * Saved answers being restored (useSavedAnswers) take precedence.
 */
export function useEarlyAnswers({
  initial,
  form,
  prefilled,
}: {
  initial: WizardState
  form: UseFormReturn<FormValues>
  prefilled: boolean
}) {
  const [early] = useState(() => {
    // Read before any effect runs: useSavedAnswers starts saving as soon as it has looked.
    if (typeof document === 'undefined' || (!prefilled && loadSaved())) return undefined
    const element = document.querySelector<HTMLFormElement>('form[data-planner]')
    return element ? new FormData(element) : undefined
  })
  // Before the browser paints again, so the choice never shows undone.
  useLayoutEffect(() => {
    if (!early || initial.status !== 'editing') return
    for (const name of stepFields(initial.step, initial.values)) {
      const before = valueAt(initial.values, name)
      const now = Array.isArray(before)
        ? early.getAll(name).map(String)
        : String(early.get(name) ?? '')
      if (JSON.stringify(now) !== JSON.stringify(before)) {
        form.setValue(name as Parameters<typeof form.setValue>[0], now as never, {
          shouldDirty: true,
        })
      }
    }
  }, [early, form, initial, prefilled])
}
