import type { MatchEvidence } from '../../schema/index.ts';
import { clusterRecords } from '../clustering/constrained-clustering.ts';
import { type CuratedDecision, constraintsOf } from '../curation/decisions.ts';
import type { RecordFeatures } from '../features/record-features.ts';
import { compareSeniority, initiativeId } from '../identity/initiative-id.ts';
import type { PairScorer } from '../scoring/model.ts';
import type { ScoredPair } from '../scoring/scored-pair.ts';
import { curatedEvidence, evidenceOf } from './evidence.ts';

/** One resolved cluster: its initiative id, member keys in key order, and the links that joined them. */
export interface ResolvedCluster {
  readonly id: string;
  /** The oldest member, whose key gives the id. */
  readonly anchor: string;
  readonly members: readonly string[];
  readonly evidence: readonly MatchEvidence[];
}

/** What `resolveClusters` needs: the records (any order), their links and the curated decisions. */
export interface ClusterRequest {
  readonly records: readonly RecordFeatures[];
  /** Candidate pairs at or above the match threshold among `records`. */
  readonly links: readonly ScoredPair[];
  readonly decisions: readonly CuratedDecision[];
  readonly scorer: PairScorer;
}

/**
 * Clusters a set of records (a union of whole components) into initiatives with constrained clustering
 * and names each after its oldest member. A deterministic function of the records, links and decisions.
 */
export function resolveClusters(request: ClusterRequest): ResolvedCluster[] {
  const records = [...request.records].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const index = new Map(records.map((record, i) => [record.key, i]));
  const links = request.links.filter((link) => index.has(link.a) && index.has(link.b));
  const a = Int32Array.from(links, (link) => index.get(link.a)!);
  const b = Int32Array.from(links, (link) => index.get(link.b)!);
  const weight = Float64Array.from(links, (link) => link.score.weight);
  const { marks } = constraintsOf(request.decisions);
  const mustLink = request.decisions
    .filter((decision) => decision.kind === 'merge')
    .map((decision) => decision.sides[0].map((key) => index.get(key)).filter((i) => i !== undefined));
  const { labels, applied } = clusterRecords({
    size: records.length,
    links: { length: links.length, a, b, weight },
    mustLink,
    identifiers: (i) => records[i]!.identifiers,
    splitMarks: (i) => marks.get(records[i]!.key) ?? [],
    weight: (i, j) =>
      request.scorer.weight(records[Math.min(i, j)]!, records[Math.max(i, j)]!, request.scorer.model.veto),
    veto: request.scorer.model.veto,
  });
  const evidence = new Map<number, MatchEvidence[]>();
  const note = (i: number, item: MatchEvidence) => {
    const label = labels[i]!;
    const list = evidence.get(label) ?? [];
    list.push(item);
    evidence.set(label, list);
  };
  for (const group of mustLink) {
    for (let k = 1; k < group.length; k++) {
      note(group[0]!, curatedEvidence(records[group[0]!]!.key, records[group[k]!]!.key));
    }
  }
  for (const k of applied) note(a[k]!, evidenceOf(links[k]!));
  return namedClusters(records, labels, evidence);
}

/**
 * Turns cluster labels over records (in key order) into clusters named after their oldest member,
 * with the evidence gathered per label.
 */
export function namedClusters(
  records: readonly RecordFeatures[],
  labels: Int32Array,
  evidence: ReadonlyMap<number, readonly MatchEvidence[]>,
): ResolvedCluster[] {
  const anchors = new Map<number, number>();
  const members = new Map<number, string[]>();
  for (let i = 0; i < records.length; i++) {
    const label = labels[i]!;
    const anchor = anchors.get(label);
    if (anchor === undefined || compareSeniority(records[i]!, records[anchor]!) < 0) anchors.set(label, i);
    const list = members.get(label);
    if (list === undefined) members.set(label, [records[i]!.key]);
    else list.push(records[i]!.key);
  }
  return [...members].map(([label, keys]) => {
    const anchor = records[anchors.get(label)!]!.key;
    return {
      id: initiativeId(anchor),
      anchor,
      members: keys,
      evidence: evidence.get(label) ?? [],
    };
  });
}
