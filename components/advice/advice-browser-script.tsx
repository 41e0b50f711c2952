'use client'

import { useEffect } from 'react'
import { enhanceAdviceBrowser } from '@/lib/search/advice-browser'

/**
 * The advice index's filters and search in the browser, on pages React renders (the search
 * results page, or any view reached by the client router). It runs the same code the prerendered
 * views load as a script of their own (lib/search/advice-browser-entry.ts). Renders nothing.
 */
export function AdviceBrowserScript() {
  useEffect(() => {
    const root = document.querySelector<HTMLElement>('[data-advice-browser]')
    return root ? enhanceAdviceBrowser(root) : undefined
  }, [])
  return null
}
