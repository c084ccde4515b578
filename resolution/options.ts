import { z } from 'zod';
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
});
export type ResolutionOptions = z.infer<typeof ResolutionOptions>;
/** Resolution options as written in configuration, before defaults. */
export type ResolutionOptionsInput = z.input<typeof ResolutionOptions>;
