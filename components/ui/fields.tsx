import { forwardRef, type ComponentPropsWithoutRef } from 'react'
import type { UseFormRegister } from 'react-hook-form'
import type { FormValues } from '@/lib/situation/form'
import type { Option } from '@/lib/wizard/questions'

/** "details.referral.name" → "details-referral-name": ids for labels, hints, errors and links. */
export const fieldId = (name: string) => name.replace(/\./g, '-')

type Register = UseFormRegister<FormValues>
type Name = Parameters<Register>[0]

function describedBy(name: string, hint?: string, error?: string) {
  const ids = [hint && `${fieldId(name)}-hint`, error && `${fieldId(name)}-error`].filter(Boolean)
  return ids.length ? ids.join(' ') : undefined
}

function Hint({ name, hint }: { name: string; hint?: string }) {
  if (!hint) return null
  return (
    <p id={`${fieldId(name)}-hint`} className="text-slate-700 dark:text-slate-300">
      {hint}
    </p>
  )
}

function ErrorMessage({ name, error }: { name: string; error?: string }) {
  if (!error) return null
  return (
    <p id={`${fieldId(name)}-error`} className="font-semibold text-alert-700 dark:text-red-300">
      <span className="sr-only">Error: </span>
      {error}
    </p>
  )
}

type ChoiceProps = {
  name: string
  type: 'radio' | 'checkbox'
  legend: string
  hint?: string
  options: Option[]
  selected: string | string[]
  error?: string
  register: Register
}

export function ChoiceField({
  name,
  type,
  legend,
  hint,
  options,
  selected,
  error,
  register,
}: ChoiceProps) {
  const chosen = Array.isArray(selected) ? selected : [selected]
  return (
    <fieldset
      aria-describedby={describedBy(name, hint, error)}
      className={`space-y-3 ${error ? 'border-l-4 border-alert-700 pl-4 dark:border-red-400' : ''}`}
    >
      <legend className="mb-1 text-lg font-semibold">{legend}</legend>
      <Hint name={name} hint={hint} />
      <ErrorMessage name={name} error={error} />
      <div className="space-y-2">
        {options.map((option, i) => {
          // The first option carries the field's id, so the error summary can link to it.
          const id = i === 0 ? fieldId(name) : `${fieldId(name)}-${option.value}`
          return (
            <div key={option.value} className="flex gap-3">
              <input
                id={id}
                type={type}
                value={option.value}
                defaultChecked={chosen.includes(option.value)}
                aria-describedby={option.hint ? `${id}-hint` : undefined}
                className="mt-0.5 size-6 shrink-0 accent-brand-700 dark:accent-brand-300"
                {...register(name as Name)}
              />
              <label htmlFor={id} className="cursor-pointer">
                {option.label}
                {option.hint ? (
                  <span
                    id={`${id}-hint`}
                    className="block text-sm text-slate-700 dark:text-slate-300"
                  >
                    {option.hint}
                  </span>
                ) : null}
              </label>
            </div>
          )
        })}
      </div>
    </fieldset>
  )
}

type TextProps = {
  name: string
  label: string
  hint?: string
  /** The sentence the answer goes into, with "…" where it goes: shown with or without JS. */
  frame?: string
  /** That sentence with the answer as typed so far (JavaScript only). */
  preview?: { text: string; leftOut: boolean }
  value: string
  maxLength?: number
  error?: string
  autoComplete?: string
  register: Register
}

export function TextField({
  name,
  label,
  hint,
  frame,
  preview,
  value,
  maxLength,
  error,
  autoComplete,
  register,
}: TextProps) {
  return (
    <div
      className={`space-y-1 ${error ? 'border-l-4 border-alert-700 pl-4 dark:border-red-400' : ''}`}
    >
      <label htmlFor={fieldId(name)} className="block font-semibold">
        {label}
      </label>
      <Hint name={name} hint={hint} />
      {frame ? (
        <p id={`${fieldId(name)}-frame`} className="text-slate-700 dark:text-slate-300">
          It goes into a sentence like: <q className="font-serif">{frame}</q>
        </p>
      ) : null}
      <ErrorMessage name={name} error={error} />
      <input
        id={fieldId(name)}
        type="text"
        defaultValue={value}
        maxLength={maxLength}
        autoComplete={autoComplete ?? 'off'}
        aria-describedby={
          [describedBy(name, hint, error), frame && `${fieldId(name)}-frame`]
            .filter(Boolean)
            .join(' ') || undefined
        }
        aria-invalid={error ? true : undefined}
        className="w-full max-w-xl rounded-md border-2 border-slate-500 bg-white px-3 py-2 dark:border-slate-400 dark:bg-slate-900"
        {...register(name as Name)}
      />
      {preview?.text ? (
        <p className="text-sm text-slate-800 dark:text-slate-200">
          <span className="font-semibold">Preview: </span>
          <span className="font-serif">{preview.text}</span>
          {preview.leftOut ? (
            <span className="block font-semibold text-alert-700 dark:text-red-300">
              As typed, this doesn’t fit the sentence, so it would be left out. A few words that
              finish the sentence work best.
            </span>
          ) : null}
        </p>
      ) : null}
    </div>
  )
}

export const ErrorSummary = forwardRef<
  HTMLDivElement,
  {
    errors: Record<string, string>
    id?: string
    /** Focus it as the page loads: how it takes focus when scripts are off. */
    autoFocus?: boolean
  }
>(function ErrorSummary({ errors, id, autoFocus }, ref) {
  const entries = Object.entries(errors)
  if (!entries.length) return null
  return (
    <div
      ref={ref}
      id={id}
      autoFocus={autoFocus}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-8 rounded-md border-4 border-alert-700 p-4 outline-none focus:ring-4 focus:ring-brand-300 dark:border-red-400"
    >
      <h2 id="error-summary-title" className="text-lg font-bold">
        There is a problem
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {entries.map(([name, message]) => (
          <li key={name}>
            <a
              href={`#${fieldId(name)}`}
              className="font-semibold text-alert-700 underline dark:text-red-300"
            >
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
})

export function Button({
  variant = 'primary',
  className = '',
  ...props
}: ComponentPropsWithoutRef<'button'> & { variant?: 'primary' | 'secondary' | 'link' }) {
  const styles = {
    primary:
      'rounded-md bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800 dark:hover:bg-brand-200 disabled:opacity-60 dark:bg-brand-300 dark:text-slate-950',
    secondary:
      'rounded-md border-2 border-slate-500 px-5 py-3 font-semibold hover:bg-slate-100 dark:border-slate-400 dark:hover:bg-slate-800',
    link: 'font-semibold text-brand-700 underline underline-offset-2 dark:text-brand-300',
  }
  return <button {...props} className={`${styles[variant]} ${className}`} />
}
