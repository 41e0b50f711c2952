import { readFileSync } from 'node:fs'
import path from 'node:path'

/*
 * What the build says it made, read from the build the tests' server serves: the tests check the
 * served pages against it.
 */

const read = (file: string): unknown =>
  JSON.parse(readFileSync(path.join(process.cwd(), '.next', file), 'utf8'))

/** Next's list of the pages it prerendered. */
export const prerenderManifest = () =>
  read('prerender-manifest.json') as {
    routes: Record<string, { initialRevalidateSeconds: number | false }>
  }

/**
 * What scripts/postbuild.mjs did: the pages served without the framework, and the framework's
 * scripts (the ones every page React runs loads, taken out of those pages).
 */
export const leanPages = () =>
  read('bow-out/lean-pages.json') as { routes: string[]; framework: string[] }
