import { z } from 'zod';
import type { JsonValue, SyncMode } from '../sdk/index.ts';

/**
 * The checkpoint of an HSDS stream. `since` is where the next incremental run of the services stream
 * starts (`modified_after`); `run` is present only while a run is in progress and says where it continues.
 */
export const HsdsState = z.object({
  /** The latest `last_modified` that completed runs saw, or the start of the last run without one. */
  since: z.string().optional(),
  run: z
    .object({
      /** The page to read next. */
      next: z.number().int().positive(),
      /** The `modified_after` this run asks with; absent in a full read. */
      since: z.string().optional(),
      /** When this run started, the fallback for `since` when no record says when it changed. */
      started: z.string(),
      /** The latest `last_modified` this run has seen so far. */
      highWater: z.string().optional(),
    })
    .optional(),
});
export type HsdsState = z.infer<typeof HsdsState>;

/** How a run proceeds: where it starts, what it filters on, and what it has seen so far. */
export interface HsdsPlan {
  readonly page: number;
  readonly since?: string;
  readonly started: string;
  readonly highWater?: string;
}

/**
 * Plans a run: continue an interrupted run where it stopped; otherwise read from page 1, asking only for
 * changes since the last completed run when the mode is incremental and the stream can filter. An
 * unreadable checkpoint counts as none (a full read), never as an error.
 */
export function planRun(
  mode: SyncMode,
  checkpoint: JsonValue | undefined,
  canFilter: boolean,
  now: string,
): { state: HsdsState; plan: HsdsPlan } {
  const parsed = HsdsState.safeParse(checkpoint ?? {});
  const state = parsed.success ? parsed.data : {};
  if (state.run) return { state, plan: { page: state.run.next, ...state.run } };
  const since = canFilter && mode === 'incremental' ? state.since : undefined;
  return { state, plan: { page: 1, since, started: now } };
}
