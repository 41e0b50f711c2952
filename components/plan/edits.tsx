'use client'

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react'
import type { Plan, Script } from '@/lib/engine'
import { mailtoHref, planToText } from '@/lib/plan/text'
import { CopyButton } from '@/components/ui/copy-button'
import { useHydrated } from '@/components/ui/use-hydrated'

/*
 * The person's own edit of the words. Generated words are a first draft of something a person
 * sends under their own name, so each script can be changed before it is copied, mailed or
 * downloaded. Edits stay in this browser tab: they are kept in sessionStorage under the plan's
 * address (so a reload keeps them, a new tab doesn't), never sent to the server and never put in
 * a link. Without JavaScript the scripts are plain text and the links give the suggested words.
 */

/** Where a plan's edits are kept in this tab; every key starts with the same prefix. */
export const EDITS_PREFIX = 'bow-out:edits:'

/** Forgets every plan's edits in this tab (when the planner is cleared). */
export function clearEdits() {
  for (let i = sessionStorage.length - 1; i >= 0; i--) {
    const key = sessionStorage.key(i)
    if (key?.startsWith(EDITS_PREFIX)) sessionStorage.removeItem(key)
  }
}

type Edits = Record<number, string>
type EditsContext = {
  edits: Edits
  setEdit: (index: number, text: string | undefined) => void
}

const Context = createContext<EditsContext>({ edits: {}, setEdit: () => {} })

function readEdits(key: string): Edits {
  try {
    const saved: unknown = JSON.parse(sessionStorage.getItem(key) ?? '{}')
    if (!saved || typeof saved !== 'object') return {}
    return Object.fromEntries(
      Object.entries(saved).filter(([i, text]) => /^\d+$/.test(i) && typeof text === 'string'),
    )
  } catch {
    return {}
  }
}

/** Holds the edits of one plan (by its permalink) for the scripts and downloads inside it. */
export function EditsProvider({ plan, children }: { plan: Plan; children: React.ReactNode }) {
  const key = `${EDITS_PREFIX}${plan.permalink}`
  const [edits, setEdits] = useState<Edits>({})
  const hydrated = useHydrated()
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- sessionStorage is an external store the server cannot read
    if (hydrated) setEdits(readEdits(key))
  }, [hydrated, key])
  const setEdit = useCallback(
    (index: number, text: string | undefined) => {
      setEdits((current) => {
        const next = { ...current }
        // Text back to the suggestion is no edit.
        if (text === undefined || text === plan.scripts[index]?.body) delete next[index]
        else next[index] = text
        if (Object.keys(next).length) sessionStorage.setItem(key, JSON.stringify(next))
        else sessionStorage.removeItem(key)
        return next
      })
    },
    [key, plan.scripts],
  )
  const value = useMemo(() => ({ edits, setEdit }), [edits, setEdit])
  return <Context.Provider value={value}>{children}</Context.Provider>
}

const buttonClass =
  'rounded-md border-2 border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50 dark:border-brand-300 dark:text-brand-200 dark:hover:bg-brand-900/40'

/** One script: its words (editable with JavaScript), and the ways to take them away. */
export function ScriptWords({ script, index }: { script: Script; index: number }) {
  const { edits, setEdit } = useContext(Context)
  const hydrated = useHydrated()
  const [editing, setEditing] = useState(false)
  const field = useRef<HTMLTextAreaElement>(null)
  // Opening the editor puts the cursor in it, at the end, ready to type.
  useEffect(() => {
    const element = field.current
    if (!editing || !element) return
    element.focus()
    element.setSelectionRange(element.value.length, element.value.length)
  }, [editing])
  const text = edits[index] ?? script.body
  const edited = edits[index] !== undefined
  const headingId = `script-${index}`
  const fieldId = `script-${index}-words`
  const copyAll = script.subject ? `Subject: ${script.subject}\n\n${text}` : text

  return (
    <article
      aria-labelledby={headingId}
      className="break-inside-avoid rounded-lg border border-slate-300 p-4 dark:border-slate-700"
    >
      <h3 id={headingId} className="text-lg font-semibold">
        {script.title}
      </h3>
      {script.subject ? (
        <p className="mt-2">
          <span className="font-semibold">Subject:</span> {script.subject}
        </p>
      ) : null}
      {editing ? (
        <div className="mt-2">
          <label htmlFor={fieldId} className="block text-sm font-semibold">
            Your words: {script.title}
          </label>
          <textarea
            ref={field}
            id={fieldId}
            value={text}
            onChange={(event) => setEdit(index, event.target.value)}
            rows={Math.min(18, Math.max(4, text.split('\n').length + 1))}
            className="mt-1 block w-full rounded-md border-2 border-slate-500 bg-white p-2 font-serif text-lg leading-relaxed text-slate-950 focus:border-brand-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 dark:border-slate-400 dark:bg-slate-900 dark:text-slate-50"
          />
        </div>
      ) : (
        <div className="mt-2 font-serif text-lg leading-relaxed whitespace-pre-wrap">{text}</div>
      )}
      {edited && !editing ? (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          Your own version (kept only in this tab).
        </p>
      ) : null}
      <div className="no-print mt-3 flex flex-wrap items-center gap-3">
        {script.kind === 'email' && script.subject ? (
          <a
            href={mailtoHref(script.subject, text)}
            className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800 dark:bg-brand-300 dark:text-slate-950 dark:hover:bg-brand-200"
          >
            Open in my email app
          </a>
        ) : null}
        {hydrated ? (
          <button
            type="button"
            onClick={() => setEditing(!editing)}
            aria-expanded={editing}
            aria-controls={editing ? fieldId : undefined}
            // The visible words first (WCAG 2.5.3), then which script they act on.
            aria-label={`${editing ? 'Done editing' : 'Edit these words'}: ${script.title}`}
            className={buttonClass}
          >
            {editing ? 'Done editing' : 'Edit these words'}
          </button>
        ) : null}
        {hydrated && edited ? (
          <button
            type="button"
            onClick={() => setEdit(index, undefined)}
            aria-label={`Back to the suggested words: ${script.title}`}
            className={buttonClass}
          >
            Back to the suggested words
          </button>
        ) : null}
        <CopyButton text={text} label={script.subject ? 'Copy the body' : 'Copy'} />
        {script.subject ? <CopyButton text={script.subject} label="Copy the subject" /> : null}
        {script.subject ? <CopyButton text={copyAll} label="Copy both" /> : null}
      </div>
    </article>
  )
}

/**
 * The .txt download: the server's file of the suggested words, or, once something is edited,
 * the same file made here in the browser with the edits in it (nothing is sent anywhere).
 */
export function DownloadWords({ plan }: { plan: Plan }) {
  const { edits } = useContext(Context)
  const edited = Object.keys(edits).length > 0
  const [href, setHref] = useState<string>()
  useEffect(() => {
    if (!edited) return
    const scripts = plan.scripts.map((script, i) => ({ ...script, body: edits[i] ?? script.body }))
    const url = URL.createObjectURL(
      new Blob([planToText({ ...plan, scripts }, window.location.origin)], {
        type: 'text/plain;charset=utf-8',
      }),
    )
    // eslint-disable-next-line react-hooks/set-state-in-effect -- an object URL exists only in the browser
    setHref(url)
    return () => URL.revokeObjectURL(url)
  }, [edited, edits, plan])
  return (
    <a
      href={edited && href ? href : `${plan.permalink}/plan.txt`}
      download="plan.txt"
      className="font-semibold text-brand-700 underline underline-offset-2 dark:text-brand-300"
    >
      Download all the words (.txt){edited ? ', with your edits' : ''}
    </a>
  )
}
