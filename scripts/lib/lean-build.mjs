// The front door's own code, built with esbuild into one folder, the same way for `npm run build`
// (scripts/postbuild.mjs, into .next/bow-out) and for `npm run dev` (lib/site/server.mjs, into
// .next/bow-out-dev, rebuilt on every change):
//   lean-render.cjs   the pages the front door renders (lib/site/lean-render.ts), for Node: React's
//                     server renderer and the app's own modules in one file
//   static/           our scripts for the browser (a shared plan's, the advice index's, and the one
//                     that starts the framework after the first paint), hashed, served by the front
//                     door at /_next/static/bow-out/
//   scripts.json      the address each of those scripts was built to
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, context } from 'esbuild'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
/** Where the front door serves the files in static/ from. */
export const SCRIPT_PREFIX = '/_next/static/bow-out/'

const ENTRIES = {
  plan: 'lib/plan/enhance-entry.ts',
  advice: 'lib/search/advice-browser-entry.ts',
  boot: 'lib/site/boot-after-paint.ts',
}

/** In the server bundle, next/link is a plain link (there is no client router) and server-only is empty. */
const replace = (filter, file) => ({
  name: `replace ${filter}`,
  setup(esbuild) {
    esbuild.onResolve({ filter }, () => ({ path: path.join(ROOT, file) }))
  },
})

/**
 * Builds both bundles into `outdir`. With `onRebuild`, esbuild keeps watching the sources and
 * calls it after each rebuild (the dev server); the returned `dispose` stops it.
 */
export async function buildLean(outdir, { dev = false, onRebuild } = {}) {
  rmSync(outdir, { recursive: true, force: true })
  mkdirSync(outdir, { recursive: true })
  const mode = JSON.stringify(dev ? 'development' : 'production')
  const browser = {
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    bundle: true,
    minify: !dev,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    outdir: path.join(outdir, 'static'),
    entryNames: '[name]-[hash]',
    metafile: true,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': mode },
    plugins: [
      {
        name: 'addresses',
        setup(esbuild) {
          // Each build writes the addresses it made (and clears the old hashed files first).
          esbuild.onStart(() =>
            rmSync(path.join(outdir, 'static'), { recursive: true, force: true }),
          )
          esbuild.onEnd((result) => {
            if (!result.metafile) return
            const scripts = {}
            for (const [file, output] of Object.entries(result.metafile.outputs)) {
              const name = Object.keys(ENTRIES).find((key) => ENTRIES[key] === output.entryPoint)
              if (name) scripts[name] = `${SCRIPT_PREFIX}${path.basename(file)}`
            }
            writeFileSync(
              path.join(outdir, 'scripts.json'),
              `${JSON.stringify(scripts, null, 2)}\n`,
            )
            if (onRebuild && result.errors.length === 0) onRebuild()
          })
        },
      },
    ],
  }
  const server = {
    absWorkingDir: ROOT,
    entryPoints: ['lib/site/lean-render.ts'],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': mode },
    plugins: [
      replace(/^next\/link$/, 'lib/site/plain-link.tsx'),
      replace(/^server-only$/, 'lib/testing/empty.ts'),
      {
        name: 'rebuilt',
        setup(esbuild) {
          esbuild.onEnd((result) => {
            if (onRebuild && result.errors.length === 0) onRebuild()
          })
        },
      },
    ],
    outfile: path.join(outdir, 'lean-render.cjs'),
    logLevel: 'warning',
  }
  if (!onRebuild) {
    await Promise.all([build(browser), build(server)])
    return { dispose: async () => {} }
  }
  const contexts = await Promise.all([context(browser), context(server)])
  await Promise.all(contexts.map((ctx) => ctx.rebuild()))
  await Promise.all(contexts.map((ctx) => ctx.watch()))
  return { dispose: () => Promise.all(contexts.map((ctx) => ctx.dispose())) }
}
