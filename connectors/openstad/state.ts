import { z } from 'zod';
import type { JsonValue, SyncMode } from '../sdk/index.ts';

/**
 * The checkpoint of the `ideas` stream. `highWater` and `etag` describe the last completed run; `run` is
 * present only while a run is in progress and says where a resumed run continues.
 */
export const IdeasState = z.object({
  /** The latest `updatedAt` seen by completed runs. */
  highWater: z.string().optional(),
  /** ETag of the idea list at the last completed run. */
  etag: z.string().optional(),
  run: z
    .object({
      /** Ideas up to this id (the list is read in id order) are stored. */
      afterId: z.number().int().nonnegative(),
      /** Incremental runs read only ideas updated after this; absent in a full read. */
      since: z.string().optional(),
      highWater: z.string().optional(),
      etag: z.string().optional(),
    })
    .optional(),
});
export type IdeasState = z.infer<typeof IdeasState>;

/** How a run proceeds, decided from the mode and the checkpoint. */
export interface IdeasPlan {
  readonly afterId: number;
  readonly since?: string;
  /** Sent as If-None-Match, so that an unchanged site costs one 304. */
  readonly ifNoneMatch?: string;
}

/**
 * Plans a run: continue an interrupted run after the last stored idea; otherwise, in incremental mode after
 * a completed run, read only ideas updated since its high-water mark; otherwise read everything. An
 * unreadable checkpoint counts as none (a full read), never as an error.
 */
export function planIdeas(
  mode: SyncMode,
  raw: JsonValue | undefined,
): { state: IdeasState; plan: IdeasPlan } {
  const parsed = IdeasState.safeParse(raw ?? {});
  const state = parsed.success ? parsed.data : {};
  if (state.run) return { state, plan: { afterId: state.run.afterId, since: state.run.since } };
  if (mode === 'incremental' && state.highWater) {
    return { state, plan: { afterId: 0, since: state.highWater, ifNoneMatch: state.etag } };
  }
  return { state, plan: { afterId: 0 } };
}
