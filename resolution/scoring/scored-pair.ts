import { BLOCKING_RULES, type BlockingRule } from '../blocking/rules.ts';
import type { RecordFeatures } from '../features/record-features.ts';
import type { PairScore, PairScorer } from './model.ts';

/** A candidate pair with its score; `a` is the smaller key, so a pair has one form whatever the order found. */
export interface ScoredPair {
  readonly a: string;
  readonly b: string;
  readonly score: PairScore;
  /** The highest-priority blocking rule that produced the pair. */
  readonly rule: BlockingRule;
}

/** Which of two rules has priority (comes first in `BLOCKING_RULES`). */
export function firstRule(x: BlockingRule, y: BlockingRule): BlockingRule {
  return BLOCKING_RULES.indexOf(x) <= BLOCKING_RULES.indexOf(y) ? x : y;
}

/** Scores two records in key order, so that the score never depends on which one was found first. */
export function scorePair(
  scorer: PairScorer,
  x: RecordFeatures,
  y: RecordFeatures,
  rule: BlockingRule,
): ScoredPair {
  const [first, second] = x.key < y.key ? [x, y] : [y, x];
  return {
    a: first.key,
    b: second.key,
    score: scorer.score(first, second),
    rule,
  };
}
