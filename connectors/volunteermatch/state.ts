import { z } from 'zod';
import type { JsonValue } from '../sdk/index.ts';
import { describeSearch, type Search } from './query.ts';

/**
 * The checkpoint of the `opportunities` stream: while a run is in progress, the search and the page it
 * continues with; empty after a completed run (every run searches everything again).
 */
export const OpportunitiesState = z.object({
  run: z.object({ search: z.string(), page: z.number().int().positive() }).optional(),
});
export type OpportunitiesState = z.infer<typeof OpportunitiesState>;

/**
 * Where a run starts: at the checkpointed search and page when the search is still configured; otherwise at
 * the first page of the first search. An unreadable checkpoint counts as none.
 */
export function startOf(
  searches: readonly Search[],
  checkpoint: JsonValue | undefined,
): { index: number; page: number } {
  const run = OpportunitiesState.safeParse(checkpoint ?? {}).data?.run;
  const index = run ? searches.findIndex((search) => describeSearch(search) === run.search) : -1;
  return index >= 0 && run ? { index, page: run.page } : { index: 0, page: 1 };
}
