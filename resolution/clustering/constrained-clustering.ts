import { schemeOf } from '../features/identifiers.ts';
import { UnionFind } from './union-find.ts';

/** Candidate links between records `0..n-1`, as parallel arrays (compact for millions of pairs). */
export interface LinkList {
  readonly length: number;
  readonly a: Int32Array;
  readonly b: Int32Array;
  /** Match weight (log2 odds) of each link. */
  readonly weight: Float64Array;
}

/** A curated split as seen by one record: it stands on `side` 0 or 1 of decision `decision`. */
export interface SplitMark {
  readonly decision: string;
  readonly side: 0 | 1;
}

/** What constrained clustering needs to know about the records. Record indices follow key order. */
export interface ClusteringInput {
  readonly size: number;
  /** Model links (weight at or above the match threshold). */
  readonly links: LinkList;
  /** Curated merges: groups of records that must end up together, applied before any model link. */
  readonly mustLink: readonly (readonly number[])[];
  /** Identifier keys of a record (`NL-KVK:41202535`); two clusters with different ids in one scheme never merge. */
  identifiers(record: number): readonly string[];
  /** Curated splits the record takes part in. */
  splitMarks(record: number): readonly SplitMark[];
  /** Match weight of any two records, for the veto between clusters. */
  weight(a: number, b: number): number;
  /** A merge is refused when any compared cross pair weighs less than this. */
  readonly veto: number;
}

/** The outcome: a cluster label per record (the label is a member index) and the links that merged clusters. */
export interface ClusteringResult {
  readonly labels: Int32Array;
  /** Indices into `links` of the links that merged two clusters, in the order they were applied. */
  readonly applied: number[];
}

/** Cross pairs compared per merge at most; beyond it the `VETO_SAMPLE` oldest-keyed members of each side stand in. */
const VETO_PAIRS = 256;
const VETO_SAMPLE = 16;

interface ClusterState {
  members: number[];
  schemes: Map<string, Set<string>> | undefined;
  splits: Map<string, number> | undefined;
}

function stateOf(record: number, input: ClusteringInput): ClusterState {
  let schemes: Map<string, Set<string>> | undefined;
  for (const key of input.identifiers(record)) {
    schemes ??= new Map();
    const scheme = schemeOf(key);
    const ids = schemes.get(scheme) ?? new Set<string>();
    ids.add(key);
    schemes.set(scheme, ids);
  }
  let splits: Map<string, number> | undefined;
  for (const mark of input.splitMarks(record)) {
    splits ??= new Map();
    splits.set(mark.decision, (splits.get(mark.decision) ?? 0) | (1 << mark.side));
  }
  return { members: [record], schemes, splits };
}

function identifiersConflict(x: ClusterState, y: ClusterState): boolean {
  if (x.schemes === undefined || y.schemes === undefined) return false;
  for (const [scheme, ids] of x.schemes) {
    const other = y.schemes.get(scheme);
    if (other !== undefined && ![...ids].some((id) => other.has(id))) return true;
  }
  return false;
}

function splitsConflict(x: ClusterState, y: ClusterState): boolean {
  if (x.splits === undefined || y.splits === undefined) return false;
  for (const [decision, sides] of x.splits) if (((y.splits.get(decision) ?? 0) | sides) === 3) return true;
  return false;
}

function sample(members: readonly number[], wanted: number): readonly number[] {
  return members.length <= wanted ? members : [...members].sort((p, q) => p - q).slice(0, wanted);
}

function vetoed(x: ClusterState, y: ClusterState, input: ClusteringInput): boolean {
  const whole = x.members.length * y.members.length <= VETO_PAIRS;
  const xs = whole ? x.members : sample(x.members, VETO_SAMPLE);
  const ys = whole ? y.members : sample(y.members, VETO_SAMPLE);
  for (const i of xs) for (const j of ys) if (input.weight(i, j) < input.veto) return true;
  return false;
}

function absorb(into: ClusterState, from: ClusterState): void {
  for (const member of from.members) into.members.push(member);
  if (from.schemes !== undefined) {
    into.schemes ??= new Map();
    for (const [scheme, ids] of from.schemes) {
      const target = into.schemes.get(scheme) ?? new Set<string>();
      for (const id of ids) target.add(id);
      into.schemes.set(scheme, target);
    }
  }
  if (from.splits !== undefined) {
    into.splits ??= new Map();
    for (const [decision, sides] of from.splits)
      into.splits.set(decision, (into.splits.get(decision) ?? 0) | sides);
  }
}

/**
 * Greedy constrained clustering, as a deterministic function of its input: curated merges first, then
 * model links by descending weight (ties by record index, i.e. key order); a link merges its two clusters
 * unless they hold different identifiers in one scheme, stand on two sides of a curated split, or have a
 * cross pair whose weight is below the veto. So one weak link cannot chain two initiatives together.
 *
 * Each merge decision depends only on the two clusters involved, so clustering any union of final
 * clusters alone gives the same clusters: the property incremental resolution relies on.
 */
export function clusterRecords(input: ClusteringInput): ClusteringResult {
  const sets = new UnionFind(input.size);
  const states: (ClusterState | undefined)[] = new Array(input.size);
  const state = (root: number): ClusterState => {
    let found = states[root];
    if (found === undefined) {
      found = stateOf(root, input);
      states[root] = found;
    }
    return found;
  };
  const merge = (x: number, y: number): void => {
    const big = state(x).members.length >= state(y).members.length ? x : y;
    const small = big === x ? y : x;
    absorb(state(big), state(small));
    states[small] = undefined;
    sets.attach(big, small);
  };
  for (const group of input.mustLink) {
    for (let k = 1; k < group.length; k++) {
      const x = sets.find(group[0]!);
      const y = sets.find(group[k]!);
      if (x !== y) merge(x, y);
    }
  }
  const { links } = input;
  const order = Array.from({ length: links.length }, (_, k) => k);
  order.sort(
    (p, q) => links.weight[q]! - links.weight[p]! || links.a[p]! - links.a[q]! || links.b[p]! - links.b[q]!,
  );
  const applied: number[] = [];
  // Clusters only grow and a surviving root keeps its id, so two clusters kept apart once stay apart:
  // remembering the pair saves comparing their members again for every further link between them.
  const apart = new Set<number>();
  for (const k of order) {
    const x = sets.find(links.a[k]!);
    const y = sets.find(links.b[k]!);
    if (x === y) continue;
    const pair = x < y ? x * input.size + y : y * input.size + x;
    if (apart.has(pair)) continue;
    const sx = state(x);
    const sy = state(y);
    if (identifiersConflict(sx, sy) || splitsConflict(sx, sy) || vetoed(sx, sy, input)) {
      apart.add(pair);
      continue;
    }
    merge(x, y);
    applied.push(k);
  }
  const labels = new Int32Array(input.size);
  for (let i = 0; i < input.size; i++) labels[i] = sets.find(i);
  return { labels, applied };
}
