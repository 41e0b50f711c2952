'use client'

import { useState } from 'react'
import { useHydrated } from './use-hydrated'

/** Copies `text`; renders nothing without JavaScript, where it could not work. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const hydrated = useHydrated()
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle')
  if (!hydrated) return null

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text)
      setStatus('copied')
    } catch {
      setStatus('failed')
    }
  }

  return (
    <span className="no-print inline-flex items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className="rounded-md border-2 border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50 dark:border-brand-300 dark:text-brand-200 dark:hover:bg-brand-900/40"
      >
        {label}
      </button>
      <span role="status" className="text-sm font-medium">
        {status === 'copied'
          ? 'Copied'
          : status === 'failed'
            ? 'Could not copy: select the text instead'
            : ''}
      </span>
    </span>
  )
}
