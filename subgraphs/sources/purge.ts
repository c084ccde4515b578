import { INDEXES, type Store } from '../../store/index.ts';
import type { Resolver } from '../../resolution/resolver.ts';
import { notFound } from '../shared/errors.ts';

/** What a purge removed. */
export interface PurgeOutcome {
  readonly key: string;
  readonly initiative: string | null;
  readonly initiativeDeleted: boolean;
  readonly quarantineEntriesRemoved: number;
}

/** Quarantine entries are listed in pages of at most this many. */
const QUARANTINE_PAGE = 10_000;

/**
 * Removes a source record and everything derived from it: the record itself, its quarantine entries, and its
 * place in the graph (its initiative is merged again from the other records, or deleted with its indexes when
 * none is left, through the resolver's `remove`). The subgraphs' in-memory and search indexes follow from the
 * change feed.
 */
export async function purgeSourceRecord(
  store: Store,
  resolver: Resolver,
  key: string,
): Promise<PurgeOutcome> {
  const [record] = await store.getSourceRecords([key]);
  if (!record) throw notFound(`no source record ${key}`);
  const initiativeId = (await store.lookupIndex(INDEXES.memberOf, [key])).get(key)?.[0];
  const quarantined = await store.listQuarantine({ source: record.source, limit: QUARANTINE_PAGE });
  const entries = quarantined.filter((entry) => entry.sourceId === record.sourceId).map((entry) => entry.id);
  await store.deleteSourceRecords([key]);
  await resolver.remove([key]);
  if (entries.length > 0) await store.deleteQuarantine(entries);
  const [survivor] = initiativeId ? await store.getInitiatives([initiativeId]) : [undefined];
  const [alias] = initiativeId && !survivor ? await store.getAliases([initiativeId]) : [undefined];
  return {
    key,
    initiative: survivor?.id ?? alias ?? null,
    initiativeDeleted: initiativeId !== undefined && !survivor && !alias,
    quarantineEntriesRemoved: entries.length,
  };
}
