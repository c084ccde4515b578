/** Curated decisions: an administrator's merges and splits, stored durably, winning over the model. */
export { type CurateOptions, CurationError, curateMerge, curateSplit, type SplitResult } from './curate.ts';
export { allDecisions, type CuratedDecision, decisionsFor } from './decisions.ts';
