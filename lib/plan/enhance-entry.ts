import type { Plan } from '@/lib/engine'
import { enhancePlan } from './enhance'

/*
 * The one script of a shared plan's lean page (lib/site/shared-plan-page.tsx), bundled by
 * scripts/lib/lean-build.mjs: it reads the plan the page carries as JSON and adds the controls.
 */
const data = document.getElementById('plan-data')
const root = document.querySelector<HTMLElement>('[data-plan]')
if (data?.textContent && root) enhancePlan(root, JSON.parse(data.textContent) as Plan)
