import type { ResolvedSource } from '../../../config/index.ts';
import { silentLogger } from '../../../lib/log.ts';
import type { SourceRecord } from '../../../schema/index.ts';
import { openStore, type HarvestRun, type Store } from '../../../store/index.ts';
import { type ReplicaHandler, startReplicaServer } from '../../replica/index.ts';
import { harvestSource, storeSink } from '../../runtime/index.ts';
import { createHttpClient, type HttpClient } from '../http.ts';
import type { ConnectorDefinition, SyncMode } from '../types.ts';

const USER_AGENT = 'Knooppunt/test (+https://example.org/knooppunt)';

/** Options of `harvestFromReplica`. */
export interface ReplicaHarvestOptions<Config> {
  readonly connector: ConnectorDefinition<Config>;
  /** The replica (wrapped in `withFaults` when the test wants transport faults). */
  readonly handler: ReplicaHandler;
  /** The store the run writes to; reuse it across runs to test incremental and resumed runs. */
  readonly store: Store;
  /** The source's `options` as a configuration file gives them; the connector's schema parses them. */
  readonly options?: Record<string, unknown>;
  readonly mode?: SyncMode;
  /** The configured source id; the connector id by default. */
  readonly source?: string;
  /** Stop after this many fetched records, leaving a checkpoint to resume from. */
  readonly limit?: number;
  /** The HTTP client; by default one that retries fast and has no request rate limit. */
  readonly http?: HttpClient;
}

/** What one harvest against a replica did. */
export interface ReplicaHarvest {
  readonly run: HarvestRun;
  /** Every record of the source in the store after the run, gone ones included, in key order. */
  readonly records: SourceRecord[];
  /** Method, path and query of every request the replica answered, in order. */
  readonly requests: string[];
}

/**
 * Test support: runs one harvest of a connector against its replica over real HTTP, through the same
 * runtime and store sink as scheduled harvests (raw validation, mapping, quarantine, checkpoints, gone
 * records after a full refresh), and returns the run, the stored records and the requests made. Not part
 * of the SDK's public API (it depends on the runtime and the store); connector tests import it directly.
 *
 * @example
 * const store = await openMemoryStore();
 * const { run, records } = await harvestFromReplica({ connector: openstad, handler: createOpenstadReplica(world), store, mode: 'full' });
 */
export async function harvestFromReplica<Config>(
  options: ReplicaHarvestOptions<Config>,
): Promise<ReplicaHarvest> {
  const requests: string[] = [];
  const server = await startReplicaServer((request) => {
    requests.push(`${request.method} ${request.path}${request.url.search}`);
    return options.handler(request);
  });
  try {
    const { connector } = options;
    const id = options.source ?? connector.id;
    const source: ResolvedSource = {
      id,
      connector: connector as unknown as ResolvedSource['connector'],
      options: connector.config.parse(options.options ?? {}),
      enabled: true,
      schedule: connector.defaultSchedule,
      baseUrl: server.url,
      priority: 50,
    };
    const run = await harvestSource({
      source,
      sink: storeSink(options.store, id),
      mode: options.mode,
      limit: options.limit,
      http:
        options.http ??
        createHttpClient({
          userAgent: USER_AGENT,
          backoffBaseMs: 1,
          backoffMaxMs: 5,
          limits: { concurrency: 4 },
        }),
      log: silentLogger(),
      userAgent: USER_AGENT,
    });
    return { run, records: await storedRecords(options.store, id), requests };
  } finally {
    await server.close();
  }
}

/** Every record of a source in a store, gone ones included, in key order. */
export async function storedRecords(store: Store, source: string): Promise<SourceRecord[]> {
  const records: SourceRecord[] = [];
  let after: string | undefined;
  do {
    const page = await store.scanSourceRecords({ source, after, limit: 1000 });
    records.push(...page.items);
    after = page.next;
  } while (after);
  return records;
}

/** An empty SQLite store in memory, as connector tests use. */
export function openMemoryStore(): Promise<Store> {
  return openStore({ backend: 'sqlite', path: ':memory:' });
}
