/*
 * The pages the front door (lib/site/front-door.cjs) renders itself, bundled into one file for
 * Node by scripts/lib/lean-build.mjs (for the build and for the dev server alike).
 */
export { renderAdviceSearchPage } from './advice-search-page'
export { renderSharedPlanPage } from './shared-plan-page'
