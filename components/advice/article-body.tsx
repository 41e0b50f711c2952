import type { Root } from 'hast'
import { toJsxRuntime } from 'hast-util-to-jsx-runtime'
import { Fragment, jsx, jsxs } from 'react/jsx-runtime'

/** Renders the article's hast tree as React on the server: no HTML strings, no client code. */
export function ArticleBody({ tree }: { tree: Root }) {
  return (
    <div className="prose max-w-none prose-slate dark:prose-invert prose-headings:scroll-mt-4 prose-a:text-brand-700 prose-a:underline-offset-2 dark:prose-a:text-brand-300 prose-blockquote:border-brand-600 prose-blockquote:font-normal prose-blockquote:not-italic">
      {toJsxRuntime(tree, { Fragment, jsx, jsxs })}
    </div>
  )
}
