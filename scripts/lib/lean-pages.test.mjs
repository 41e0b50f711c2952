import { describe, expect, it } from 'vitest'
import {
  bootScripts,
  clientComponents,
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

describe('lean pages', () => {
  it('finds the client components a page references', () => {
    const html = page(`${INERT}\n6:I[67012,[\\"$2\\",\\"$12\\"],\\"SeveralForm\\"]`)
    expect([...clientComponents(html)].sort()).toEqual([
      '',
      'OutletBoundary',
      'SeveralForm',
      'default',
    ])
  })

  it('follows a name written once and referred to after', () => {
    const html = page(
      String.raw`15:\"ViewportBoundary\"\n16:I[97367,[\"$2\"],\"$15\"]\n18:\"PlanWizard\"\n19:I[5,[\"$2\"],\"$18\"]`,
    )
    expect([...clientComponents(html)].sort()).toEqual(['PlanWizard', 'ViewportBoundary'])
  })

  it('accepts a page whose client components are all inert without React', () => {
    expect(whyNotLean(page(INERT))).toBeUndefined()
    expect(
      whyNotLean(page(`${INERT}\n7:I[1,[\\"$2\\"],\\"AdviceBrowserScript\\"]`)),
    ).toBeUndefined()
  })

  it('refuses a page that needs React, and names what needs it', () => {
    expect(whyNotLean(page(`${INERT}\n6:I[6,[\\"$2\\"],\\"PlanWizard\\"]`))).toMatch(/PlanWizard/)
  })

  it('refuses a page whose content streams in after the first HTML', () => {
    const streamed = page(INERT, '<template id="B:0"></template><div hidden id="S:0">x</div>')
    expect(whyNotLean(streamed)).toMatch(/streams/)
    expect(whyNotLean(page(INERT, '<script>$RC("B:0","S:0")</script>'))).toMatch(/streams/)
  })

  it('takes out every script and script preload, and nothing else', () => {
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
