import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ANONYMOUS_LABEL, NAMED_LABEL, ShareBox, shareLinks } from './share-box'

const named = '/s/1named-Dana-Acme'
const anonymous = '/s/1anonymous'

/** Renders as the server does, props unchecked, as a caller outside the type checker might. */
function render(props: Record<string, unknown>): string {
  return renderToStaticMarkup(
    createElement(
      ShareBox as (props: Record<string, unknown>) => ReturnType<typeof ShareBox>,
      props,
    ),
  )
}

/** The link under each label, in the order they appear. */
function sections(html: string): { label: string; href: string }[] {
  return [...html.matchAll(/<p class="font-semibold">(.*?)<\/p><a href="([^"]*)"/g)].map(
    ([, label, href]) => ({ label: label!, href: href! }),
  )
}

const escaped = (label: string) =>
  renderToStaticMarkup(createElement('p', null, label)).slice(3, -4)

describe('share box', () => {
  it('shows the named link and, under its own label, the one without names', () => {
    const html = render({ permalink: named, anonymousPermalink: anonymous })
    expect(sections(html)).toEqual([
      { label: escaped(NAMED_LABEL), href: named },
      { label: escaped(ANONYMOUS_LABEL), href: anonymous },
    ])
  })

  it.each([
    ['missing', {}],
    ['undefined', { anonymousPermalink: undefined }],
    ['null', { anonymousPermalink: null }],
    ['empty', { anonymousPermalink: '' }],
  ])('never puts the named link under "without names" when that prop is %s', (_, extra) => {
    const html = render({ permalink: named, ...extra })
    expect(sections(html)).toEqual([{ label: escaped(NAMED_LABEL), href: named }])
    expect(html).not.toContain(escaped(ANONYMOUS_LABEL))
    expect(html).not.toContain('without names')
    // The named link appears once, under its own label, and nowhere else.
    expect(html.split(named)).toHaveLength(3) // href and visible text
  })

  it('shows one link when the plan has no names to leave out', () => {
    const html = render({ permalink: anonymous, anonymousPermalink: anonymous })
    expect(sections(html)).toEqual([{ label: escaped(NAMED_LABEL), href: anonymous }])
  })
})

describe('what the share sheet sends', () => {
  it('is the link without names', () => {
    expect(shareLinks(named, anonymous).shareable).toBe(anonymous)
    expect(shareLinks(anonymous, anonymous).shareable).toBe(anonymous)
  })

  it('is nothing, never the named link, when the link without names is missing', () => {
    for (const missing of [undefined, null, '', 0]) {
      const { links, shareable } = shareLinks(named, missing as unknown as string)
      expect(shareable).toBeUndefined()
      expect(links).toEqual([{ label: NAMED_LABEL, path: named, copy: 'Copy link' }])
    }
  })
})
