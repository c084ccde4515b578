/** The store-backed incremental step: blocking index upkeep and the closure to recompute. Internal to `resolution/`. */
export { updateBlockIndex } from './block-index.ts';
export { type Closure, collectClosure } from './closure.ts';
export { ALL_DECISIONS, RESOLUTION_INDEXES } from './index-names.ts';
export { type LoadedRecord, loadRecords } from './loaded-record.ts';
