import type { MatchEvidence } from '../../schema/index.ts';
import type { ComparisonName } from '../scoring/compare.ts';
import type { ScoredPair } from '../scoring/scored-pair.ts';

/**
 * The explanation kept for a link: the raw comparison values (`name`, `distanceKm`, `description`), each
 * comparison's contribution to the match weight (`weight.<comparison>`, log2 odds) and the total `weight`.
 */
export function evidenceOf(pair: ScoredPair): MatchEvidence {
  const { score } = pair;
  const features: Record<string, number> = {
    ...score.comparison.values,
    weight: round(score.weight),
  };
  for (const [name, contribution] of Object.entries(score.contributions)) {
    features[`weight.${name as ComparisonName}`] = round(contribution);
  }
  const { levels } = score.comparison;
  const decidedBy = levels.identifier === 'shared' ? 'identifier' : levels.link === 'none' ? 'model' : 'link';
  return {
    a: pair.a,
    b: pair.b,
    score: round(score.probability, 6),
    features,
    decidedBy,
    rule: pair.rule,
  };
}

/** The explanation of a curated merge: an administrator decided, no model involved. */
export function curatedEvidence(a: string, b: string): MatchEvidence {
  return {
    a,
    b,
    score: 1,
    features: {},
    decidedBy: 'curated',
    rule: 'curated-merge',
  };
}

function round(value: number, digits = 3): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
