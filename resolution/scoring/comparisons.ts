/**
 * The comparisons of a pair and the levels each can take, strongest first, as in Splink's comparison
 * levels: the model learns how often each level occurs among matches (m) and non-matches (u).
 */
export const COMPARISONS = {
  name: ['exact', 'typo', 'contained', 'acronym', 'contained-word', 'overlap', 'low', 'none'],
  place: ['close', 'town', 'region', 'other-town', 'far', 'country', 'other-country', 'unknown'],
  site: ['same', 'same-domain', 'different', 'unknown'],
  identifier: ['shared', 'conflict', 'unknown'],
  link: ['linked', 'shared', 'none'],
  description: ['high', 'medium', 'low', 'none', 'unknown'],
  legalForm: ['same', 'different', 'unknown'],
  source: ['same-directory', 'same-source', 'different'],
} as const;

/** A comparison's name. */
export type ComparisonName = keyof typeof COMPARISONS;
/** The level a pair takes in every comparison. */
export type ComparisonVector = {
  readonly [C in ComparisonName]: (typeof COMPARISONS)[C][number];
};
