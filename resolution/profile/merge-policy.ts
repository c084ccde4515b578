import { z } from 'zod';

/** The criteria that rank member records for a profile field, applied in the order given. */
export const RANK_CRITERIA = ['priority', 'kind', 'recency', 'completeness'] as const;
export type RankCriterion = (typeof RANK_CRITERIA)[number];

/**
 * How the merged profile picks each field's value from the member records. Single-valued fields take the
 * value of the best-ranked record that has one; list fields take the union, best-ranked records first.
 *
 * @example
 * MergePolicy.parse({ sourcePriority: ['kvk-directory', 'voordekunst'],
 *   fields: { description: ['completeness', 'recency'] } });
 */
export const MergePolicy = z.object({
  sourcePriority: z
    .array(z.string())
    .default([])
    .describe('source ids, most trusted first; unlisted sources rank after every listed one'),
  rank: z
    .array(z.enum(RANK_CRITERIA))
    .default(['priority', 'kind', 'recency', 'completeness'])
    .describe('criteria for single-valued fields without their own entry in `fields`'),
  fields: z
    .record(z.string(), z.array(z.enum(RANK_CRITERIA)))
    .default({
      description: ['priority', 'completeness', 'recency'],
      location: ['priority', 'completeness', 'recency'],
    })
    .describe('per-field criteria; a description is better long and a location better complete'),
});
export type MergePolicy = z.infer<typeof MergePolicy>;

/** The policy used when the configuration names none. */
export const DEFAULT_MERGE_POLICY: MergePolicy = MergePolicy.parse({});
