'use client'

import { startTransition, useActionState, useEffect, useReducer, type FormEvent } from 'react'
import { useForm, useWatch, type FieldErrors, type Path, type Resolver } from 'react-hook-form'
import dynamic from 'next/dynamic'
import Link from 'next/link'
import type { ArticleIndex } from '@/components/plan/plan-view'
import { Button, ChoiceField, ErrorSummary } from '@/components/ui/fields'
import type { Frames } from '@/lib/wording/frames'
import { FramedTextField } from './framed-text-field'
import { useHydrated } from '@/components/ui/use-hydrated'
import { clearEdits } from '@/lib/plan/enhance'
import { INPUT_LIMITS, type FormValues } from '@/lib/situation/form'
import { answerLabel, QUESTIONS, STEP_INTROS, STEP_TITLES } from '@/lib/wizard/questions'
import { initialState, type EditingState, type WizardState } from '@/lib/wizard/state'
import { shown, viewReducer } from '@/lib/wizard/view'
import {
  STORAGE_KEY,
  useEarlyAnswers,
  useFocusRequest,
  useSavedAnswers,
  useStepHistory,
  valueAt,
} from './use-wizard'
import { applicableSteps, firstStepWithErrors, stepFields } from '@/lib/wizard/steps'

// Validation (zod and the shared schema) is most of the planner's JavaScript, and nothing needs
// it until the first answer: load it on first focus, or at the latest on the first Continue.
const loadValidation = () => import('@/lib/wizard/validation')
const lazyResolver: Resolver<FormValues> = async (values, context, options) =>
  (await loadValidation()).resolver(values, context, options)

// The result view (scripts, copy, share and delivery links) is needed only once there is a plan.
// It loads when the check page shows, so the first steps download less; a server render (no
// JavaScript) still includes it.
const loadPlanView = () => import('@/components/plan/enhanced-plan-view')
const PlanView = dynamic(() => loadPlanView().then((m) => m.EnhancedPlanView))

const FIELD_NAMES = Object.keys(QUESTIONS)

function flatten(errors: FieldErrors, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, error] of Object.entries(errors)) {
    if (!error) continue
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof error.message === 'string') out[path] = error.message
    else Object.assign(out, flatten(error as FieldErrors, path))
  }
  return out
}

/** Answers kept for this tab only, so a reload or the back button loses nothing. */
type Props = {
  /** The server action the form posts to (app/plan/actions.ts), passed in by the route. */
  action: (previous: WizardState, formData: FormData) => Promise<WizardState>
  initial: WizardState
  articles: ArticleIndex
  /** A stage chosen by the link that opened the wizard (an article's "get your words"). */
  linkedStage?: string
  /** Opened from a shared plan's "Edit these answers": those answers win over this tab's. */
  prefilled?: boolean
  /** The sentence each free-text answer goes into (lib/wording/frames.ts). */
  frames?: Frames
}

