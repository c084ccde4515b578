/**
 * Indexes only resolution reads and writes, next to the shared ones in `store/indexes.ts`.
 * Internal to `resolution/`.
 */
export const RESOLUTION_INDEXES = {
  /** record key -> the time the hub first saw it (one member, an ISO 8601 string). */
  firstSeen: 'resolution:first-seen',
  /** record key -> its blocking keys as `<rule>=<value>`, so a changed record's old keys can be removed. */
  blockKeys: 'resolution:block-keys',
  /** curated decision id -> its records, as `<side>:<key>` (side 0 or 1; merges use side 0 only). */
  decision: 'curation:decision',
  /** record key -> the curated decisions it takes part in. */
  decisionsOf: 'curation:decisions-of',
  /** `all` -> every curated decision id, for a full re-resolution. */
  decisions: 'curation:all',
} as const;

/** The single value of the `curation:all` index. */
export const ALL_DECISIONS = 'all';
