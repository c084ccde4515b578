/** The store: one interface, two backends. Exports here are public API. */
export type { Store } from './store.ts';
export type * from './types.ts';
export { blockingIndex, INDEXES } from './indexes.ts';