export function PlanWizard({
  action,
  initial,
  articles,
  linkedStage,
  prefilled = false,
  frames,
}: Props) {
  const hydrated = useHydrated()
  const [server, formAction, pending] = useActionState(action, initial, '/plan')
  const [local, dispatch] = useReducer(viewReducer, null)
  const view = shown(local, server)

  const form = useForm<FormValues>({
    defaultValues: view.values,
    resolver: lazyResolver,
    shouldUnregister: false,
  })
  const values = useWatch({ control: form.control }) as FormValues

  const { headingRef, summaryRef, requestFocus } = useFocusRequest(server)
  useStepHistory({ form, server, view: local, dispatch, onMove: () => requestFocus('heading') })
  const show = (state: WizardState) => dispatch({ type: 'show', base: server, state })

  const snapshot = JSON.stringify({ values, step: view.status === 'editing' ? view.step : 'check' })
  useSavedAnswers({ initial, server, form, dispatch, snapshot, linkedStage, prefilled })
  useEarlyAnswers({ initial, form, prefilled })

  // Fetch the result view while the person reads their answers, so the plan shows at once.
  const onCheckPage = view.status === 'editing' && view.step === 'check'
  useEffect(() => {
    if (onCheckPage) void loadPlanView()
  }, [onCheckPage])

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const formElement = event.currentTarget
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null
    const intent = submitter?.value ?? 'next'
    const current: EditingState =
      view.status === 'editing'
        ? { ...view, values: form.getValues() }
        : { status: 'editing', step: 'check', values: form.getValues(), errors: {} }

    const { validateStep } = await loadValidation()
    if (intent === 'clear') {
      sessionStorage.removeItem(STORAGE_KEY)
      clearEdits()
      form.reset(initialState().values)
      dispatch({ type: 'intent', base: server, current, intent, validate: validateStep })
      requestFocus('heading')
      return
    }
    if (intent === 'submit') {
      if (!(await form.trigger())) {
        const errors = validateStep(current.values, 'check')
        show({
          ...current,
          step: firstStepWithErrors(current.values, errors),
          returnTo: 'check',
          errors,
        })
        requestFocus('summary')
        return
      }
      const data = new FormData(formElement, submitter)
      startTransition(() => formAction(data))
      return
    }
    if (
      intent === 'next' &&
      !(await form.trigger(stepFields(current.step, current.values) as Path<FormValues>[]))
    ) {
      requestFocus('summary')
      return
    }
    form.clearErrors()
    dispatch({ type: 'intent', base: server, current, intent, validate: validateStep })
    requestFocus('heading')
  }

  if (view.status === 'done') {
    return (
      <form
        action={formAction}
        onSubmit={onSubmit}
        noValidate
        data-hydrated={hydrated || undefined}
      >
        <HiddenValues values={values} except={[]} />
        <input type="hidden" name="step" value="check" />
        <h1
          ref={headingRef}
          tabIndex={-1}
          className="mb-6 text-3xl font-bold tracking-tight outline-none sm:text-4xl"
        >
          Your plan
        </h1>
        <PlanView
          plan={view.plan}
          articles={articles}
          anonymousPermalink={view.anonymousPermalink}
        />
        <div className="no-print mt-10 flex flex-wrap gap-3">
          <Button type="submit" name="intent" value="change:check" variant="secondary">
            Change my answers
          </Button>
          <Button type="submit" name="intent" value="clear" variant="secondary">
            Start again
          </Button>
        </div>
      </form>
    )
  }

  const steps = applicableSteps(values)
  const position = steps.indexOf(view.step) + 1
  const fields = stepFields(view.step, values)
  const rhfErrors = flatten(form.formState.errors)
  const errors = Object.fromEntries(
    Object.entries(Object.keys(rhfErrors).length ? rhfErrors : view.errors).filter(
      ([name]) =>
        view.step === 'check' || fields.some((f) => name === f || name.startsWith(`${f}.`)),
    ),
  )
  const intro = STEP_INTROS[view.step]

  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      onFocusCapture={() => void loadValidation()}
      data-planner=""
      noValidate
      className="max-w-2xl"
      // Marks the form as hydrated, so tests (and nothing else) can wait for it: a click before
      // React has hydrated would be a full no-JS post.
      data-hydrated={hydrated || undefined}
    >
      <ErrorSummary ref={summaryRef} errors={errors} />
      <h1
        ref={headingRef}
        tabIndex={-1}
        className="mb-6 text-3xl font-bold tracking-tight outline-none sm:text-4xl"
      >
        <span className="mb-1 block text-base font-medium text-slate-700 dark:text-slate-300">
          Step {Math.max(position, 1)} of {steps.length}
        </span>
        {STEP_TITLES[view.step]}
      </h1>
      {intro ? <p className="mb-6 text-lg text-slate-700 dark:text-slate-300">{intro}</p> : null}
      {view.step === 'stage' ? (
        <p className="mb-6 text-slate-700 dark:text-slate-300">
          Accepted a job elsewhere, with other applications still open?{' '}
          <Link
            prefetch={false}
            href="/plan/several"
            className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300"
          >
            Close them all on one page
          </Link>
          .
        </p>
      ) : null}

      <input type="hidden" name="step" value={view.step} />
      {view.returnTo ? <input type="hidden" name="returnTo" value={view.returnTo} /> : null}
      <HiddenValues values={values} except={fields} />

      {view.step === 'check' ? (
        <CheckAnswers values={values} />
      ) : (
        <div className="space-y-8">
          {fields.map((name) => {
            const question = QUESTIONS[name]!
            return question.kind === 'text' ? (
              <FramedTextField
                key={name}
                frames={frames}
                control={form.control}
                name={name}
                label={question.label}
                hint={question.hint}
                value={valueAt(values, name) as string}
                maxLength={INPUT_LIMITS[name]}
                autoComplete={question.autoComplete}
                error={errors[name]}
                register={form.register}
              />
            ) : (
              <ChoiceField
                key={name}
                name={name}
                type={question.kind}
                legend={
                  values.stage === 'accepted' && question.legendAccepted
                    ? question.legendAccepted
                    : question.legend
                }
                hint={question.hint}
                options={question.options}
                selected={valueAt(values, name)}
                error={
                  errors[name] ??
                  Object.entries(errors).find(([k]) => k.startsWith(`${name}.`))?.[1]
                }
                register={form.register}
              />
            )
          })}
        </div>
      )}

      <div className="mt-10 flex flex-wrap items-center gap-3">
        {view.step === 'check' ? (
          <Button type="submit" name="intent" value="submit" disabled={pending}>
            {pending ? 'Writing your plan…' : 'Get my plan'}
          </Button>
        ) : (
          <Button type="submit" name="intent" value="next">
            {view.returnTo ? 'Save and go back' : 'Continue'}
          </Button>
        )}
        {position > 1 ? (
          <Button type="submit" name="intent" value="back" variant="secondary">
            Back
          </Button>
        ) : null}
      </div>
      <p role="status" className="sr-only">
        {pending ? 'Writing your plan' : ''}
      </p>
      <div className="mt-10 border-t border-slate-200 pt-4 dark:border-slate-800">
        <Button type="submit" name="intent" value="clear" variant="link">
          Clear my answers
        </Button>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          Your answers stay in this browser tab until you close it, and are sent only when you ask
          for your plan.
        </p>
      </div>
    </form>
  )
}

