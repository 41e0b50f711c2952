import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  bootScripts,
  clientModules,
  clientReferences,
  COMPILE_HINT,
  frameworkScripts,
  leanPage,
  paintFirstPage,
  whyNotLean,
  withCompileHint,
} from './lean-pages.mjs'

// The shape of what Next 16 prerenders, cut down: chunk scripts, a preload, the RSC payload
// pushed by inline scripts (client references are its `I[…]` rows), the stylesheet and icon.
const page = (flight, body = '<main><h1>Advice</h1></main>') =>
  [
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
    '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
    '<link rel="modulepreload" href="/_next/static/chunks/m.js"/>',
    '<script src="/_next/static/chunks/c.js" async=""></script>',
    '<script src="/_next/static/chunks/p.js" noModule=""></script>',
    '<link rel="icon" href="/icon.svg" type="image/svg+xml"/>',
    '</head><body>',
    body,
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    `<script>self.__next_f.push([1,"${flight}"])</script>`,
    '</body></html>',
  ].join('')

const INERT = String.raw`3:I[22016,[\"$2\"],\"\"]\n4:I[8821,[\"$2\",\"$5\"],\"default\"]\n5:I[97367,[\"$2\"],\"OutletBoundary\"]`

// Client reference ids and the modules behind them, as a build's manifests list them.
const MODULES = new Map([
  ['22016', 'node_modules/next/dist/client/app-dir/link.js'],
  ['8821', 'app/error.tsx'],
  ['97367', 'node_modules/next/dist/esm/lib/framework/boundary-components.js'],
  ['7', 'components/advice/advice-browser-script.tsx'],
  ['6', 'components/wizard/plan-wizard.tsx'],
  ['67012', 'components/several/several-form.tsx'],
])

describe('lean pages', () => {
  it('finds the client components a page references, by id', () => {
    const html = page(`${INERT}\n6:I[67012,[\\"$2\\",\\"$12\\"],\\"SeveralForm\\"]`)
    expect([...clientReferences(html)].sort()).toEqual(['22016', '67012', '8821', '97367'])
  })

  it('reads the module behind each id from the client reference manifests', () => {
    const manifest = (key, id) =>
      `globalThis.__RSC_MANIFEST["/x/page"] = {"clientModules":{${JSON.stringify(key)}:{"id":${id},"name":"*","chunks":[]}}};`
    const modules = clientModules([
      manifest(
        '[project]/node_modules/next/dist/client/app-dir/link.js <module evaluation>',
        22016,
      ),
      manifest('[project]/components/wizard/plan-wizard.tsx', 6),
    ])
    expect(modules.get('22016')).toBe('node_modules/next/dist/client/app-dir/link.js')
    expect(modules.get('6')).toBe('components/wizard/plan-wizard.tsx')
  })

  it('accepts a page whose client components all come from inert modules', () => {
    expect(whyNotLean(page(INERT), MODULES)).toBeUndefined()
    expect(
      whyNotLean(page(`${INERT}\n7:I[7,[\\"$2\\"],\\"AdviceBrowserScript\\"]`), MODULES),
    ).toBeUndefined()
  })

  it('refuses a page that needs React, by module, whatever the export is called', () => {
    // A default export was let through when the list held export names ('' and 'default').
    for (const name of ['default', '', 'PlanWizard']) {
      const html = page(`${INERT}\n9:I[6,[\\"$2\\"],\\"${name}\\"]`)
      expect(whyNotLean(html, MODULES)).toMatch(/components\/wizard\/plan-wizard\.tsx/)
    }
    // A module the manifests don't name is not taken on trust.
    expect(whyNotLean(page(`${INERT}\n9:I[555,[],\\"default\\"]`), MODULES)).toMatch(
      /unknown module \(id 555\)/,
    )
  })

  it('refuses a page whose content streams in after the first HTML', () => {
    const streamed = page(INERT, '<template id="B:0"></template><div hidden id="S:0">x</div>')
    expect(whyNotLean(streamed, MODULES)).toMatch(/streams/)
    expect(whyNotLean(page(INERT, '<script>$RC("B:0","S:0")</script>'), MODULES)).toMatch(/streams/)
  })

  it('refuses a page with a script of someone else’s that would run, not one of data', () => {
    expect(whyNotLean(page(INERT, '<script>track()</script>'), MODULES)).toMatch(/not Next's/)
    const jsonLd = '<script type="application/ld+json">{"@type":"Article"}</script>'
    expect(whyNotLean(page(INERT, jsonLd), MODULES)).toBeUndefined()
  })

  it("takes out Next's scripts and script preloads, and nothing else", () => {
    const jsonLd = '<script type="application/ld+json">{"@type":"Article"}</script>'
    expect(leanPage(page(INERT, jsonLd))).toContain(jsonLd)
    const lean = leanPage(page(INERT))
    expect(lean).not.toMatch(/<script/i)
    expect(lean).not.toMatch(/__next_f|modulepreload|as="script"/)
    expect(lean).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"')
    expect(lean).toContain('<link rel="icon" href="/icon.svg"')
    expect(lean).toContain('<main><h1>Advice</h1></main>')
  })

  it("puts the page's own scripts, deferred, at the end of its head", () => {
    const lean = leanPage(page(INERT), ['/_next/static/bow-out/advice-X1.js'])
    expect(lean.match(/<script[^>]*>/g)).toEqual([
      '<script src="/_next/static/bow-out/advice-X1.js" defer="">',
    ])
    expect(lean.indexOf('advice-X1.js')).toBeLessThan(lean.indexOf('</head>'))
  })

  it("lists the framework's scripts a page loads", () => {
    expect(frameworkScripts(page(INERT))).toEqual([
      '/_next/static/chunks/c.js',
      '/_next/static/chunks/p.js',
    ])
  })

  it('starts the framework after the first paint on a page React runs', () => {
    const html = paintFirstPage(page(INERT), '/_next/static/bow-out/boot-B1.js')
    // The async scripts and the preloads are gone; the inline payload and noModule stay.
    expect(html).not.toMatch(/<script src="\/_next\/static\/chunks\/c\.js"/)
    expect(html).not.toMatch(/rel="modulepreload"|as="script"/)
    expect(html).toContain('__next_f')
    expect(html).toContain('<script src="/_next/static/chunks/p.js" noModule="">')
    // The boot script, in the head, has the addresses to load.
    const boot =
      /<script src="\/_next\/static\/bow-out\/boot-B1\.js" data-scripts="([^"]*)" defer=""><\/script><\/head>/.exec(
        html,
      )
    expect(JSON.parse(boot[1].replace(/&quot;/g, '"'))).toEqual(['/_next/static/chunks/c.js'])
    // Run again, it changes nothing.
    expect(paintFirstPage(html, '/_next/static/bow-out/boot-B1.js')).toBe(html)
  })

  it('lists the scripts a page React runs starts with, and not the noModule one', () => {
    expect(bootScripts(page(INERT))).toEqual(['/_next/static/chunks/c.js'])
    expect(bootScripts(paintFirstPage(page(INERT), '/boot.js'))).toEqual([])
  })

  it('puts the compile hint first in a script, once', () => {
    const source = '(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push([1,(e)=>{}])'
    const hinted = withCompileHint(source)
    // V8 reads the hint only on the script's first line, as a comment of its own.
    expect(hinted.split('\n')[0]).toBe('//# allFunctionsCalledOnLoad')
    expect(hinted).toBe(`${COMPILE_HINT}\n${source}`)
    expect(withCompileHint(hinted)).toBe(hinted)
  })
})

