import type { Initiative, SourceRecord } from '../../schema/index.ts';
import { canonicalJson } from '../../schema/index.ts';
import type { IndexEntry, Store } from '../../store/index.ts';
import { INDEXES } from '../../store/index.ts';
import { compareSeniority } from '../identity/initiative-id.ts';
import type { MergePolicy } from '../profile/merge-policy.ts';
import type { ResolveSummary } from '../resolver.ts';
import { buildInitiative } from './build-initiative.ts';
import type { ResolvedCluster } from './resolve-clusters.ts';

/** A recomputed part of the graph, ready to replace what the store holds for it. */
export interface GraphUpdate {
  /** The new clusters of every record in the recomputed part. */
  readonly clusters: readonly ResolvedCluster[];
  readonly records: ReadonlyMap<string, SourceRecord>;
  readonly firstSeen: ReadonlyMap<string, string>;
  /** Ids of the initiatives the part belonged to before. */
  readonly previousIds: ReadonlySet<string>;
  readonly policy: MergePolicy;
}

/** The source id of a record key (`<source>:<sourceId>`; source ids hold no colon). */
function sourceOf(key: string): string {
  return key.slice(0, key.indexOf(':'));
}

function entry(index: string, value: string, member: string): IndexEntry {
  return { index, value, member };
}

function indexEntries(
  initiatives: Iterable<{ id: string; members: readonly string[] }>,
): Map<string, IndexEntry> {
  const entries = new Map<string, IndexEntry>();
  const add = (item: IndexEntry) => entries.set(`${item.index}\u0000${item.value}\u0000${item.member}`, item);
  for (const { id, members } of initiatives) {
    for (const key of members) {
      add(entry(INDEXES.members, id, key));
      add(entry(INDEXES.memberOf, key, id));
      add(entry(INDEXES.initiativesBySource, sourceOf(key), id));
    }
  }
  return entries;
}

/**
 * Where an initiative that no longer exists went: the new initiative of its oldest member that still
 * exists, or undefined when none is left.
 */
function successorOf(
  old: Initiative,
  clusterOf: ReadonlyMap<string, string>,
  firstSeen: ReadonlyMap<string, string>,
) {
  const survivors = old.members
    .filter((key) => clusterOf.has(key))
    .map((key) => ({
      key,
      firstSeen: firstSeen.get(key) ?? '9999-12-31T00:00:00Z',
    }))
    .sort(compareSeniority);
  return survivors[0] === undefined ? undefined : clusterOf.get(survivors[0].key);
}

/**
 * Replaces the recomputed part of the graph in the store: writes new and changed initiatives, deletes
 * those that vanished, turns the ids of merged-away initiatives (and their own aliases) into aliases of
 * their successor, and brings the `members`, `member-of` and `initiatives-by-source` indexes up to date.
 */
export async function writeGraph(store: Store, update: GraphUpdate): Promise<ResolveSummary> {
  const previous = new Map<string, Initiative>();
  const oldIds = [...update.previousIds].sort();
  (await store.getInitiatives(oldIds)).forEach((initiative) => {
    if (initiative !== undefined) previous.set(initiative.id, initiative);
  });
  const clusterOf = new Map<string, string>();
  for (const cluster of update.clusters) for (const key of cluster.members) clusterOf.set(key, cluster.id);
  const liveIds = new Set(update.clusters.map((cluster) => cluster.id));

  const aliasesOf = new Map<string, Set<string>>();
  const aliasEntries: { alias: string; id: string }[] = [];
  let merged = 0;
  for (const old of previous.values()) {
    const target = liveIds.has(old.id) ? old.id : successorOf(old, clusterOf, update.firstSeen);
    if (target === undefined) continue;
    const inherited = aliasesOf.get(target) ?? new Set<string>();
    for (const alias of old.aliases) if (!liveIds.has(alias)) inherited.add(alias);
    if (target !== old.id) {
      inherited.add(old.id);
      merged++;
      for (const alias of [old.id, ...old.aliases])
        if (!liveIds.has(alias)) aliasEntries.push({ alias, id: target });
    }
    aliasesOf.set(target, inherited);
  }

  const changed: Initiative[] = [];
  let created = 0;
  let updated = 0;
  const assignments = new Map<string, string>();
  for (const cluster of update.clusters) {
    for (const key of cluster.members) assignments.set(key, cluster.id);
    const initiative = buildInitiative(cluster, {
      records: update.records,
      firstSeen: update.firstSeen,
      aliases: [...(aliasesOf.get(cluster.id) ?? [])].sort(),
      policy: update.policy,
    });
    const before = previous.get(cluster.id);
    if (before === undefined) created++;
    else if (canonicalJson(before) !== canonicalJson(initiative)) updated++;
    else continue;
    changed.push(initiative);
  }

  const oldEntries = indexEntries(previous.values());
  const newEntries = indexEntries(
    update.clusters.map((cluster) => ({
      id: cluster.id,
      members: cluster.members,
    })),
  );
  const stale = [...oldEntries].filter(([id]) => !newEntries.has(id)).map(([, item]) => item);
  const fresh = [...newEntries].filter(([id]) => !oldEntries.has(id)).map(([, item]) => item);
  const vanished = [...previous.keys()].filter((id) => !liveIds.has(id));

  if (changed.length > 0) await store.putInitiatives(changed);
  if (aliasEntries.length > 0) await store.putAliases(aliasEntries);
  if (stale.length > 0) await store.removeIndexEntries(stale);
  if (fresh.length > 0) await store.addIndexEntries(fresh);
  if (vanished.length > 0) await store.deleteInitiatives(vanished);
  return { records: assignments.size, created, updated, merged, assignments };
}