function HiddenValues({ values, except }: { values: FormValues; except: string[] }) {
  return (
    <>
      {FIELD_NAMES.filter((name) => !except.includes(name)).flatMap((name) => {
        const value = valueAt(values, name)
        const list = Array.isArray(value) ? value : value ? [value] : []
        return list.map((v) => <input key={`${name}=${v}`} type="hidden" name={name} value={v} />)
      })}
    </>
  )
}

function CheckAnswers({ values }: { values: FormValues }) {
  const steps = applicableSteps(values).filter((id) => id !== 'check')
  return (
    <div className="space-y-8">
      {steps.map((step) => (
        <section key={step} aria-labelledby={`check-${step}`}>
          <h2 id={`check-${step}`} className="mb-2 text-xl font-semibold">
            {STEP_TITLES[step]}
          </h2>
          <dl className="divide-y divide-slate-200 border-y border-slate-200 dark:divide-slate-800 dark:border-slate-800">
            {stepFields(step, values).map((name) => {
              const question = QUESTIONS[name]!
              const answer = answerLabel(name, valueAt(values, name))
              return (
                <div key={name} className="grid gap-1 py-3 sm:grid-cols-[1fr_1.5fr_auto] sm:gap-4">
                  <dt className="font-semibold">{question.summary}</dt>
                  <dd className="break-words">
                    {answer || (
                      <span className="text-slate-700 dark:text-slate-300">Not given</span>
                    )}
                  </dd>
                  <dd>
                    <Button type="submit" name="intent" value={`change:${step}`} variant="link">
                      Change<span className="sr-only"> {question.summary.toLowerCase()}</span>
                    </Button>
                  </dd>
                </div>
              )
            })}
          </dl>
        </section>
      ))}
    </div>
  )
}
