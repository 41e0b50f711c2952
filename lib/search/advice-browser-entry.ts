import { enhanceAdviceBrowser } from './advice-browser'

/*
 * The one script of the prerendered advice index and its filter views, bundled by
 * scripts/lib/lean-build.mjs: those pages load no framework, just this.
 */
const root = document.querySelector<HTMLElement>('[data-advice-browser]')
if (root) enhanceAdviceBrowser(root)
