import DataLoader from 'dataloader';
import type { Initiative, SourceRecord } from '../../schema/index.ts';
import { INDEXES, type Store } from '../../store/index.ts';
import type { SubgraphRole } from './auth.ts';

/** Per-request batch loaders over the store: one round trip per entity type per tick, never one per entity. */
export interface Loaders {
  readonly initiative: DataLoader<string, Initiative | undefined>;
  readonly sourceRecord: DataLoader<string, SourceRecord | undefined>;
  /** Follows aliases: a merged-away id loads the surviving id (or itself when it is no alias). */
  readonly canonicalId: DataLoader<string, string>;
  /** The initiative id a source record resolved to. */
  readonly initiativeOfRecord: DataLoader<string, string | undefined>;
  /** The member source records of an initiative, all kinds. */
  readonly membersOf: DataLoader<string, SourceRecord[]>;
}

/** Creates fresh loaders for one GraphQL request (their caches must not outlive it). */
export function createLoaders(store: Store): Loaders {
  const sourceRecord = new DataLoader<string, SourceRecord | undefined>(
    (keys) => store.getSourceRecords(keys),
    {
      maxBatchSize: 5000,
    },
  );
  return {
    sourceRecord,
    initiative: new DataLoader((ids) => store.getInitiatives(ids), { maxBatchSize: 1000 }),
    canonicalId: new DataLoader(
      async (ids) => {
        const targets = await store.getAliases(ids);
        return ids.map((id, index) => targets[index] ?? id);
      },
      { maxBatchSize: 1000 },
    ),
    initiativeOfRecord: new DataLoader(
      async (keys) => {
        const found = await store.lookupIndex(INDEXES.memberOf, keys);
        return keys.map((key) => found.get(key)?.[0]);
      },
      { maxBatchSize: 5000 },
    ),
    membersOf: new DataLoader(
      async (ids) => {
        const found = await store.lookupIndex(INDEXES.members, ids);
        const keys = [...new Set(ids.flatMap((id) => found.get(id) ?? []))];
        const records = await sourceRecord.loadMany(keys);
        const byKey = new Map(
          records.flatMap((record) =>
            record && !(record instanceof Error) ? [[record.key, record] as const] : [],
          ),
        );
        return ids.map((id) => (found.get(id) ?? []).flatMap((key) => byKey.get(key) ?? []));
      },
      { maxBatchSize: 1000 },
    ),
  };
}

/** The context every subgraph resolver receives. */
export interface SubgraphContext {
  readonly store: Store;
  readonly loaders: Loaders;
  /** The caller's role, as the gateway vouched for it (`roleFromRequest`). */
  readonly role: SubgraphRole;
}
