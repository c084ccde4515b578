import { type RunningGateway, ServerConfig, startGateway } from '../../gateway/index.ts';
import { silentLogger } from '../../lib/log.ts';
import { createResolver, type Resolver } from '../../resolution/index.ts';
import {
  type SourceRecord,
  SourceRecord as SourceRecordSchema,
  type Theme,
  withContentHash,
} from '../../schema/index.ts';
import { readSupergraph } from '../../schema/supergraph.ts';
import { openStore, type Store } from '../../store/index.ts';
import { graphql } from '../../test/support/processes.ts';
import {
  createInternalToken,
  createSubgraphs,
  type RunningSubgraph,
  type SourceInfo,
  type SourcesAdmin,
  type SubgraphModule,
  serveSubgraph,
} from '../index.ts';

const TOWNS = [
  { locality: 'Utrecht', municipality: { code: 'GM0344', name: 'Utrecht' } },
  { locality: 'Amsterdam', municipality: { code: 'GM0363', name: 'Amsterdam' } },
  { locality: 'Rotterdam', municipality: { code: 'GM0599', name: 'Rotterdam' } },
] as const;
const THEMES: readonly Theme[][] = [['food', 'poverty'], ['energy'], ['culture', 'youth']];
const WORDS = ['Zonnig', 'Groen', 'Samen', 'Sterk', 'Warm', 'Vrij', 'Rijk', 'Licht', 'Open', 'Wijs'];

/**
 * Campaign records of `count` distinct initiatives (each with its own KvK number, so resolution keeps them
 * apart), `campaignsEach` campaigns per initiative, from source `source`.
 */
export function campaignRecords(count: number, campaignsEach = 2, source = 'betterplace'): SourceRecord[] {
  const records: SourceRecord[] = [];
  for (let i = 0; i < count; i++) {
    const town = TOWNS[i % TOWNS.length]!;
    const name = `Stichting ${WORDS[i % 10]} ${WORDS[Math.floor(i / 10) % 10]} ${town.locality}`;
    for (let c = 0; c < campaignsEach; c++) {
      const sourceId = String(1000 + i * campaignsEach + c);
      records.push(
        SourceRecordSchema.parse(
          withContentHash({
            key: `${source}:${sourceId}`,
            source,
            sourceId,
            kind: 'campaign',
            url: `https://www.betterplace.org/de/projects/${sourceId}`,
            harvestedAt: '2026-11-20T03:00:00Z',
            initiative: {
              name,
              identifiers: [{ scheme: 'NL-KVK', id: String(60_000_000 + i) }],
              themes: THEMES[i % THEMES.length],
              location: { ...town, country: 'NL' },
            },
            campaign: {
              title: `Actie ${c + 1} van ${name}`,
              goal: { minor: 100_000 * (c + 1), currency: 'EUR' },
              raised: { minor: 25_000 * (c + 1), currency: 'EUR' },
              backers: 10 + c,
              startsOn: `2025-0${c + 1}-15`,
              status: 'open',
            },
          }),
        ),
      );
    }
  }
  return records;
}

/**
 * Opportunity records for the initiatives of `campaignRecords(count)` (same names and KvK numbers, so they
 * resolve to the same initiatives), `each` per initiative, from source `source`.
 */
export function opportunityRecords(count: number, each = 1, source = 'nlvoorelkaar'): SourceRecord[] {
  const records: SourceRecord[] = [];
  for (let i = 0; i < count; i++) {
    const town = TOWNS[i % TOWNS.length]!;
    const name = `Stichting ${WORDS[i % 10]} ${WORDS[Math.floor(i / 10) % 10]} ${town.locality}`;
    for (let o = 0; o < each; o++) {
      const sourceId = String(5000 + i * each + o);
      records.push(
        SourceRecordSchema.parse(
          withContentHash({
            key: `${source}:${sourceId}`,
            source,
            sourceId,
            kind: 'opportunity',
            harvestedAt: '2026-11-20T03:00:00Z',
            initiative: {
              name,
              identifiers: [{ scheme: 'NL-KVK', id: String(60_000_000 + i) }],
              location: { ...town, country: 'NL' },
            },
            opportunity: {
              title: `Vrijwilliger ${o + 1} bij ${name}`,
              skills: ['Koken'],
              remote: false,
              status: 'open',
            },
          }),
        ),
      );
    }
  }
  return records;
}

