/** Pair comparison and the Fellegi-Sunter match model. Internal to `resolution/`. */
export { type Comparison, compareRecords } from './compare.ts';
export { compareNames, type NameComparison } from './compare-names.ts';
export { COMPARISONS, type ComparisonName, type ComparisonVector } from './comparisons.ts';
export { createScorer, defaultModel, MatchModel, type PairScore, type PairScorer } from './model.ts';
export { firstRule, type ScoredPair, scorePair } from './scored-pair.ts';
export { bigramDice, boundedEditDistance, matchWords, wordSimilarity, type WordMatch } from './similarity.ts';
