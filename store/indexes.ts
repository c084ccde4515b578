/**
 * Names of the secondary indexes the pipeline maintains, in one place so writers and readers agree.
 * Index values are free strings; members are source record keys or initiative ids as noted.
 */
export const INDEXES = {
  /** initiative id -> keys of its member source records (all kinds). */
  members: 'members',
  /** source record key -> the initiative id it resolved to (exactly one member). */
  memberOf: 'member-of',
  /** source id -> initiative ids that have at least one record from it. */
  initiativesBySource: 'initiatives-by-source',
} as const;

/** Prefix of resolution blocking indexes: `block:<rule>` maps a blocking key to record keys. */
export function blockingIndex(rule: string): string {
  return `block:${rule}`;
}
