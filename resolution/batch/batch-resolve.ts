import type { MatchEvidence } from '../../schema/index.ts';
import { BLOCKING_RULES, type BlockingRule } from '../blocking/rules.ts';
import { clusterRecords } from '../clustering/constrained-clustering.ts';
import { type CuratedDecision, constraintsOf } from '../curation/decisions.ts';
import type { RecordFeatures } from '../features/record-features.ts';
import { curatedEvidence, evidenceOf } from '../graph/evidence.ts';
import { namedClusters, type ResolvedCluster } from '../graph/resolve-clusters.ts';
import type { PairScorer } from '../scoring/model.ts';
import { candidatePairs } from './candidate-pairs.ts';
import { Growable } from './growable.ts';

/** What a batch resolution gets: every record at once. */
export interface BatchRequest {
  /** Records with distinct keys, in any order. */
  readonly records: readonly RecordFeatures[];
  readonly decisions?: readonly CuratedDecision[];
  readonly scorer: PairScorer;
  /** Blocking buckets with more records than this pair none of them. */
  readonly cap: number;
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
  const records = [...request.records].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  progress?.('blocking', 0, records.length);
  const pairs = candidatePairs(records, request.cap);
  progress?.('scoring', 0, pairs.length);
  const la = new Growable(Int32Array);
  const lb = new Growable(Int32Array);
  const lw = new Growable(Float64Array);
  const lr = new Growable(Uint8Array);
  const { threshold } = scorer.model;
  for (let k = 0; k < pairs.length; k++) {
    const weight = scorer.weight(records[pairs.a[k]!]!, records[pairs.b[k]!]!);
    if (weight >= threshold) {
      la.push(pairs.a[k]!);
      lb.push(pairs.b[k]!);
      lw.push(weight);
      lr.push(pairs.rule[k]!);
    }
    if (progress !== undefined && k % PROGRESS_EVERY === 0 && k > 0) progress('scoring', k, pairs.length);
  }
  progress?.('clustering', 0, la.length);
  const index = new Map<string, number>();
  const decisions = request.decisions ?? [];
  if (decisions.length > 0) {
    for (let i = 0; i < records.length; i++) index.set(records[i]!.key, i);
  }
  const { marks } = constraintsOf(decisions);
  const mustLink = decisions
    .filter((decision) => decision.kind === 'merge')
    .map((decision) => decision.sides[0].map((key) => index.get(key)).filter((i) => i !== undefined));
  const links = { length: la.length, a: la.view(), b: lb.view(), weight: lw.view() };
  const { labels, applied } = clusterRecords({
    size: records.length,
    links,
    mustLink,
    identifiers: (i) => records[i]!.identifiers,
    splitMarks: (i) => (marks.size === 0 ? [] : (marks.get(records[i]!.key) ?? [])),
    weight: (i, j) => scorer.weight(records[Math.min(i, j)]!, records[Math.max(i, j)]!),
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
      const rule = BLOCKING_RULES[lr.view()[k]!]!;
      note(links.a[k]!, evidenceOf({ a: x.key, b: y.key, score: scorer.score(x, y), rule }));
    }
  }
  const clusters = namedClusters(records, labels, evidence);
  return {
    clusters,
    stats: {
      records: records.length,
      candidatePairs: pairs.length,
      pairsPerRule: pairs.perRule,
      oversizedBuckets: pairs.oversized,
      links: links.length,
      initiatives: clusters.length,
    },
  };
}
