/** What a backend can do beyond the contract, so callers can pick strategies (e.g. scale-out). */
export interface StoreCapabilities {
  /** Backend name, e.g. `sqlite` or `redis`. */
  readonly backend: string;
  /** True when several processes (harvesters, subgraph replicas) can share this store at once. */
  readonly shared: boolean;
  /** True when data survives a restart of the process. */
  readonly durable: boolean;
}

/** How each record of a `putSourceRecords` batch landed. */
export interface PutSourceRecordsResult {
  /** Keys that were not in the store before. */
  readonly inserted: string[];
  /** Keys whose content hash changed (or that came back after being marked gone). */
  readonly updated: string[];
  /** Keys whose content hash equals the stored one; nothing was written for them. */
  readonly unchanged: string[];
}

/** The entities the change feed reports on. */
export type ChangeEntity = 'sourceRecord' | 'initiative' | 'alias';

/** One entry of the change feed. `seq` grows strictly monotonically across the whole store. */
export interface Change {
  readonly seq: number;
  readonly entity: ChangeEntity;
  /** Source record key, initiative id, or alias id. */
  readonly key: string;
  readonly op: 'upsert' | 'delete';
  /** ISO 8601 time the change was written. */
  readonly at: string;
}

/** A secondary-index entry: `member` is findable under `value` in index `index`. */
export interface IndexEntry {
  /** Index name, e.g. `block:domain` or `members`. See `INDEXES` for the names the pipeline uses. */
  readonly index: string;
  readonly value: string;
  readonly member: string;
}

/** A zod issue as kept in quarantine: the path into the raw payload and what was wrong there. */
export interface QuarantineIssue {
  /** Dotted path into the raw record, e.g. `carrier.name` or `data.3.id`; empty for the root. */
  readonly path: string;
  readonly message: string;
  readonly code?: string;
}

/** A record that failed validation or mapping, kept with everything needed to retry it later. */
export interface QuarantineEntry {
  /** Stable id: `<source>:<stream>:<sourceId or content hash>`; the same bad record quarantined twice is one entry. */
  readonly id: string;
  readonly source: string;
  readonly stream: string;
  /** The record's id on its platform when it could be read. */
  readonly sourceId?: string;
  /** The raw payload exactly as the platform sent it. */
  readonly raw: unknown;
  /** `validation` for a raw-schema rejection, `mapping` when the mapping failed or produced an invalid record. */
  readonly stage: 'validation' | 'mapping';
  readonly issues: readonly QuarantineIssue[];
  /** ISO 8601 time it was quarantined. */
  readonly at: string;
  readonly runId?: string;
}

/** The summary of one harvest run, kept as run history per source. */
export interface HarvestRun {
  readonly id: string;
  readonly source: string;
  readonly connector: string;
  /** `running` while it goes; the final status once it ended. */
  readonly status: 'running' | 'succeeded' | 'failed' | 'cancelled';
  readonly mode: 'incremental' | 'full';
  readonly startedAt: string;
  readonly endedAt?: string;
  readonly pages: number;
  readonly fetched: number;
  readonly stored: number;
  readonly unchanged: number;
  readonly quarantined: number;
  readonly gone: number;
  readonly errors: readonly { readonly type: string; readonly message: string }[];
  readonly durationMs?: number;
}

/** A page of a keyset scan; pass `next` as `after` to continue, absent at the end. */
export interface ScanPage<T> {
  readonly items: T[];
  readonly next?: string;
}

/** Options of a keyset scan over source records. */
export interface ScanSourceRecordsOptions {
  /** Only records of this configured source. */
  readonly source?: string;
  /** Continue after this key (exclusive), as returned in `next`. */
  readonly after?: string;
  /** Page size (at most 10,000). */
  readonly limit: number;
}
