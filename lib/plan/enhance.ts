import type { Plan, Script } from '@/lib/engine'
import { mailtoHref, planToText } from './text'

/*
 * What JavaScript adds to a plan the server rendered (components/plan/plan-view.tsx): the
 * person's own edit of the words, copy buttons, the share sheet and a print button. It is plain
 * DOM code with no framework, so a shared plan's page can load it as one small script of its own
 * (lib/plan/enhance-entry.ts); the planner runs the same function on the plan it shows.
 *
 * Generated words are a first draft of something a person sends under their own name, so each
 * script can be changed before it is copied, mailed or downloaded. Edits stay in this browser tab:
 * they are kept in sessionStorage under the plan's address (so a reload keeps them, a new tab
 * doesn't), never sent to the server and never put in a link.
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

function saveEdits(key: string, edits: Edits) {
  try {
    if (Object.keys(edits).length) sessionStorage.setItem(key, JSON.stringify(edits))
    else sessionStorage.removeItem(key)
  } catch {
    // Storage full or refused (some private modes): the edit still works in this page.
  }
}

const BUTTON =
  'rounded-md border-2 border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50 dark:border-brand-300 dark:text-brand-200 dark:hover:bg-brand-900/40'
const QUIET_BUTTON =
  'rounded-md border-2 border-slate-500 px-3 py-1.5 text-sm font-semibold hover:bg-slate-100 dark:border-slate-400 dark:hover:bg-slate-800'
const FIELD =
  'mt-1 block w-full rounded-md border-2 border-slate-500 bg-white p-2 font-serif text-lg leading-relaxed text-slate-950 focus:border-brand-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 dark:border-slate-400 dark:bg-slate-900 dark:text-slate-50'

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

function button(label: string, className = BUTTON): HTMLButtonElement {
  const node = element('button', className, label)
  node.type = 'button'
  return node
}

/** A copy button and the status beside it that says (to screen readers too) what happened. */
function copyButton(label: string, text: () => string): HTMLElement {
  const wrap = element('span', 'no-print inline-flex items-center gap-2')
  const copy = button(label)
  const status = element('span', 'text-sm font-medium')
  status.setAttribute('role', 'status')
  copy.addEventListener('click', () => {
    navigator.clipboard.writeText(text()).then(
      () => (status.textContent = 'Copied'),
      () => (status.textContent = 'Could not copy: select the text instead'),
    )
  })
  wrap.append(copy, status)
  return wrap
}

/**
 * The edit and copy controls on every script card under `root`: the cards of
 * components/plan/plan-view.tsx (`ScriptWords`), whose `data-script` is an index into `scripts`.
 * A plan and the page that closes several processes share them. Edits are kept in this tab under
 * `key`, or only in this page when there is no key; `onChange` hears of each one. Returns a
 * function that takes the controls away again.
 */
export function enhanceScripts(
  root: HTMLElement,
  scripts: readonly Script[],
  { key, onChange }: { key?: string; onChange?: (edits: Readonly<Edits>) => void } = {},
): () => void {
  const edits = key ? readEdits(key) : {}
  const added: Element[] = []
  const undo: (() => void)[] = []
  const add = <T extends Element>(node: T) => (added.push(node), node)

  const setEdit = (index: number, text: string | undefined) => {
    // Text back to the suggestion is no edit.
    if (text === undefined || text === scripts[index]?.body) delete edits[index]
    else edits[index] = text
    if (key) saveEdits(key, edits)
    onChange?.(edits)
  }

  for (const card of root.querySelectorAll<HTMLElement>('[data-script]')) {
    const index = Number(card.dataset.script)
    const script = scripts[index]
    const words = card.querySelector<HTMLElement>('[data-script-text]')
    const note = card.querySelector<HTMLElement>('[data-script-note]')
    const actions = card.querySelector<HTMLElement>('[data-script-actions]')
    if (!script || !words || !note || !actions) continue
    const mailto = card.querySelector<HTMLAnchorElement>('[data-script-mailto]')
    const fieldId = `script-${index}-words`
    const current = () => edits[index] ?? script.body
    let editor: { box: HTMLElement; field: HTMLTextAreaElement } | undefined

    const edit = button('Edit these words')
    const back = button('Back to the suggested words')
    back.setAttribute('aria-label', `Back to the suggested words: ${script.title}`)

    const render = () => {
      const text = current()
      const edited = edits[index] !== undefined
      words.textContent = text
      words.hidden = editor !== undefined
      note.hidden = !edited || editor !== undefined
      back.hidden = !edited
      if (mailto && script.subject) mailto.href = mailtoHref(script.subject, text)
      const label = editor ? 'Done editing' : 'Edit these words'
      edit.textContent = label
      // The visible words first (WCAG 2.5.3), then which script they act on.
      edit.setAttribute('aria-label', `${label}: ${script.title}`)
      edit.setAttribute('aria-expanded', String(editor !== undefined))
      if (editor) edit.setAttribute('aria-controls', fieldId)
      else edit.removeAttribute('aria-controls')
      if (editor) editor.field.rows = Math.min(18, Math.max(4, text.split('\n').length + 1))
    }

    const openEditor = () => {
      const box = element('div', 'mt-2')
      const label = element('label', 'block text-sm font-semibold', `Your words: ${script.title}`)
      label.htmlFor = fieldId
      const field = element('textarea', FIELD)
      field.id = fieldId
      field.value = current()
      field.addEventListener('input', () => {
        setEdit(index, field.value)
        render()
      })
      box.append(label, field)
      words.after(box)
      editor = { box, field }
      render()
      // Opening the editor puts the cursor in it, at the end, ready to type.
      field.focus()
      field.setSelectionRange(field.value.length, field.value.length)
    }

    const closeEditor = () => {
      editor?.box.remove()
      editor = undefined
      render()
    }

    edit.addEventListener('click', () => (editor ? closeEditor() : openEditor()))
    back.addEventListener('click', () => {
      setEdit(index, undefined)
      if (editor) editor.field.value = script.body
      render()
    })

    const copies = [copyButton(script.subject ? 'Copy the body' : 'Copy', current)]
    if (script.subject) {
      const subject = script.subject
      copies.push(
        copyButton('Copy the subject', () => subject),
        copyButton('Copy both', () => `Subject: ${subject}\n\n${current()}`),
      )
    }
    for (const node of [edit, back, ...copies]) actions.append(add(node))
    render()
    undo.push(() => {
      editor?.box.remove()
      editor = undefined
      words.textContent = script.body
      words.hidden = false
      note.hidden = true
      if (mailto && script.subject) mailto.href = mailtoHref(script.subject, script.body)
    })
  }

  return () => {
    for (const node of added) node.remove()
    for (const step of undo) step()
  }
}

