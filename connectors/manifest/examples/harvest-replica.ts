import type { ResolvedSource } from '../../../config/index.ts';
import { silentLogger } from '../../../lib/log.ts';
import type { SourceRecord } from '../../../schema/index.ts';
import type { HarvestRun, QuarantineEntry } from '../../../store/index.ts';
import { type CommitResult, type HarvestSink, harvestSource } from '../../runtime/index.ts';
import { createHttpClient, type HttpClient, type JsonValue, type SyncMode } from '../../sdk/index.ts';
import type { ManifestConnector } from '../build-connector.ts';

const USER_AGENT = 'Knooppunt/test (+https://example.org)';

/** A sink that keeps the full records, the quarantine and every checkpoint in memory, for example tests. */
export interface RecordingSink extends HarvestSink {
  readonly records: Map<string, SourceRecord>;
  readonly quarantined: QuarantineEntry[];
  /** Every checkpoint in order, per stream. */
  readonly states: Map<string, JsonValue[]>;
}

/** Creates a `RecordingSink`; `unchanged` counts records whose content hash is already stored, as the store does. */
export function recordingSink(): RecordingSink {
  const records = new Map<string, SourceRecord>();
  const quarantined: QuarantineEntry[] = [];
  const states = new Map<string, JsonValue[]>();
  return {
    records,
    quarantined,
    states,
    async getState(stream) {
      return states.get(stream)?.at(-1);
    },
    async commitPage(stream, page, state): Promise<CommitResult> {
      let stored = 0;
      for (const record of page.records) {
        if (records.get(record.key)?.contentHash !== record.contentHash) stored++;
        records.set(record.key, record);
      }
      quarantined.push(...page.quarantined);
      states.set(stream, [...(states.get(stream) ?? []), state]);
      return { stored, unchanged: page.records.length - stored };
    },
  };
}

/** Options of `harvestReplica`. */
export interface HarvestReplicaOptions {
  readonly connector: ManifestConnector;
  /** The replica server's URL. */
  readonly baseUrl: string;
  /** The source's `options`, validated by the connector's config schema as the configuration would. */
  readonly options?: Record<string, unknown>;
  readonly sink: RecordingSink;
  readonly mode?: SyncMode;
  /** The HTTP client; by default one without a request rate limit, as a loopback replica needs none. */
  readonly http?: HttpClient;
  readonly id?: string;
}

/**
 * Runs one harvest of a manifest connector against a replica over real HTTP, through the same runtime as
 * scheduled harvests (raw validation, mapping, `SourceRecord` validation, quarantine, checkpoints).
 */
export async function harvestReplica(options: HarvestReplicaOptions): Promise<HarvestRun> {
  const { connector } = options;
  const source: ResolvedSource = {
    id: options.id ?? connector.id,
    connector: connector as ResolvedSource['connector'],
    options: connector.config.parse(options.options ?? {}),
    enabled: true,
    schedule: connector.defaultSchedule,
    baseUrl: options.baseUrl,
    priority: 50,
  };
  return harvestSource({
    source,
    sink: options.sink,
    mode: options.mode,
    http: options.http ?? createHttpClient({ userAgent: USER_AGENT, limits: { concurrency: 4 } }),
    log: silentLogger(),
    userAgent: USER_AGENT,
  });
}
