import { z } from 'zod';
import { compareIdentifiers } from '../features/identifiers.ts';
import type { RecordFeatures } from '../features/record-features.ts';
import {
  COMPARISONS,
  type Comparison,
  type ComparisonName,
  compareDescriptions,
  compareLegalForms,
  compareLinks,
  comparePlaces,
  compareRecords,
  compareSites,
  compareSources,
} from './compare.ts';
import { compareNames } from './compare-names.ts';
import weightsFile from './weights.json' with { type: 'json' };

const Level = z.object({
  m: z.number().gt(0).lte(1).describe('share of matching pairs at this level'),
  u: z.number().gt(0).lte(1).describe('share of non-matching candidate pairs at this level'),
});

/**
 * The Fellegi-Sunter model as stored in `weights.json`: m and u per comparison level, the prior odds of a
 * match among candidate pairs, and the two decision thresholds, all in log2 odds (Splink's match weight).
 */
export const MatchModel = z.object({
  description: z.string(),
  command: z.string().describe('the command that produced this file'),
  prior: z.number().describe('log2 odds that a candidate pair is a match'),
  threshold: z.number().describe('a pair at or above this match weight is a link'),
  veto: z.number().describe('a pair below this match weight keeps its two clusters apart'),
  comparisons: z.object(
    Object.fromEntries(
      Object.entries(COMPARISONS).map(([name, levels]) => [
        name,
        z.object(Object.fromEntries(levels.map((level) => [level, Level]))),
      ]),
    ) as {
      [C in ComparisonName]: z.ZodObject<{
        [L in (typeof COMPARISONS)[C][number]]: typeof Level;
      }>;
    },
  ),
});
export type MatchModel = z.infer<typeof MatchModel>;

/** A scored pair: its match weight (log2 odds), the match probability, and what was compared. */
export interface PairScore {
  readonly weight: number;
  readonly probability: number;
  readonly comparison: Comparison;
  /** Each comparison's contribution to the weight, log2(m/u). */
  readonly contributions: Readonly<Record<ComparisonName, number>>;
}

/** Scores record pairs with a Fellegi-Sunter model; build once, score many pairs. */
export interface PairScorer {
  readonly model: MatchModel;
  score(a: RecordFeatures, b: RecordFeatures): PairScore;
  /**
   * The match weight alone, without the explanation: the fast path for millions of pairs. When the
   * weight cannot reach `floor`, it may return any value below `floor` without comparing the names.
   */
  weight(a: RecordFeatures, b: RecordFeatures, floor?: number): number;
}

let trained: MatchModel | undefined;

/** The model trained on the benchmark's training split (`node bench/resolution/train.ts`), read on first use. */
export function defaultModel(): MatchModel {
  trained ??= MatchModel.parse(weightsFile);
  return trained;
}

/** Creates a scorer from a model; the default is the trained model in `weights.json`. */
export function createScorer(model: MatchModel = defaultModel()): PairScorer {
  const names = Object.keys(COMPARISONS) as ComparisonName[];
  const tables = Object.fromEntries(
    names.map((name) => {
      const levels = model.comparisons[name] as Record<string, { m: number; u: number }>;
      return [name, new Map(Object.entries(levels).map(([level, { m, u }]) => [level, Math.log2(m / u)]))];
    }),
  ) as Record<ComparisonName, Map<string, number>>;
  const bestName = Math.max(...tables.name.values());
  return {
    model,
    score(a, b) {
      const comparison = compareRecords(a, b);
      let weight = model.prior;
      const contributions = {} as Record<ComparisonName, number>;
      for (const name of names) {
        const contribution = tables[name].get(comparison.levels[name])!;
        contributions[name] = contribution;
        weight += contribution;
      }
      return {
        weight,
        probability: 1 / (1 + 2 ** -weight),
        comparison,
        contributions,
      };
    },
    weight(a, b, floor = Number.NEGATIVE_INFINITY) {
      const place = tables.place.get(comparePlaces(a.place, b.place))!;
      const site = tables.site.get(compareSites(a, b))!;
      const identifier = tables.identifier.get(compareIdentifiers(a.identifiers, b.identifiers))!;
      const link = tables.link.get(compareLinks(a, b))!;
      const description = tables.description.get(compareDescriptions(a, b))!;
      const legalForm = tables.legalForm.get(compareLegalForms(a, b))!;
      const source = tables.source.get(compareSources(a, b))!;
      // The name comparison is the costly one: skip it when even the best name cannot reach the floor.
      const bound =
        model.prior + bestName + place + site + identifier + link + description + legalForm + source;
      if (bound < floor) return bound;
      const name = tables.name.get(compareNames(a, b, false).level)!;
      // Summed in the order of COMPARISONS, as in `score`, so both give the very same number.
      return model.prior + name + place + site + identifier + link + description + legalForm + source;
    },
  };
}
