import type { Store } from '../../store/index.ts';
import { blockingIndex, INDEXES } from '../../store/index.ts';
import { type BlockingRule, type BucketCaps, blockingKeys, capOf, probesOf } from '../blocking/rules.ts';
import { type CuratedDecision, decisionsFor } from '../curation/decisions.ts';
import type { PairScorer } from '../scoring/model.ts';
import { firstRule, type ScoredPair, scorePair } from '../scoring/scored-pair.ts';
import { type LoadedRecord, loadRecords } from './loaded-record.ts';

/** The part of the graph one incremental step recomputes. */
export interface Closure {
  /** Every record whose initiative may change: a union of whole components and of whole old initiatives. */
  readonly records: Map<string, LoadedRecord>;
  /** Candidate pairs within `records` that reach the match threshold. */
  readonly links: ScoredPair[];
  /** Record key -> the initiative it belonged to before this step. */
  readonly previous: Map<string, string>;
  /** Curated decisions touching any record of the closure. */
  readonly decisions: CuratedDecision[];
}

interface Step {
  readonly store: Store;
  readonly scorer: PairScorer;
  readonly caps: BucketCaps;
}

/** Looks up the candidates of each record: members of the buckets its keys probe, when no bucket is over the cap. */
async function candidatesOf(
  step: Step,
  records: readonly LoadedRecord[],
): Promise<Map<string, Map<string, BlockingRule>>> {
  const wanted = new Map<BlockingRule, Set<string>>();
  const probes = records.map(({ features }) =>
    blockingKeys(features).map((key) => {
      const set = wanted.get(key.rule) ?? new Set<string>();
      for (const probe of probesOf(key)) for (const value of probe.guards) set.add(value);
      wanted.set(key.rule, set);
      return key;
    }),
  );
  const buckets = new Map<BlockingRule, Map<string, string[]>>();
  await Promise.all(
    [...wanted].map(async ([rule, values]) => {
      buckets.set(rule, await step.store.lookupIndex(blockingIndex(rule), [...values]));
    }),
  );
  const found = new Map<string, Map<string, BlockingRule>>();
  records.forEach(({ features }, i) => {
    const mine = new Map<string, BlockingRule>();
    for (const key of probes[i]!) {
      const members = buckets.get(key.rule)!;
      for (const probe of probesOf(key)) {
        if (
          probe.guards.some((value) => (members.get(value)?.length ?? 0) > capOf(key.rule, value, step.caps))
        ) {
          continue;
        }
        for (const other of members.get(probe.value) ?? []) {
          if (other === features.key) continue;
          const earlier = mine.get(other);
          mine.set(other, earlier === undefined ? key.rule : firstRule(earlier, key.rule));
        }
      }
    }
    found.set(features.key, mine);
  });
  return found;
}

/**
 * Collects the closure of a set of seed records: breadth-first over model links, curated merges and
 * old initiative membership, so that the result is a union of whole connected components of the new
 * match graph and of whole initiatives as they were. Records in `removed` are treated as gone. Clustering the closure alone then gives the same
 * clusters as resolving every record at once.
 */
export async function collectClosure(
  step: Step,
  seeds: Iterable<string>,
  removed: ReadonlySet<string> = new Set(),
): Promise<Closure> {
  const records = new Map<string, LoadedRecord>();
  const known = new Map<string, LoadedRecord>();
  const previous = new Map<string, string>();
  const pairs = new Map<string, ScoredPair>();
  const decisions = new Map<string, CuratedDecision>();
  const visited = new Set<string>();
  let frontier = [...new Set(seeds)];
  while (frontier.length > 0) {
    for (const key of frontier) visited.add(key);
    const missing = frontier.filter((key) => !known.has(key) && !removed.has(key));
    for (const [key, loaded] of await loadRecords(step.store, missing)) known.set(key, loaded);
    const layer = frontier.map((key) => known.get(key)).filter((loaded) => loaded !== undefined);
    for (const loaded of layer) records.set(loaded.features.key, loaded);
    const next = new Set<string>();
    const push = (key: string) => {
      if (!visited.has(key)) next.add(key);
    };

    const memberOf = await step.store.lookupIndex(INDEXES.memberOf, frontier);
    const initiatives = new Set<string>();
    for (const [key, ids] of memberOf) {
      if (ids[0] === undefined) continue;
      previous.set(key, ids[0]);
      initiatives.add(ids[0]);
    }
    const members = await step.store.lookupIndex(INDEXES.members, [...initiatives]);
    for (const keys of members.values()) for (const key of keys) push(key);

    for (const decision of await decisionsFor(step.store, frontier)) {
      decisions.set(decision.id, decision);
      if (decision.kind === 'merge') for (const key of decision.sides[0]) push(key);
    }

    const candidates = await candidatesOf(step, layer);
    const unknown = [...new Set([...candidates.values()].flatMap((found) => [...found.keys()]))].filter(
      (key) => !known.has(key) && !removed.has(key),
    );
    for (const [key, loaded] of await loadRecords(step.store, unknown)) known.set(key, loaded);
    for (const loaded of layer) {
      for (const [other, rule] of candidates.get(loaded.features.key)!) {
        const partner = known.get(other);
        if (partner === undefined) continue;
        const id =
          loaded.features.key < other
            ? `${loaded.features.key}\u0000${other}`
            : `${other}\u0000${loaded.features.key}`;
        const earlier = pairs.get(id);
        if (earlier !== undefined) {
          if (firstRule(earlier.rule, rule) !== earlier.rule) pairs.set(id, { ...earlier, rule });
          continue;
        }
        const pair = scorePair(step.scorer, loaded.features, partner.features, rule);
        pairs.set(id, pair);
        if (pair.score.weight >= step.scorer.model.threshold) push(other);
      }
    }
    frontier = [...next];
  }
  const links = [...pairs.values()].filter(
    (pair) => pair.score.weight >= step.scorer.model.threshold && records.has(pair.a) && records.has(pair.b),
  );
  return { records, links, previous, decisions: [...decisions.values()] };
}