/**
 * Adds the controls to the plan rendered in `root`, and returns a function that takes them away
 * again (for the planner, when it shows another plan).
 */
export function enhancePlan(root: HTMLElement, plan: Plan): () => void {
  const key = `${EDITS_PREFIX}${plan.permalink}`
  let edits: Readonly<Edits> = readEdits(key)
  const added: Element[] = []
  const undo: (() => void)[] = []
  const origin = window.location.origin
  const add = <T extends Element>(node: T) => (added.push(node), node)

  // The .txt download: the server's file of the suggested words, or, once something is edited,
  // the same file made here in the browser with the edits in it (nothing is sent anywhere).
  const download = root.querySelector<HTMLAnchorElement>('[data-download]')
  let objectUrl: string | undefined
  const updateDownload = () => {
    if (!download) return
    if (objectUrl) URL.revokeObjectURL(objectUrl)
    objectUrl = undefined
    const edited = Object.keys(edits).length > 0
    if (edited) {
      const scripts = plan.scripts.map((script, i) => ({
        ...script,
        body: edits[i] ?? script.body,
      }))
      objectUrl = URL.createObjectURL(
        new Blob([planToText({ ...plan, scripts }, origin)], { type: 'text/plain;charset=utf-8' }),
      )
    }
    download.href = objectUrl ?? `${plan.permalink}/plan.txt`
    download.querySelector('[data-download-edited]')?.toggleAttribute('hidden', !edited)
  }

  undo.push(
    enhanceScripts(root, plan.scripts, {
      key,
      onChange: (now) => {
        edits = now
        updateDownload()
      },
    }),
  )

  // The plan's links: the full address to read, and a button to copy it.
  for (const link of root.querySelectorAll<HTMLAnchorElement>('[data-share-link]')) {
    const path = link.getAttribute('href') ?? ''
    link.textContent = `${origin}${path}`
    undo.push(() => (link.textContent = path))
    const slot = link.parentElement?.querySelector<HTMLElement>('[data-copy-slot]')
    if (slot) slot.append(add(copyButton(slot.dataset.copySlot ?? 'Copy link', () => link.href)))
  }

  const sheet = root.querySelector<HTMLElement>('[data-share-sheet]')
  const shareable = sheet?.dataset.shareSheet
  if (sheet && shareable && typeof navigator.share === 'function') {
    const share = button('Share without names…')
    share.addEventListener('click', () => {
      navigator
        .share({ title: 'A plan from Bow Out', url: `${origin}${shareable}` })
        .catch(() => {})
    })
    sheet.append(add(share))
  }

  // Print needs JavaScript to start; without it, the browser's own print command does the same.
  const list = root.querySelector('[data-plan-actions]')
  if (list) {
    const item = add(element('li', ''))
    const print = button('Print this plan', QUIET_BUTTON)
    print.addEventListener('click', () => window.print())
    item.append(print)
    list.append(item)
  }

  updateDownload()
  return () => {
    for (const node of added) node.remove()
    for (const step of undo) step()
    if (objectUrl) URL.revokeObjectURL(objectUrl)
    if (download) download.href = `${plan.permalink}/plan.txt`
    download?.querySelector('[data-download-edited]')?.setAttribute('hidden', '')
  }
}
