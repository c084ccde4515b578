import { z } from 'zod';
import type { JsonValue, SyncMode } from '../sdk/index.ts';

/**
 * The checkpoint of the `deeds` stream. `highWater` describes the last completed run; `run` is present only
 * while a run is in progress and says at which page a resumed run continues.
 */
export const DeedsState = z.object({
  /** The latest `updated_at` seen by completed runs. */
  highWater: z.string().optional(),
  run: z
    .object({
      /** The page to read next. */
      next: z.number().int().positive(),
      /** Incremental runs keep only deeds updated after this; absent in a full read. */
      since: z.string().optional(),
      /** The latest `updated_at` this run has seen so far. */
      highWater: z.string().optional(),
    })
    .optional(),
});
export type DeedsState = z.infer<typeof DeedsState>;

/** How a run proceeds: the first page, and the time before which deeds are left out. */
export interface DeedsPlan {
  readonly page: number;
  readonly since?: string;
}

/**
 * Plans a run: continue an interrupted run at its next page; otherwise, in incremental mode after a completed
 * run, keep only deeds updated since its high-water mark; otherwise read everything. An unreadable checkpoint
 * counts as none (a full read), never as an error.
 */
export function planDeeds(
  mode: SyncMode,
  checkpoint: JsonValue | undefined,
): { state: DeedsState; plan: DeedsPlan } {
  const parsed = DeedsState.safeParse(checkpoint ?? {});
  const state = parsed.success ? parsed.data : {};
  if (state.run) return { state, plan: { page: state.run.next, since: state.run.since } };
  if (mode === 'incremental' && state.highWater) return { state, plan: { page: 1, since: state.highWater } };
  return { state, plan: { page: 1 } };
}
