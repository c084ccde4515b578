/**
 * Every Redis key the store uses, built in one place (README.md explains the design). All keys start
 * with the prefix, so one prefix can be listed and purged with SCAN. Names and sources that sit before
 * another part of a key are URI-encoded, so `ix:block:domain:x` cannot be read two ways. Hash tags
 * (`{...}`) appear only where a script touches several keys, which then share one Cluster slot.
 */
export interface RedisKeys {
  /** Hash of one source record: `h` content hash, `j` JSON without goneAt, `s` source, `k` kind, `g` goneAt. */
  record(key: string): string;
  /** Sorted set (all scores 0) of every record key, for key-ordered scans and counts. */
  readonly allRecords: string;
  /** Sorted set (all scores 0) of the record keys of one source. */
  recordsOf(source: string): string;
  /** String: one initiative's JSON. */
  initiative(id: string): string;
  /** Sorted set (all scores 0) of every initiative id. */
  readonly allInitiatives: string;
  /** String: the initiative id an alias resolves to. */
  alias(alias: string): string;
  /** Sorted set (all scores 0) of the members of one index value. */
  index(index: string, value: string): string;
  /** Hash of one source's connector state: stream -> JSON. */
  state(source: string): string;
  /** Hash of one quarantine entry: `s` source, `j` JSON. */
  quarantine(id: string): string;
  /** Sorted set of every quarantine id, scored by its time in ms. */
  readonly quarantineByTime: string;
  /** Sorted set of the quarantine ids of one source, scored by time in ms. */
  quarantineOf(source: string): string;
  /** Hash of one source's runs (id -> JSON); shares a slot with `runOrder` so one script trims both. */
  runs(source: string): string;
  /** Sorted set of one source's run ids, scored by start time in ms. */
  runOrder(source: string): string;
  /** Counter of the change feed; shares a slot with `feedLog` so one script numbers and appends. */
  readonly feedSeq: string;
  /** Stream of the change feed; entry id `<seq>-0`. */
  readonly feedLog: string;
  /** String: the owner of one lease, with the lease's TTL. */
  lease(name: string): string;
}

/** The keys of a store with this prefix (validated by `StoreConfig`: no braces, no glob characters). */
export function redisKeys(prefix: string): RedisKeys {
  const part = encodeURIComponent;
  return {
    record: (key) => `${prefix}:sr:${key}`,
    allRecords: `${prefix}:sr-all`,
    recordsOf: (source) => `${prefix}:sr-src:${part(source)}`,
    initiative: (id) => `${prefix}:ini:${id}`,
    allInitiatives: `${prefix}:ini-all`,
    alias: (alias) => `${prefix}:alias:${alias}`,
    index: (index, value) => `${prefix}:ix:${part(index)}:${value}`,
    state: (source) => `${prefix}:state:${part(source)}`,
    quarantine: (id) => `${prefix}:q:${id}`,
    quarantineByTime: `${prefix}:q-time`,
    quarantineOf: (source) => `${prefix}:q-src:${part(source)}`,
    runs: (source) => `${prefix}:runs:{${part(source)}}`,
    runOrder: (source) => `${prefix}:runs-order:{${part(source)}}`,
    feedSeq: `${prefix}:{feed}:seq`,
    feedLog: `${prefix}:{feed}:log`,
    lease: (name) => `${prefix}:lease:${name}`,
  };
}
