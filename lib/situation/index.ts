export * from './schema'
export { STAGE_LABELS, type Stage } from './stages'
