/** Reading whole-list exports as resumable, incremental pages. Public API of the SDK. */
export { type SnapshotFetch, type SnapshotPagesOptions, snapshotPages } from './snapshot-pages.ts';
export { idSortKey, planSnapshot, type SnapshotPlan, SnapshotState } from './snapshot-state.ts';
