/** Stable initiative ids from the oldest member. Exports here are used across `resolution/`. */
export { compareSeniority, initiativeId, type Seniority } from './initiative-id.ts';
