import type { Logger } from '../../lib/log.ts';
import type { SourceRecord } from '../../schema/index.ts';
import type { Store } from '../../store/index.ts';
import { INDEXES } from '../../store/index.ts';
import { UnionFind } from '../clustering/union-find.ts';
import { allDecisions } from '../curation/decisions.ts';
import { type RecordFeatures, recordFeatures } from '../features/record-features.ts';
import type { ResolvedCluster } from '../graph/resolve-clusters.ts';
import { writeGraph } from '../graph/write-graph.ts';
import { updateBlockIndex } from '../incremental/block-index.ts';
import { RESOLUTION_INDEXES } from '../incremental/index-names.ts';
import type { BucketCaps } from '../blocking/rules.ts';
import { capsOf, ResolutionOptions, type ResolutionOptionsInput } from '../options.ts';
import { createScorer, type MatchModel } from '../scoring/model.ts';
import { type BatchStats, resolveBatch } from './batch-resolve.ts';
import { createProgress } from './progress.ts';

/** Options of `knooppunt resolve --all`. */
export interface ResolveAllOptions {
  readonly store: Store;
  readonly log: Logger;
  readonly progress: boolean;
  readonly options?: ResolutionOptionsInput;
  readonly model?: MatchModel;
}

/** What `resolveAllInStore` did. */
export interface ResolveAllSummary extends BatchStats {
  readonly created: number;
  readonly updated: number;
  readonly merged: number;
  /** Initiatives deleted because none of their records is left. */
  readonly deleted: number;
  readonly durationMs: number;
}

/** Records read and written per store round trip. */
const PAGE = 5000;

async function readAll(
  store: Store,
  caps: BucketCaps,
  onPage: (done: number) => void,
): Promise<RecordFeatures[]> {
  const features: RecordFeatures[] = [];
  let after: string | undefined;
  do {
    const page = await store.scanSourceRecords({
      limit: PAGE,
      ...(after === undefined ? {} : { after }),
    });
    const keys = page.items.map((record) => record.key);
    const seen = await store.lookupIndex(RESOLUTION_INDEXES.firstSeen, keys);
    const fresh = page.items.filter((record) => (seen.get(record.key) ?? []).length === 0);
    if (fresh.length > 0) {
      await store.addIndexEntries(
        fresh.map((record) => ({
          index: RESOLUTION_INDEXES.firstSeen,
          value: record.key,
          member: record.harvestedAt,
        })),
      );
    }
    const changes = new Map<string, RecordFeatures>();
    for (const record of page.items) {
      const item = recordFeatures(record, seen.get(record.key)?.[0] ?? record.harvestedAt);
      features.push(item);
      changes.set(record.key, item);
    }
    // Keeps the blocking indexes right for the incremental resolver that runs after this.
    await updateBlockIndex(store, changes, caps);
    after = page.next;
    onPage(features.length);
  } while (after !== undefined);
  return features;
}

/**
 * Groups clusters that must be written together: those sharing a former initiative, so each write sees
 * every part an old initiative went to (for its aliases) in one go.
 */
async function writeGroups(
  store: Store,
  clusters: readonly ResolvedCluster[],
): Promise<{ groups: ResolvedCluster[][]; previous: Map<string, string> }> {
  const previous = new Map<string, string>();
  const keys = clusters.flatMap((cluster) => cluster.members);
  for (let start = 0; start < keys.length; start += PAGE) {
    const found = await store.lookupIndex(INDEXES.memberOf, keys.slice(start, start + PAGE));
    for (const [key, ids] of found) if (ids[0] !== undefined) previous.set(key, ids[0]);
  }
  const sets = new UnionFind(clusters.length);
  const byOldId = new Map<string, number>();
  clusters.forEach((cluster, i) => {
    for (const key of cluster.members) {
      const old = previous.get(key);
      if (old === undefined) continue;
      const first = byOldId.get(old);
      if (first === undefined) byOldId.set(old, i);
      else sets.attach(first, i);
    }
  });
  const groups = new Map<number, ResolvedCluster[]>();
  clusters.forEach((cluster, i) => {
    const root = sets.find(i);
    const group = groups.get(root);
    if (group === undefined) groups.set(root, [cluster]);
    else group.push(cluster);
  });
  return { groups: [...groups.values()], previous };
}

/**
 * Runs `knooppunt resolve --all`: re-resolves every source record in the store at once and writes the
 * initiatives, aliases and indexes. Gives the same initiatives as incremental resolution of the same
 * records in any order; initiatives left without records are deleted.
 */
export async function resolveAllInStore(options: ResolveAllOptions): Promise<ResolveAllSummary> {
  const started = Date.now();
  const { store, log } = options;
  const settings = ResolutionOptions.parse(options.options ?? {});
  const progress = createProgress({ enabled: options.progress, log });
  const features = await readAll(store, capsOf(settings), (done) => progress.update('reading', done));
  const firstSeen = new Map(features.map((item) => [item.key, item.firstSeen]));
  const result = resolveBatch({
    records: features,
    decisions: await allDecisions(store),
    scorer: createScorer(options.model),
    caps: capsOf(settings),
    explain: true,
    progress: (stage, done, total) => progress.update(stage, done, total),
  });
  const { groups, previous } = await writeGroups(store, result.clusters);
  let created = 0;
  let updated = 0;
  let merged = 0;
  let batch: ResolvedCluster[] = [];
  let batchRecords = 0;
  let written = 0;
  const flush = async () => {
    const keys = batch.flatMap((cluster) => cluster.members);
    const records = new Map<string, SourceRecord>();
    for (const record of await store.getSourceRecords(keys))
      if (record !== undefined) records.set(record.key, record);
    const summary = await writeGraph(store, {
      clusters: batch,
      records,
      firstSeen,
      previousIds: new Set(keys.map((key) => previous.get(key)).filter((id) => id !== undefined)),
      policy: settings.mergePolicy,
    });
    created += summary.created;
    updated += summary.updated;
    merged += summary.merged;
    written += batch.length;
    progress.update('writing', written, result.clusters.length);
    batch = [];
    batchRecords = 0;
  };
  for (const group of groups) {
    batch.push(...group);
    for (const cluster of group) batchRecords += cluster.members.length;
    if (batchRecords >= PAGE) await flush();
  }
  if (batch.length > 0) await flush();
  const deleted = await deleteOrphans(
    store,
    new Set(result.clusters.map((cluster) => cluster.id)),
    settings.mergePolicy,
  );
  progress.finish();
  const summary = {
    ...result.stats,
    created,
    updated,
    merged,
    deleted,
    durationMs: Date.now() - started,
  };
  log.info(summary, 'resolve --all finished');
  return summary;
}

/** Deletes initiatives none of whose records exists any more, with their index entries. */
async function deleteOrphans(
  store: Store,
  live: ReadonlySet<string>,
  policy: ResolutionOptions['mergePolicy'],
): Promise<number> {
  const orphans: string[] = [];
  let after: string | undefined;
  do {
    const page = await store.scanInitiatives({
      limit: PAGE,
      ...(after === undefined ? {} : { after }),
    });
    for (const initiative of page.items) if (!live.has(initiative.id)) orphans.push(initiative.id);
    after = page.next;
  } while (after !== undefined);
  for (let start = 0; start < orphans.length; start += PAGE) {
    await writeGraph(store, {
      clusters: [],
      records: new Map(),
      firstSeen: new Map(),
      previousIds: new Set(orphans.slice(start, start + PAGE)),
      policy,
    });
  }
  return orphans.length;
}
