/*
 * The pages the front door (lib/site/front-door.cjs) renders itself, bundled into one file for
 * Node by scripts/standalone.mjs.
 */
export { renderAdviceSearchPage } from './advice-search-page'
export { renderSharedPlanPage } from './shared-plan-page'
