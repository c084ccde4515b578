import type { Logger } from '../lib/log.ts';
import type { SourceRecord } from '../schema/index.ts';
import type { Store } from '../store/index.ts';
import type { RecordFeatures } from './features/record-features.ts';
import { recordFeatures } from './features/record-features.ts';
import { resolveClusters } from './graph/resolve-clusters.ts';
import { writeGraph } from './graph/write-graph.ts';
import { updateBlockIndex } from './incremental/block-index.ts';
import { collectClosure } from './incremental/closure.ts';
import { RESOLUTION_INDEXES } from './incremental/index-names.ts';
import { capsOf, ResolutionOptions, type ResolutionOptionsInput } from './options.ts';
import type { Resolver, ResolveSummary } from './resolver.ts';
import { createScorer, type MatchModel } from './scoring/model.ts';

/** What `createResolver` needs. */
export interface CreateResolverOptions {
  readonly store: Store;
  readonly options?: ResolutionOptionsInput;
  readonly log: Logger;
  /** A match model other than the trained default, e.g. in tests. */
  readonly model?: MatchModel;
}

/**
 * Creates the store-backed incremental resolver the harvest runtime calls after each stored page.
 * Each call recomputes exactly the part of the graph the changed records can affect (see README), so
 * resolving records one page at a time, in any order, gives the same initiatives as resolving them at once.
 *
 * @example
 * const resolver = createResolver({ store, log });
 * await store.putSourceRecords(page);
 * const { assignments } = await resolver.resolve(page);
 */
export function createResolver({ store, options, log, model }: CreateResolverOptions): Resolver {
  const settings = ResolutionOptions.parse(options ?? {});
  const scorer = createScorer(model);
  const caps = capsOf(settings);
  const step = { store, scorer, caps };

  async function recompute(
    seeds: Iterable<string>,
    keys: readonly string[],
    removed: ReadonlySet<string> = new Set(),
  ): Promise<ResolveSummary> {
    const closure = await collectClosure(step, seeds, removed);
    const clusters = resolveClusters({
      records: [...closure.records.values()].map((loaded) => loaded.features),
      links: closure.links,
      decisions: closure.decisions,
      scorer,
    });
    const summary = await writeGraph(store, {
      clusters,
      records: new Map([...closure.records].map(([key, loaded]) => [key, loaded.record])),
      firstSeen: new Map([...closure.records].map(([key, loaded]) => [key, loaded.features.firstSeen])),
      previousIds: new Set(closure.previous.values()),
      policy: settings.mergePolicy,
    });
    const assignments = new Map<string, string>();
    for (const key of keys) {
      const id = summary.assignments.get(key);
      if (id !== undefined) assignments.set(key, id);
    }
    log.debug(
      {
        records: keys.length,
        closure: closure.records.size,
        created: summary.created,
        updated: summary.updated,
        merged: summary.merged,
      },
      'resolved',
    );
    return { ...summary, records: keys.length, assignments };
  }

  return {
    async resolve(records: readonly SourceRecord[]): Promise<ResolveSummary> {
      const latest = new Map(records.map((record) => [record.key, record]));
      const keys = [...latest.keys()];
      const seen = await store.lookupIndex(RESOLUTION_INDEXES.firstSeen, keys);
      const fresh = keys.filter((key) => (seen.get(key) ?? []).length === 0);
      if (fresh.length > 0) {
        await store.addIndexEntries(
          fresh.map((key) => ({
            index: RESOLUTION_INDEXES.firstSeen,
            value: key,
            member: latest.get(key)!.harvestedAt,
          })),
        );
      }
      const changes = new Map<string, RecordFeatures>();
      for (const [key, record] of latest)
        changes.set(key, recordFeatures(record, seen.get(key)?.[0] ?? record.harvestedAt));
      const flipped = await updateBlockIndex(store, changes, caps);
      return recompute([...keys, ...flipped], keys);
    },

    async remove(keys: readonly string[]): Promise<ResolveSummary> {
      const unique = [...new Set(keys)];
      const flipped = await updateBlockIndex(store, new Map(unique.map((key) => [key, undefined])), caps);
      const seen = await store.lookupIndex(RESOLUTION_INDEXES.firstSeen, unique);
      const stale = unique.flatMap((key) =>
        (seen.get(key) ?? []).map((member) => ({
          index: RESOLUTION_INDEXES.firstSeen,
          value: key,
          member,
        })),
      );
      const summary = await recompute([...unique, ...flipped], [], new Set(unique));
      if (stale.length > 0) await store.removeIndexEntries(stale);
      return { ...summary, records: unique.length };
    },
  };
}
