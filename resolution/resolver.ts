import type { SourceRecord } from '../schema/index.ts';

/** What one `resolve` call changed in the graph. */
export interface ResolveSummary {
  /** Records resolved in this call. */
  readonly records: number;
  /** Initiatives created. */
  readonly created: number;
  /** Existing initiatives whose members or merged profile changed. */
  readonly updated: number;
  /** Initiatives merged into another (their ids became aliases). */
  readonly merged: number;
  /** Record key -> the initiative id it belongs to now. */
  readonly assignments: ReadonlyMap<string, string>;
}

/**
 * Entity resolution as the harvest runtime uses it: given source records that were just stored (new or
 * changed), decide which initiative each belongs to and write the affected initiatives, aliases and
 * indexes to the store. Implementations must be incremental and order-independent (see resolution/README.md).
 */
export interface Resolver {
  /** Resolves stored source records against the existing graph. */
  resolve(records: readonly SourceRecord[]): Promise<ResolveSummary>;
  /**
   * Takes records out of the graph (they were purged or deleted): their initiatives lose them, are
   * re-merged from the remaining members, or disappear when no member is left.
   */
  remove(keys: readonly string[]): Promise<ResolveSummary>;
}
