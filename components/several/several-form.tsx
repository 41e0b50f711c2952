'use client'

import {
  startTransition,
  useActionState,
  useEffect,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from 'react'
import Link from 'next/link'
import { CitationList, ScriptWords, type ArticleIndex } from '@/components/plan/plan-view'
import { Button, ErrorSummary, fieldId } from '@/components/ui/fields'
import { useHydrated } from '@/components/ui/use-hydrated'
import { enhanceScripts } from '@/lib/plan/enhance'
import { slotsIn, slotsNote } from '@/lib/plan/text'
import {
  CHANNEL_OPTIONS,
  LABELS,
  MAX_PROCESSES,
  PROCESS_FIELDS,
  processField,
  STAGE_OPTIONS,
  TONE_OPTIONS,
  type Option,
  type ProcessValues,
  type SeveralValues,
  valuesFromFormData,
} from '@/lib/several/fields'
import { transition, type Focus, type SeveralState } from '@/lib/several/state'
import type { SeveralResult } from '@/lib/several/words'

/*
 * /plan/several: the processes still open after accepting a job elsewhere (B5), and one short
 * message for each. The same <form> works with and without JavaScript: without it, "Add another
 * process", "Remove" and "Write my messages" post to the server action, which answers with the
 * form as it should now be (lib/several/state.ts); with it, rows are added and removed here by
 * the same transition, the schema checks the list before anything is sent, and focus moves to
 * what changed.
 */

// The schema (zod) is only needed when the person asks for their messages.
const loadSchema = () => import('@/lib/several/schema')

/** The state on screen: the browser's own, until the server answers again. */
type View = { base: SeveralState; state: SeveralState; keys: string[] } | null

const serverKeys = (state: SeveralState) => state.values.processes.map((_, i) => `s${i}`)

export function SeveralForm({
  action,
  initial,
  articles,
}: {
  /** The server action the form posts to (app/plan/several/actions.ts), passed in by the route. */
  action: (previous: SeveralState, formData: FormData) => Promise<SeveralState>
  initial: SeveralState
  articles: ArticleIndex
}) {
  const hydrated = useHydrated()
  const [server, formAction, pending] = useActionState(action, initial, '/plan/several')
  // What was typed before React took over (it starts after the page's first paint, and a slow
  // connection can make that a while, with the page a plain form) is kept: the first render in
  // the browser reads the form as it stands, before React sets its inputs to the state's values.
  const [local, setLocal] = useState<View>(() => {
    const early = typedBeforeHydration(initial)
    return early
      ? { base: server, state: { ...initial, values: early }, keys: serverKeys(server) }
      : null
  })
  const current = local && local.base === server ? local : null
  const view = current?.state ?? server
  const keys = current?.keys ?? serverKeys(server)
  const nextKey = useRef(0)

  // Focus follows each change once it is on screen: the new row, the summary, the heading.
  const [focus, setFocus] = useState<{ target: Focus; n: number } | null>(null)
  const requestFocus = (target: Focus | undefined) => {
    if (target) setFocus((f) => ({ target, n: (f?.n ?? 0) + 1 }))
  }
  useEffect(() => {
    if (!focus) return
    const id =
      focus.target === 'summary'
        ? 'error-summary'
        : focus.target === 'heading'
          ? 'page-heading'
          : focus.target
    document.getElementById(id)?.focus()
  }, [focus])
  const seenServer = useRef(server)
  useEffect(() => {
    if (seenServer.current === server) return
    seenServer.current = server
    requestFocus(server.focus)
  }, [server])

  const show = (state: SeveralState, nextKeys: string[]) => {
    setLocal({ base: server, state, keys: nextKeys })
    requestFocus(state.focus)
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const formElement = event.currentTarget
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null
    const intent = submitter?.value ?? 'submit'
    const values = view.values
    if (intent === 'submit') {
      const { validateSeveral } = await loadSchema()
      const checked = validateSeveral(values)
      if (!checked.ok) {
        show({ status: 'editing', values, errors: checked.errors, focus: 'summary' }, keys)
        return
      }
      const data = new FormData(formElement, submitter)
      startTransition(() => formAction(data))
      return
    }
    const next = transition(values, intent)
    const removed = /^remove:(\d+)$/.exec(intent)
    let nextKeys = keys
    if (intent === 'clear') nextKeys = [`n${nextKey.current++}`]
    else if (next.values.processes.length > keys.length)
      nextKeys = [...keys, `n${nextKey.current++}`]
    else if (removed && next.values.processes.length < keys.length)
      nextKeys = keys.filter((_, i) => i !== Number(removed[1]))
    show(next, nextKeys)
  }

  const change = (values: SeveralValues) => {
    if (view.status !== 'editing') return
    setLocal({ base: server, state: { ...view, values, announce: undefined }, keys })
  }

  // Without JavaScript, focus can only be set as the page loads.
  const autoFocus = (target: Focus) => !hydrated && server.focus === target

  if (view.status === 'done') {
    return (
      <form
        action={formAction}
        onSubmit={onSubmit}
        noValidate
        data-hydrated={hydrated || undefined}
      >
        <HiddenValues values={view.values} />
        <h1
          id="page-heading"
          tabIndex={-1}
          autoFocus={autoFocus('heading')}
          className="mb-4 text-3xl font-bold tracking-tight outline-none sm:text-4xl"
        >
          Your messages
        </h1>
        <p className="mb-8 max-w-2xl text-lg text-slate-700 dark:text-slate-300">
          One for each process, written for the way it has been run. Send them as soon as you can,
          starting with any process that has an interview booked.
        </p>
        <Results result={view.result} articles={articles} />
        <div className="no-print mt-10 flex flex-wrap gap-3">
          <Button type="submit" name="intent" value="edit" variant="secondary">
            Change the list
          </Button>
          <Button type="submit" name="intent" value="clear" variant="secondary">
            Start a new list
          </Button>
        </div>
      </form>
    )
  }

  const { values, errors } = view
  const rows = values.processes
  const setRow = (index: number, field: keyof ProcessValues, value: string) =>
    change({
      ...values,
      processes: rows.map((row, i) => (i === index ? { ...row, [field]: value } : row)),
    })

  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      onFocusCapture={() => void loadSchema()}
      data-several=""
      noValidate
      className="max-w-2xl"
      // Marks the form as hydrated, so tests can wait for it: a click before React has hydrated
      // would be a full no-JS post.
      data-hydrated={hydrated || undefined}
    >
      {/* Enter in a text field presses the form's first submit button: make that this one. */}
      <button type="submit" name="intent" value="submit" hidden tabIndex={-1} />
      <ErrorSummary errors={errors} id="error-summary" autoFocus={autoFocus('summary')} />
      <h1
        id="page-heading"
        tabIndex={-1}
        autoFocus={autoFocus('heading')}
        className="mb-4 text-3xl font-bold tracking-tight outline-none sm:text-4xl"
      >
        Close your other applications
      </h1>
      <div className="mb-8 space-y-3 text-lg text-slate-700 dark:text-slate-300">
        <p>
          You’ve accepted a job elsewhere. List the hiring processes that are still open, and get
          one short, personal message for each, written for the way that process has been run.
        </p>
        <p>
          Nothing you type is stored.{' '}
          <Link
            prefetch={false}
            href="/advice/closing-several-processes"
            className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300"
          >
            Read the advice on closing several processes
          </Link>
          .
        </p>
      </div>

      <h2 id="processes" tabIndex={-1} className="text-xl font-semibold outline-none">
        Your open processes
      </h2>
      <p id="processes-hint" className="mt-1 text-slate-700 dark:text-slate-300">
        Up to {MAX_PROCESSES}. Only the company is needed; a job title and a name make each message
        more personal. Write the name as you’d greet them (“Dana”, or “Ms Okonkwo”), since each
        message opens with it. If a recruiter runs the process, give the recruiter’s name.
      </p>
      <FieldError name="processes" error={errors.processes} />

      <ol className="mt-4 space-y-6">
        {rows.map((row, index) => (
          <li key={keys[index] ?? `s${index}`}>
            <ProcessRow
              row={row}
              index={index}
              errors={errors}
              removable={rows.length > 1}
              autoFocus={autoFocus}
              onChange={(field, value) => setRow(index, field, value)}
            />
          </li>
        ))}
      </ol>
      <div className="mt-4">
        <Button type="submit" name="intent" value="add" variant="secondary">
          Add another process
        </Button>
      </div>

      <h2 className="mt-10 text-xl font-semibold">For every message</h2>
      <div className="mt-4 space-y-6">
        <TextInput
          name="yourName"
          label={LABELS.yourName}
          hint="To sign off with. Without it, the messages leave [your name] for you to fill in."
          value={values.yourName}
          error={errors.yourName}
          autoComplete="name"
          onChange={(value) => change({ ...values, yourName: value })}
        />
        <fieldset
          aria-describedby={errors.tone ? 'tone-error' : undefined}
          className={errorBorder(errors.tone)}
        >
          <legend className="mb-1 font-semibold">{LABELS.tone}</legend>
          <FieldError name="tone" error={errors.tone} />
          <div className="space-y-2">
            {TONE_OPTIONS.map((option, i) => {
              const id = i === 0 ? fieldId('tone') : `tone-${option.value}`
              return (
                <div key={option.value} className="flex gap-3">
                  <input
                    id={id}
                    type="radio"
                    name="tone"
                    value={option.value}
                    checked={values.tone === option.value}
                    onChange={() => change({ ...values, tone: option.value })}
                    className="mt-0.5 size-6 shrink-0 accent-brand-700 dark:accent-brand-300"
                  />
                  <label htmlFor={id} className="cursor-pointer">
                    {option.label}
                  </label>
                </div>
              )
            })}
          </div>
        </fieldset>
      </div>

      <div className="mt-10">
        <Button type="submit" name="intent" value="submit" disabled={pending}>
          {pending ? 'Writing your messages…' : 'Write my messages'}
        </Button>
      </div>
      <p role="status" className="sr-only">
        {pending ? 'Writing your messages' : (view.announce ?? '')}
      </p>
    </form>
  )
}