/*
 * The rewrite on pages captured from a real build (CAPTURE_LEAN_FIXTURE=1 npm run build writes
 * them): the advice index (a lean page with its own script), privacy (lean) and the planner (React).
 */
const FIXTURE = new URL('./__fixtures__/lean-pages/', import.meta.url)
const fixture = (file) => readFileSync(new URL(file, FIXTURE), 'utf8')

describe('on pages from a real build', () => {
  it('was captured from the Next this project uses (recapture it when Next changes)', () => {
    const installed = JSON.parse(
      readFileSync(new URL('../../node_modules/next/package.json', import.meta.url), 'utf8'),
    ).version
    expect(
      JSON.parse(fixture('next-version.json')).next,
      'Next changed: run CAPTURE_LEAN_FIXTURE=1 npm run build, read the diff, and check these tests',
    ).toBe(installed)
  })

  const modulesOf = (name) => clientModules([fixture(`${name}.client-reference-manifest.js`)])

  it('serves privacy and the advice index without the framework, and keeps everything else', () => {
    for (const name of ['privacy', 'advice']) {
      const html = fixture(`${name}.html`)
      expect(whyNotLean(html, modulesOf(name)), name).toBeUndefined()
      expect(frameworkScripts(html).length, name).toBeGreaterThan(3)
      const lean = leanPage(html, ['/_next/static/bow-out/advice-X.js'])
      expect(lean, name).not.toMatch(/__next_f|TURBOPACK|\/_next\/static\/chunks\/[^"]*\.js/)
      expect(
        [...lean.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]),
        name,
      ).toEqual(['<script src="/_next/static/bow-out/advice-X.js" defer="">'])
      expect(lean, name).toMatch(
        /<link rel="stylesheet" href="\/_next\/static\/chunks\/[^"]+\.css"/,
      )
      // The body is the same but for the scripts.
      const text = (doc) => doc.slice(doc.indexOf('<body'), doc.indexOf('</footer>'))
      expect(text(lean), name).toBe(text(html))
      // Structured data added to the page would stay.
      const jsonLd = '<script type="application/ld+json">{"@type":"WebPage"}</script>'
      expect(leanPage(html.replace('</body>', `${jsonLd}</body>`)), name).toContain(jsonLd)
    }
    expect(fixture('advice.html')).toContain('data-advice-browser=""')
  })

  it('refuses the planner, naming its module', () => {
    expect(whyNotLean(fixture('plan.html'), modulesOf('plan'))).toMatch(
      /components\/wizard\/plan-wizard\.tsx/,
    )
  })

  it('starts the planner after its first paint, with every chunk it loads', () => {
    const html = fixture('plan.html')
    const chunks = bootScripts(html)
    expect(chunks.length).toBeGreaterThan(3)
    const rewritten = paintFirstPage(html, '/_next/static/bow-out/boot-B.js')
    const list = /data-scripts="([^"]*)"/.exec(rewritten)?.[1]?.replace(/&quot;/g, '"')
    expect(JSON.parse(list)).toEqual(chunks)
    expect(rewritten).toContain('self.__next_f')
  })
})
