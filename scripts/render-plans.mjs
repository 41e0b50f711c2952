// Renders the plans for a file of situations to Markdown, as the golden plans are rendered
// (lib/testing/golden/render.ts): for reading plans the tests were not written from, as a career
// coach would. `npm run plans -- situations.json > plans.md`, where the file holds
// [{ "label": "…", "situation": { …a Situation… } }]. A situation the schema refuses is listed
// with its errors instead of a plan.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const file = process.argv[2]
if (!file) {
  console.error('Usage: npm run plans -- <situations.json>')
  process.exit(2)
}
const root = path.resolve(import.meta.dirname, '..')
// Inside node_modules, so the bundle's own imports (zod, messageformat) resolve as the app's do.
mkdirSync(path.join(root, 'node_modules/.cache'), { recursive: true })
const out = mkdtempSync(path.join(root, 'node_modules/.cache/bow-out-plans-'))
try {
  await build({
    stdin: {
      contents: [
        "export { situationSchema, fieldErrors } from '@/lib/situation'",
        "export { loadCatalog } from '@/lib/wording/load'",
        "export { tracePlan } from '@/lib/wording/write'",
        "export { renderPlan } from '@/lib/testing/golden/render'",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // The catalogue loader is server code; here it runs in Node on its own.
    plugins: [
      {
        name: 'server-only',
        setup(esbuild) {
          esbuild.onResolve({ filter: /^server-only$/ }, () => ({
            path: path.join(root, 'lib/testing/empty.ts'),
          }))
        },
      },
    ],
    outfile: path.join(out, 'plans.mjs'),
    logLevel: 'warning',
  })
  const { situationSchema, fieldErrors, loadCatalog, tracePlan, renderPlan } = await import(
    pathToFileURL(path.join(out, 'plans.mjs')).href
  )
  const catalog = loadCatalog()
  const items = JSON.parse(readFileSync(file, 'utf8'))
  const parts = ['# Plans', '', `Rendered by scripts/render-plans.mjs from ${file}.`, '']
  for (const [i, { label, situation }] of items.entries()) {
    const parsed = situationSchema.safeParse(situation)
    const title = `${i + 1}. ${label ?? 'Untitled'}`
    if (!parsed.success) {
      parts.push(`## ${title}`, '', 'Refused by the schema:', '')
      for (const [field, message] of Object.entries(fieldErrors(parsed.error)))
        parts.push(`- ${field}: ${message}`)
      parts.push('')
      continue
    }
    const { plan, trace } = tracePlan(parsed.data, catalog)
    parts.push(renderPlan(title, situation, plan, trace))
  }
  writeFileSync(1, parts.join('\n'))
} finally {
  rmSync(out, { recursive: true, force: true })
}
