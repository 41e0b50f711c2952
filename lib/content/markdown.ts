import type { Element, Root } from 'hast'
import { toString } from 'hast-util-to-string'
import rehypeAutolinkHeadings from 'rehype-autolink-headings'
import rehypeSlug from 'rehype-slug'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'

export type TocEntry = { id: string; text: string; depth: 2 | 3 }
export type RenderedMarkdown = { tree: Root; toc: TocEntry[]; text: string; words: number }

// remark-rehype without `allowDangerousHtml` drops raw HTML from the Markdown, so nothing in
// content/ can inject markup. rehype-slug gives headings GitHub-style ids (github-slugger): the
// engine cites them, so they only change when a heading's words change, and tests catch that.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSlug)
  .use(rehypeAutolinkHeadings, { behavior: 'wrap', properties: { className: ['heading-link'] } })

export function renderMarkdown(markdown: string): RenderedMarkdown {
  const tree = processor.runSync(processor.parse(markdown)) as Root
  const toc: TocEntry[] = []
  for (const node of tree.children) {
    if (node.type !== 'element' || (node.tagName !== 'h2' && node.tagName !== 'h3')) continue
    const id = (node as Element).properties.id
    if (typeof id === 'string') {
      toc.push({ id, text: toString(node), depth: node.tagName === 'h2' ? 2 : 3 })
    }
  }
  const text = toString(tree).replace(/\s+/g, ' ').trim()
  return { tree, toc, text, words: text ? text.split(' ').length : 0 }
}

/** Minutes at an unhurried 220 words a minute, never less than one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 220))
}
