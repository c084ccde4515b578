import { z } from 'zod';
import type { BucketCaps } from './blocking/rules.ts';
import { MergePolicy } from './profile/merge-policy.ts';

/**
 * Options of entity resolution, as the configuration's `resolution` section gives them.
 *
 * @example
 * ResolutionOptions.parse({ mergePolicy: { sourcePriority: ['kvk-directory'] }, bucketCap: 64 });
 */
export const ResolutionOptions = z.object({
  mergePolicy: MergePolicy.default(MergePolicy.parse({})),
  bucketCap: z
    .number()
    .int()
    .min(2)
    .default(48)
    .describe(
      'a blocking key shared by more records than this pairs none of them: such a key (a common word in one ' +
        'town, an umbrella KvK number) says little, and its pairs would grow with the square of its size',
    ),
  unplacedCap: z
    .number()
    .int()
    .min(1)
    .default(4)
    .describe(
      'a record without a place is paired by name only with names at most this many located records carry: ' +
        'among more same-named initiatives in different places a name alone cannot tell which one it is',
    ),
});
export type ResolutionOptions = z.infer<typeof ResolutionOptions>;

/** The bucket caps the options set. */
export function capsOf(options: ResolutionOptions): BucketCaps {
  return { bucket: options.bucketCap, located: options.unplacedCap };
}
/** Resolution options as written in configuration, before defaults. */
export type ResolutionOptionsInput = z.input<typeof ResolutionOptions>;
