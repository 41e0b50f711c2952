export { decide, callAdvised, shortNotice } from './decide'
export { createPlan, write, wordingContext, type WriteOptions } from './write'
export { SOURCES } from './sources'
export { VARIABLES, WordingError, type Templates, type WordingContext } from './wording'
export {
  CHANNELS,
  RULES,
  SCRIPT_KINDS,
  VERDICTS,
  type Channel,
  type Citation,
  type CitationKey,
  type Decision,
  type Plan,
  type PlanBody,
  type Rule,
  type Script,
  type ScriptKind,
  type Source,
  type Verdict,
} from './types'
