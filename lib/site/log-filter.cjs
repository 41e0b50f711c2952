// @ts-check
'use strict'
/*
 * Next logs some errors with a piece of what was sent: an action it cannot find is named. The
 * rule here is that a log line may say what went wrong and where, never what was sent, so these
 * messages have the quoted request text replaced before they are written. This file is the one
 * place that is done: lib/site/server.mjs calls `filterConsole()` before Next is started.
 */
const REDACTIONS = [
  [
    /(?:Unexpected token .{1,4}, )?"(?:[^"\\]|\\.)*"(?:\.{3})? is not valid JSON/g,
    'the text sent is not valid JSON',
  ],
  [/Received "(?:[^"\\]|\\.)*"/g, 'Received [withheld]'],
  [/Server Action "(?:[^"\\]|\\.)*"/g, 'Server Action [withheld]'],
  [/header with value `[^`]*`/g, 'header with value [withheld]'],
  [/valid image for \S+/g, 'valid image for [withheld]'],
  [/\binput: '(?:[^'\\]|\\.)*'/g, "input: '[withheld]'"],
  [/(Request body exceeded \S+) for \S+/g, '$1 for [withheld]'],
]

/** @param {string} text */
function redactText(text) {
  let out = text
  for (const [pattern, replacement] of REDACTIONS) {
    out = out.replace(/** @type {RegExp} */ (pattern), /** @type {string} */ (replacement))
  }
  return out
}

/** A log argument with request text withheld; errors are copied, never changed in place. */
function redact(/** @type {unknown} */ arg) {
  if (typeof arg === 'string') return redactText(arg)
  if (arg instanceof Error) {
    const copy = new Error(redactText(arg.message))
    copy.name = arg.name
    copy.stack = redactText(arg.stack ?? '')
    for (const [key, value] of Object.entries(arg)) {
      ;/** @type {Record<string, unknown>} */ (/** @type {unknown} */ (copy))[key] =
        typeof value === 'string' ? redactText(value) : value
    }
    return copy
  }
  return arg
}

/** Every console line this process writes passes through `redact` (Next logs with console.*). */
function filterConsole() {
  for (const level of /** @type {const} */ (['error', 'warn', 'log', 'info'])) {
    const write = console[level]
    console[level] = (...args) => write(...args.map(redact))
  }
}

module.exports = { filterConsole, redact }
