import type { MatchEvidence } from '../../schema/index.ts';
import { BLOCKING_RULES, type BlockingRule, type BucketCaps } from '../blocking/rules.ts';
import { clusterRecords } from '../clustering/constrained-clustering.ts';
import { type CuratedDecision, constraintsOf } from '../curation/decisions.ts';
import type { RecordFeatures } from '../features/record-features.ts';
import { curatedEvidence, evidenceOf } from '../graph/evidence.ts';
import { namedClusters, type ResolvedCluster } from '../graph/resolve-clusters.ts';
import type { PairScorer } from '../scoring/model.ts';
import { pairsFromWorkspace } from './candidate-pairs.ts';
import { remapOccurrences, type Workspace, workspaceFor } from './key-occurrences.ts';

/** What a batch resolution gets: every record at once. */
export interface BatchRequest {
  /** Records with distinct keys, in any order. */
  readonly records: readonly RecordFeatures[];
  /** Their blocking-key occurrences, indexing `records` as given, when already hashed (see `readBatch`). */
  readonly space?: Workspace;
  readonly decisions?: readonly CuratedDecision[];
  readonly scorer: PairScorer;
  /** Blocking buckets with more records than their cap pair none of them. */
  readonly caps: BucketCaps;
  /** Keep the evidence of every link (costs a detailed comparison per link). */
  readonly explain: boolean;
  /** Called between stages and every so many pairs, for a progress display. */
  readonly progress?: (stage: BatchStage, done: number, total: number) => void;
}

/** The stages of a batch resolution, in order. */
export type BatchStage = 'blocking' | 'scoring' | 'clustering';

/** Figures of a batch resolution, for logs and the benchmark. */
export interface BatchStats {
  readonly records: number;
  readonly candidatePairs: number;
  readonly pairsPerRule: Readonly<Record<BlockingRule, number>>;
  readonly oversizedBuckets: number;
  readonly links: number;
  readonly initiatives: number;
}

/** The outcome: clusters in no particular order, with figures. */
export interface BatchResult {
  readonly clusters: ResolvedCluster[];
  readonly stats: BatchStats;
}

const PROGRESS_EVERY = 1 << 18;

/**
 * Resolves a whole set of records in memory: blocking over all of them, scoring every candidate pair,
 * constrained clustering in canonical order. The same records give the same clusters as the store-backed
 * incremental resolver, in whatever order it saw them. Built for millions of records: pairs live in
 * typed arrays and only links above the match threshold are kept.
 */
export function resolveBatch(request: BatchRequest): BatchResult {
  const { scorer, progress } = request;
  // Canonical order: by key, so record indices, tie-breaks and so clusters do not depend on input order.
  const order = Array.from(request.records.keys()).sort((x, y) => {
    const p = request.records[x]!.key;
    const q = request.records[y]!.key;
    return p < q ? -1 : p > q ? 1 : 0;
  });
  const records = order.map((index) => request.records[index]!);
  progress?.('blocking', 0, records.length);
  let space = request.space;
  if (space === undefined) space = workspaceFor(records);
  else {
    const newIndex = new Int32Array(records.length);
    order.forEach((old, index) => {
      newIndex[old] = index;
    });
    remapOccurrences(space, newIndex);
  }
  const pairs = pairsFromWorkspace(space, records.length, request.caps);
  const candidatePairs = pairs.length;
  progress?.('scoring', 0, pairs.length);
  // Links overwrite the front of the pair arrays in place: a pair is read before any link lands on it.
  const weights = new Float64Array(pairs.length);
  const { threshold } = scorer.model;
  let linkCount = 0;
  for (let k = 0; k < pairs.length; k++) {
    const a = pairs.a[k]!;
    const b = pairs.b[k]!;
    const weight = scorer.weight(records[a]!, records[b]!, threshold);
    if (weight >= threshold) {
      pairs.a[linkCount] = a;
      pairs.b[linkCount] = b;
      pairs.rule[linkCount] = pairs.rule[k]!;
      weights[linkCount] = weight;
      linkCount++;
    }
    if (progress !== undefined && k % PROGRESS_EVERY === 0 && k > 0) progress('scoring', k, pairs.length);
  }
  progress?.('clustering', 0, linkCount);
  const index = new Map<string, number>();
  const decisions = request.decisions ?? [];
  if (decisions.length > 0) {
    for (let i = 0; i < records.length; i++) index.set(records[i]!.key, i);
  }
  const { marks } = constraintsOf(decisions);
  const mustLink = decisions
    .filter((decision) => decision.kind === 'merge')
    .map((decision) => decision.sides[0].map((key) => index.get(key)).filter((i) => i !== undefined));
  const links = {
    length: linkCount,
    a: pairs.a.subarray(0, linkCount),
    b: pairs.b.subarray(0, linkCount),
    weight: weights.subarray(0, linkCount),
  };
  const { labels, applied } = clusterRecords({
    size: records.length,
    links,
    mustLink,
    identifiers: (i) => records[i]!.identifiers,
    splitMarks: (i) => (marks.size === 0 ? [] : (marks.get(records[i]!.key) ?? [])),
    weight: (i, j) => scorer.weight(records[Math.min(i, j)]!, records[Math.max(i, j)]!, scorer.model.veto),
    veto: scorer.model.veto,
  });
  const evidence = new Map<number, MatchEvidence[]>();
  if (request.explain) {
    const note = (i: number, item: MatchEvidence) => {
      const list = evidence.get(labels[i]!);
      if (list === undefined) evidence.set(labels[i]!, [item]);
      else list.push(item);
    };
    for (const group of mustLink) {
      for (let k = 1; k < group.length; k++) {
        note(group[0]!, curatedEvidence(records[group[0]!]!.key, records[group[k]!]!.key));
      }
    }
    for (const k of applied) {
      const x = records[links.a[k]!]!;
      const y = records[links.b[k]!]!;
      const rule = BLOCKING_RULES[pairs.rule[k]!]!;
      note(links.a[k]!, evidenceOf({ a: x.key, b: y.key, score: scorer.score(x, y), rule }));
    }
  }
  const clusters = namedClusters(records, labels, evidence);
  return {
    clusters,
    stats: {
      records: records.length,
      candidatePairs,
      pairsPerRule: pairs.perRule,
      oversizedBuckets: pairs.oversized,
      links: links.length,
      initiatives: clusters.length,
    },
  };
}