const errorBorder = (error?: string) =>
  error ? 'border-l-4 border-alert-700 pl-4 dark:border-red-400' : ''

const describedBy = (...ids: (string | false | undefined)[]) =>
  ids.filter(Boolean).join(' ') || undefined

function FieldError({ name, error }: { name: string; error?: string }) {
  if (!error) return null
  return (
    <p id={`${fieldId(name)}-error`} className="font-semibold text-alert-700 dark:text-red-300">
      <span className="sr-only">Error: </span>
      {error}
    </p>
  )
}

const INPUT =
  'w-full rounded-md border-2 border-slate-500 bg-white px-3 py-2 dark:border-slate-400 dark:bg-slate-900'

function FieldFrame({
  name,
  label,
  hint,
  error,
  children,
}: {
  name: string
  label: string
  hint?: string
  error?: string
  children: ReactNode
}) {
  return (
    <div className={`space-y-1 ${errorBorder(error)}`}>
      <label htmlFor={fieldId(name)} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${fieldId(name)}-hint`} className="text-slate-700 dark:text-slate-300">
          {hint}
        </p>
      ) : null}
      <FieldError name={name} error={error} />
      {children}
    </div>
  )
}

function TextInput({
  name,
  label,
  hint,
  value,
  error,
  autoComplete = 'off',
  autoFocus,
  onChange,
}: {
  name: string
  label: string
  hint?: string
  value: string
  error?: string
  autoComplete?: string
  autoFocus?: boolean
  onChange: (value: string) => void
}) {
  const id = fieldId(name)
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error}>
      {/* No maxLength: a paste cut short without a word is worse than an error that says so. */}
      <input
        id={id}
        name={name}
        type="text"
        value={value}
        autoComplete={autoComplete}
        autoFocus={autoFocus}
        spellCheck={false}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
        className={INPUT}
      />
    </FieldFrame>
  )
}

function SelectInput({
  name,
  label,
  options,
  value,
  error,
  onChange,
}: {
  name: string
  label: string
  options: Option[]
  value: string
  error?: string
  onChange: (value: string) => void
}) {
  const id = fieldId(name)
  return (
    <FieldFrame name={name} label={label} error={error}>
      <select
        id={id}
        name={name}
        value={value}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
        className={INPUT}
      >
        <option value="">Choose…</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  )
}

function ProcessRow({
  row,
  index,
  errors,
  removable,
  autoFocus,
  onChange,
}: {
  row: ProcessValues
  index: number
  errors: Record<string, string>
  removable: boolean
  autoFocus: (target: Focus) => boolean
  onChange: (field: keyof ProcessValues, value: string) => void
}) {
  const name = (field: (typeof PROCESS_FIELDS)[number]) => processField(index, field)
  const n = index + 1
  return (
    <fieldset className="space-y-4 rounded-lg border border-slate-300 p-4 dark:border-slate-700">
      <legend className="px-1 text-lg font-semibold">Process {n}</legend>
      <TextInput
        name={name('company')}
        label={LABELS.company}
        value={row.company}
        error={errors[name('company')]}
        autoComplete="off"
        autoFocus={autoFocus(`processes-${index}-company`)}
        onChange={(value) => onChange('company', value)}
      />
      <TextInput
        name={name('role')}
        label={LABELS.role}
        value={row.role}
        error={errors[name('role')]}
        onChange={(value) => onChange('role', value)}
      />
      <TextInput
        name={name('contactName')}
        label={LABELS.contactName}
        value={row.contactName}
        error={errors[name('contactName')]}
        onChange={(value) => onChange('contactName', value)}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectInput
          name={name('stage')}
          label={LABELS.stage}
          options={STAGE_OPTIONS}
          value={row.stage}
          error={errors[name('stage')]}
          onChange={(value) => onChange('stage', value)}
        />
        <SelectInput
          name={name('channel')}
          label={LABELS.channel}
          options={CHANNEL_OPTIONS}
          value={row.channel}
          error={errors[name('channel')]}
          onChange={(value) => onChange('channel', value)}
        />
      </div>
      {removable ? (
        <Button type="submit" name="intent" value={`remove:${index}`} variant="link">
          Remove<span className="sr-only"> process {n}</span>
        </Button>
      ) : null}
    </fieldset>
  )
}

/** The list's answers, carried by the result page so "Change the list" works without scripts. */
/** The form's values as they stand in the page, if someone changed them before React ran. */
function typedBeforeHydration(initial: SeveralState): SeveralValues | undefined {
  if (typeof document === 'undefined' || initial.status !== 'editing') return undefined
  const element = document.querySelector<HTMLFormElement>('form[data-several]')
  if (!element) return undefined
  const values = valuesFromFormData(new FormData(element))
  return JSON.stringify(values) === JSON.stringify(initial.values) ? undefined : values
}

function HiddenValues({ values }: { values: SeveralValues }) {
  return (
    <>
      <input type="hidden" name="yourName" value={values.yourName} />
      <input type="hidden" name="tone" value={values.tone} />
      {values.processes.flatMap((row, i) =>
        PROCESS_FIELDS.map((field) => (
          <input
            key={processField(i, field)}
            type="hidden"
            name={processField(i, field)}
            value={row[field]}
          />
        )),
      )}
    </>
  )
}

const STAGE_LABELS = Object.fromEntries(STAGE_OPTIONS.map((o) => [o.value, o.label]))
const CHANNEL_LABELS = Object.fromEntries(CHANNEL_OPTIONS.map((o) => [o.value, o.label]))

/**
 * One card per process: what to do, why (with the advice behind it), and its words in the
 * planner's own script cards, with the planner's copy and edit controls.
 */
function Results({ result, articles }: { result: SeveralResult; articles: ArticleIndex }) {
  const root = useRef<HTMLDivElement>(null)
  useEffect(
    () =>
      root.current
        ? enhanceScripts(
            root.current,
            result.processes.flatMap((p) => p.scripts),
          )
        : undefined,
    [result],
  )
  // Every script card on the page has its own number, as the copy and edit controls expect.
  const first = result.processes.map((_, i) =>
    result.processes.slice(0, i).reduce((sum, p) => sum + p.scripts.length, 0),
  )
  const slots = slotsNote(slotsIn({ scripts: result.processes.flatMap((p) => p.scripts) }))
  return (
    <>
      {slots ? <p className="mb-6">{slots}</p> : null}
      {/* Outside the words' region: with scripts on, a browser keeps <noscript> as raw text. */}
      <noscript>
        <p className="mb-6">
          With JavaScript off there are no copy buttons: select the words to copy them, or use the
          email links.
        </p>
      </noscript>
      <div ref={root} className="space-y-10">
        {result.processes.map((process, i) => (
          <section
            key={i}
            aria-labelledby={`process-${i}-heading`}
            className="space-y-4 rounded-xl border-2 border-slate-200 p-4 sm:p-6 dark:border-slate-800"
          >
            <div>
              <h2 id={`process-${i}-heading`} className="text-2xl font-semibold break-words">
                {process.company}
                {process.role ? (
                  <span className="font-normal text-slate-700 dark:text-slate-300">
                    {' '}
                    · {process.role}
                  </span>
                ) : null}
              </h2>
              <p className="mt-1 text-sm font-semibold tracking-wide text-brand-700 uppercase dark:text-brand-300">
                {STAGE_LABELS[process.stage]} · {CHANNEL_LABELS[process.channel]}
              </p>
              <p className="mt-2 font-serif text-xl font-bold">{process.headline}</p>
            </div>
            <CitationList items={process.why} articles={articles} tone="why" />
            {process.cautions.length ? (
              <CitationList items={process.cautions} articles={articles} tone="caution" />
            ) : null}
            <div className="space-y-4">
              {process.scripts.map((script, j) => (
                <ScriptWords key={j} script={script} index={first[i]! + j} />
              ))}
            </div>
          </section>
        ))}
      </div>
    </>
  )
}
