import { type RunningGateway, startGateway } from '../../gateway/index.ts';
import { silentLogger } from '../../lib/log.ts';
import { createResolver } from '../../resolution/index.ts';
import {
  type SourceRecord,
  SourceRecord as SourceRecordSchema,
  type Theme,
  withContentHash,
} from '../../schema/index.ts';
import { readSupergraph } from '../../schema/supergraph.ts';
import { openStore, type Store } from '../../store/index.ts';
import {
  createFundingSubgraph,
  createInitiativesSubgraph,
  type RunningSubgraph,
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

/** An in-memory graph: store, resolved records, both subgraphs and the gateway over HTTP. */
export interface TestGraph {
  readonly store: Store;
  readonly gateway: RunningGateway;
  readonly subgraphs: readonly RunningSubgraph[];
  /** The gateway's GraphQL endpoint. */
  readonly url: string;
  close(): Promise<void>;
}

/** Stores and resolves the records, then serves the federated graph over them. */
export async function startTestGraph(
  records: readonly SourceRecord[],
  wrap: (store: Store) => Store = (s) => s,
): Promise<TestGraph> {
  const base = await openStore({ backend: 'sqlite', path: ':memory:' });
  const log = silentLogger();
  await base.putSourceRecords(records);
  await createResolver({ store: base, log }).resolve(records);
  const store = wrap(base);
  const initiatives = createInitiativesSubgraph({ store, log });
  await initiatives.start();
  const subgraphs = [
    await serveSubgraph(initiatives, { store }),
    await serveSubgraph(createFundingSubgraph(), { store }),
  ];
  const gateway = await startGateway({
    supergraph: await readSupergraph(),
    subgraphUrls: Object.fromEntries(subgraphs.map((s) => [s.name, s.url])),
    port: 0,
    log,
  });
  return {
    store,
    gateway,
    subgraphs,
    url: `${gateway.url}/graphql`,
    async close() {
      await gateway.close();
      for (const subgraph of subgraphs) await subgraph.stop();
      await initiatives.stop();
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
