/**
 * Helpers the store backends share so that they behave alike (limits, batch semantics, record encoding).
 * Internal to `store/`: not public API.
 */
export { chunks, distinct, lastWins } from './batch.ts';
export { changesOf, type PendingChange } from './change.ts';
export { encodeJson } from './json-value.ts';
export { checkLimit, checkSeq, checkTtl, MAX_PAGE, RUNS_KEPT } from './limits.ts';
export { toPage } from './page.ts';
export { decodeRecord, type EncodedRecord, encodeRecord } from './record-codec.ts';
export { epochMs } from './time.ts';
