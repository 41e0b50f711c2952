export { decide } from './decide'
export { callAdvised, shortNotice } from './facts'
export { SOURCES } from './sources'
export {
  CHANNELS,
  RULES,
  SCRIPT_KINDS,
  VERDICTS,
  type Channel,
  type Citation,
  type CitedMessage,
  type Decision,
  type Part,
  type Plan,
  type PlanBody,
  type Rule,
  type Script,
  type ScriptKind,
  type ScriptPlan,
  type Source,
  type Verdict,
} from './types'
