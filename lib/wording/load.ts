import 'server-only'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { compileCatalog, type Catalog } from './catalog'
import { MESSAGE_IDS } from './message-ids'

/** Where the English messages live; each `*.mf2` file holds a group of them. */
export const MESSAGES_DIR = path.join(process.cwd(), 'content', 'messages', 'en')

/** The files of a message folder, by the path errors should show. */
export function readMessageFiles(dir = MESSAGES_DIR): Map<string, string> {
  const files = new Map<string, string>()
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.mf2'))
    .sort()) {
    files.set(
      path.relative(process.cwd(), path.join(dir, name)),
      readFileSync(path.join(dir, name), 'utf8'),
    )
  }
  return files
}

let cached: Catalog | undefined

/**
 * Every message, compiled once per process. A malformed file, an unknown argument, a selector
 * the words may not use, or a message the code names but no file has, throws a CatalogError
 * naming the file and line; `npm run build` runs the same check first (scripts/messages.mjs).
 */
export function loadCatalog(): Catalog {
  cached ??= compileCatalog(readMessageFiles(), MESSAGE_IDS)
  return cached
}
