import type { Initiative, SourceRecord } from '../schema/index.ts';
import type {
  Change,
  HarvestRun,
  IndexEntry,
  PutSourceRecordsResult,
  QuarantineEntry,
  ScanPage,
  ScanSourceRecordsOptions,
  StoreCapabilities,
} from './types.ts';

/**
 * The one storage interface of Knooppunt. Harvest writes through it, subgraphs read through it;
 * every backend (SQLite embedded, Redis shared) passes the same contract suite (`store/contract`).
 *
 * All batch methods take and return arrays in the same order; one call is one round trip to the backend
 * (or one transaction), so callers batch instead of looping.
 *
 * @example
 * const store = await openStore({ backend: 'sqlite', path: './data/knooppunt.db' });
 * await store.putSourceRecords(records);
 * const [first] = await store.getSourceRecords(['betterplace:12345']);
 */
export interface Store {
  /** What this backend can do; see `StoreCapabilities`. */
  readonly capabilities: StoreCapabilities;

  // ---- source records ----

  /**
   * Inserts or replaces source records by `key`. A record whose `contentHash` equals the stored one is
   * reported as unchanged and not rewritten (its `goneAt` is cleared if it was set). Inserted and updated
   * records each append one `sourceRecord` upsert to the change feed. Duplicate keys in one batch: the last wins
   * and the key is reported once.
   */
  putSourceRecords(records: readonly SourceRecord[]): Promise<PutSourceRecordsResult>;

  /** Returns the records for the keys, in order; `undefined` where a key is unknown. */
  getSourceRecords(keys: readonly string[]): Promise<(SourceRecord | undefined)[]>;

  /**
   * Removes source records for good (a GDPR deletion request, a purge); appends a `sourceRecord` delete
   * to the change feed for each key that existed. Returns how many existed.
   */
  deleteSourceRecords(keys: readonly string[]): Promise<number>;

  /**
   * Sets `goneAt` on records a completed full refresh no longer saw; appends an upsert change for each.
   * Unknown keys are ignored, and a record already gone keeps the time it was first missed (no change).
   */
  markSourceRecordsGone(keys: readonly string[], goneAt: string): Promise<void>;

  /** Scans source records in key order (UTF-8 byte order), optionally of one source. */
  scanSourceRecords(options: ScanSourceRecordsOptions): Promise<ScanPage<SourceRecord>>;

  /** Counts source records, of one source or of all. */
  countSourceRecords(source?: string): Promise<number>;

  // ---- initiatives ----

  /** Inserts or replaces initiatives by `id`; appends an `initiative` upsert per initiative to the change feed. */
  putInitiatives(initiatives: readonly Initiative[]): Promise<void>;

  /** Returns the initiatives for the ids, in order; `undefined` where an id is unknown. Does not follow aliases. */
  getInitiatives(ids: readonly string[]): Promise<(Initiative | undefined)[]>;

  /** Removes initiatives (after a merge or purge); appends an `initiative` delete per id that existed. */
  deleteInitiatives(ids: readonly string[]): Promise<void>;

  /** Scans initiatives in id order. */
  scanInitiatives(options: {
    readonly after?: string;
    readonly limit: number;
  }): Promise<ScanPage<Initiative>>;

  /** Counts initiatives. */
  countInitiatives(): Promise<number>;

  /**
   * Records that `alias` (a merged-away initiative id) now resolves to `id`. Re-pointing an alias replaces it;
   * appends an `alias` upsert per entry.
   */
  putAliases(entries: readonly { readonly alias: string; readonly id: string }[]): Promise<void>;

  /** Returns the target id of each alias, in order; `undefined` where it is not an alias. */
  getAliases(aliases: readonly string[]): Promise<(string | undefined)[]>;

  // ---- secondary indexes (blocking keys, joins) ----

  /** Adds index entries; adding an existing entry is a no-op. */
  addIndexEntries(entries: readonly IndexEntry[]): Promise<void>;

  /** Removes index entries; removing a missing entry is a no-op. */
  removeIndexEntries(entries: readonly IndexEntry[]): Promise<void>;

  /**
   * Looks up many values of one index at once: a map from each value to its members (sorted; an empty
   * array for values without members).
   */
  lookupIndex(index: string, values: readonly string[]): Promise<Map<string, string[]>>;

  // ---- connector state ----

  /** Returns the checkpointed state of one stream of one source, or `undefined` before its first checkpoint. */
  getState(source: string, stream: string): Promise<unknown>;

  /** Checkpoints the state of one stream of one source (a JSON value), replacing the previous one. */
  setState(source: string, stream: string, state: unknown): Promise<void>;

  /** Forgets the state of one stream, or of every stream of the source when `stream` is omitted. */
  clearState(source: string, stream?: string): Promise<void>;

  // ---- quarantine ----

  /** Keeps rejected records; an entry with an existing id replaces it. */
  putQuarantine(entries: readonly QuarantineEntry[]): Promise<void>;

  /** Lists quarantined records, newest first, optionally of one source. */
  listQuarantine(options: { readonly source?: string; readonly limit: number }): Promise<QuarantineEntry[]>;

  /** Removes quarantine entries (after a successful retry). */
  deleteQuarantine(ids: readonly string[]): Promise<void>;

  /** Counts quarantined records, of one source or of all. */
  countQuarantine(source?: string): Promise<number>;

  // ---- run history ----

  /** Inserts or replaces a harvest run by `id`. Only the last 100 runs per source are kept. */
  putRun(run: HarvestRun): Promise<void>;

  /** Returns the last runs of a source, newest first. */
  listRuns(source: string, limit: number): Promise<HarvestRun[]>;

  // ---- change feed ----

  /**
   * Returns changes with `seq > afterSeq` in order, at most `limit`. Seqs have no gaps, and backends keep
   * only the most recent changes: a first change with `seq > afterSeq + 1` means the reader must rescan.
   */
  readChanges(afterSeq: number, limit: number): Promise<Change[]>;

  /** The highest `seq` written so far, 0 when the feed is empty. */
  lastSeq(): Promise<number>;

  // ---- leases ----

  /**
   * Takes the lease `name` for `owner` for `ttlMs` milliseconds when nobody holds it (or it expired).
   * Returns true when `owner` holds it afterwards (acquiring a lease one holds extends it).
   * Used so that one source runs on one harvester per tick.
   */
  acquireLease(name: string, owner: string, ttlMs: number): Promise<boolean>;

  /** Extends a lease `owner` holds; false when it lost the lease meanwhile. */
  renewLease(name: string, owner: string, ttlMs: number): Promise<boolean>;

  /** Gives up a lease if `owner` holds it; otherwise does nothing. */
  releaseLease(name: string, owner: string): Promise<void>;

  // ---- lifecycle ----

  /** Closes connections and files; the store is unusable afterwards. */
  close(): Promise<void>;
}
