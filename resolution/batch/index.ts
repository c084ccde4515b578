/** Batch resolution: everything at once, in memory (the `resolve` command and `resolve --all`). */
export {
  type BatchRequest,
  type BatchResult,
  type BatchStage,
  type BatchStats,
  resolveBatch,
} from './batch-resolve.ts';
export { type CandidatePairs, candidatePairs } from './candidate-pairs.ts';
export { createProgress, type Progress } from './progress.ts';
export { parseRecordLine, type RecordLine, readRecordLines } from './read-records.ts';
export { type ResolveAllOptions, type ResolveAllSummary, resolveAllInStore } from './resolve-all.ts';
export {
  type ResolveCommandOptions,
  type ResolveCommandSummary,
  runResolveCommand,
} from './resolve-command.ts';