/** The API keys the test graph's gateway knows (at least 24 characters, as the configuration demands). */
export const TEST_KEYS = {
  admin: 'test-admin-key-0123456789abcdef',
  reader: 'test-reader-key-0123456789abcdef',
} as const;

/** Options of `startTestGraph`. */
export interface TestGraphOptions {
  /** Wraps the store that requests read (not the one the indexes load from), e.g. with `countingStore`. */
  readonly wrap?: (store: Store) => Store;
  /** The configured sources; by default one per source id of the records, named like their connector. */
  readonly sources?: readonly SourceInfo[];
  /** What the admin mutations act through; by default the resolver, a recording `runHarvest` and `retryQuarantine`. */
  readonly admin?: SourcesAdmin;
  /** Change-feed poll interval of the indexes in ms (50 by default, so tests see changes quickly). */
  readonly pollMs?: number;
}

/** An in-memory graph: store, resolved records, every subgraph and the gateway over HTTP. */
export interface TestGraph {
  readonly store: Store;
  readonly resolver: Resolver;
  readonly gateway: RunningGateway;
  readonly subgraphs: readonly RunningSubgraph[];
  /** The subgraph modules, for `executeOperation` through `createSubgraphServer`. */
  readonly modules: readonly SubgraphModule[];
  /** The gateway's GraphQL endpoint. */
  readonly url: string;
  /** Sources `runHarvest` was asked for, in order (with the default admin). */
  readonly harvests: string[];
  /** Posts a query to the gateway; `role` sends the matching test API key. */
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    role?: keyof typeof TEST_KEYS,
  ): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  close(): Promise<void>;
}

/** Stores and resolves the records, then serves the federated graph over them (rate limits off, test keys on). */
export async function startTestGraph(
  records: readonly SourceRecord[],
  options: TestGraphOptions = {},
): Promise<TestGraph> {
  const base = await openStore({ backend: 'sqlite', path: ':memory:' });
  const log = silentLogger();
  await base.putSourceRecords(records);
  const resolver = createResolver({ store: base, log });
  await resolver.resolve(records);
  const store = options.wrap?.(base) ?? base;
  const harvests: string[] = [];
  const sources =
    options.sources ??
    [...new Set(records.map((record) => record.source))].sort().map((id) => ({
      id,
      connector: id,
      kind: 'directory',
      enabled: true,
      schedule: '0 3 * * *',
    }));
  const admin: SourcesAdmin = options.admin ?? {
    resolver,
    runHarvest: async (source) => void harvests.push(source),
    retryQuarantine: async () => ({ fixed: 0, stillFailing: 0, skipped: 0 }),
  };
  const built = await createSubgraphs({ store: base, log, sources, admin, pollMs: options.pollMs ?? 50 });
  const internalToken = createInternalToken();
  const subgraphs: RunningSubgraph[] = [];
  for (const module of built.modules) subgraphs.push(await serveSubgraph(module, { store, internalToken }));
  const gateway = await startGateway({
    supergraph: await readSupergraph(),
    subgraphUrls: Object.fromEntries(subgraphs.map((s) => [s.name, s.url])),
    server: ServerConfig.parse({
      auth: {
        apiKeys: {
          admin: { role: 'admin', key: TEST_KEYS.admin },
          reader: { role: 'reader', key: TEST_KEYS.reader },
        },
      },
      rateLimit: { enabled: false },
    }),
    port: 0,
    internalToken,
    log,
  });
  const url = `${gateway.url}/graphql`;
  return {
    store,
    resolver,
    gateway,
    subgraphs,
    modules: built.modules,
    url,
    harvests,
    query: (query, variables = {}, role) =>
      graphql(url, query, variables, role ? { authorization: `Bearer ${TEST_KEYS[role]}` } : {}),
    async close() {
      await gateway.close();
      for (const subgraph of subgraphs) await subgraph.stop();
      await built.stop();
      await base.close();
    },
  };
}

/** Wraps a store so that every call of its methods is counted by method name. */
export function countingStore(store: Store, counts: Map<string, number>): Store {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        counts.set(String(property), (counts.get(String(property)) ?? 0) + 1);
        return value.apply(target, args);
      };
    },
  });
}
