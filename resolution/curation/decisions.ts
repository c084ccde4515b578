import type { IndexEntry, Store } from '../../store/index.ts';
import type { SplitMark } from '../clustering/constrained-clustering.ts';
import { ALL_DECISIONS, RESOLUTION_INDEXES } from '../incremental/index-names.ts';

/** A curated decision as stored: a merge (one group that must stay together) or a split (two sides kept apart). */
export interface CuratedDecision {
  readonly id: string;
  readonly kind: 'merge' | 'split';
  /** Record keys per side; a merge has only side 0. */
  readonly sides: readonly [readonly string[], readonly string[]];
}

/** The curated decisions that bear on a set of records, ready for clustering. */
export interface CuratedConstraints {
  readonly decisions: readonly CuratedDecision[];
  /** Record key -> the splits it takes part in. */
  readonly marks: ReadonlyMap<string, readonly SplitMark[]>;
}

function kindOf(id: string): 'merge' | 'split' {
  return id.startsWith('merge:') ? 'merge' : 'split';
}

/** Reads decisions by id from the store. */
export async function readDecisions(store: Store, ids: readonly string[]): Promise<CuratedDecision[]> {
  if (ids.length === 0) return [];
  const entries = await store.lookupIndex(RESOLUTION_INDEXES.decision, ids);
  return [...ids].sort().map((id) => {
    const sides: [string[], string[]] = [[], []];
    for (const member of entries.get(id) ?? []) sides[member.startsWith('1:') ? 1 : 0].push(member.slice(2));
    return { id, kind: kindOf(id), sides };
  });
}

/** Reads the decisions any of the records takes part in. */
export async function decisionsFor(store: Store, keys: readonly string[]): Promise<CuratedDecision[]> {
  if (keys.length === 0) return [];
  const byRecord = await store.lookupIndex(RESOLUTION_INDEXES.decisionsOf, keys);
  return readDecisions(store, [...new Set([...byRecord.values()].flat())]);
}

/** Reads every curated decision, for a full re-resolution. */
export async function allDecisions(store: Store): Promise<CuratedDecision[]> {
  const all = await store.lookupIndex(RESOLUTION_INDEXES.decisions, [ALL_DECISIONS]);
  return readDecisions(store, all.get(ALL_DECISIONS) ?? []);
}

/** Turns decisions into what clustering takes: split marks per record (merges become must-link groups). */
export function constraintsOf(decisions: readonly CuratedDecision[]): CuratedConstraints {
  const marks = new Map<string, SplitMark[]>();
  for (const decision of decisions) {
    if (decision.kind !== 'split') continue;
    decision.sides.forEach((keys, side) => {
      for (const key of keys) {
        const list = marks.get(key) ?? [];
        list.push({ decision: decision.id, side: side as 0 | 1 });
        marks.set(key, list);
      }
    });
  }
  return { decisions, marks };
}

function entriesOf(decision: CuratedDecision): IndexEntry[] {
  const entries: IndexEntry[] = [
    {
      index: RESOLUTION_INDEXES.decisions,
      value: ALL_DECISIONS,
      member: decision.id,
    },
  ];
  decision.sides.forEach((keys, side) => {
    for (const key of keys) {
      entries.push({
        index: RESOLUTION_INDEXES.decision,
        value: decision.id,
        member: `${side}:${key}`,
      });
      entries.push({
        index: RESOLUTION_INDEXES.decisionsOf,
        value: key,
        member: decision.id,
      });
    }
  });
  return entries;
}

/** Stores a decision durably (as index entries, so every backend keeps it). */
export async function writeDecision(store: Store, decision: CuratedDecision): Promise<void> {
  await store.addIndexEntries(entriesOf(decision));
}

/** Removes a decision that a later one superseded. */
export async function deleteDecision(store: Store, decision: CuratedDecision): Promise<void> {
  await store.removeIndexEntries(entriesOf(decision));
}
