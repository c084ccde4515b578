import { z } from 'zod';
import type { JsonValue, SyncMode } from '../types.ts';

/**
 * The checkpoint of a stream read from a whole-list export (see `snapshotPages`). `highWater`, `etag` and
 * `lastModified` describe the last completed run; `run` is present only while a run is in progress and says
 * after which record a resumed run continues.
 */
export const SnapshotState = z.object({
  /** The latest change time of any record seen by completed runs. */
  highWater: z.string().optional(),
  /** ETag of the export at the last completed run, sent as If-None-Match. */
  etag: z.string().optional(),
  /** Last-Modified of the export at the last completed run, sent as If-Modified-Since. */
  lastModified: z.string().optional(),
  run: z
    .object({
      /** Records up to this id (the export is read in id order) are stored. */
      after: z.string(),
      /** Incremental runs read only records changed after this; absent in a full read. */
      since: z.string().optional(),
      highWater: z.string().optional(),
      etag: z.string().optional(),
      lastModified: z.string().optional(),
    })
    .optional(),
});
export type SnapshotState = z.infer<typeof SnapshotState>;

/** How a snapshot run proceeds, decided from the mode and the checkpoint. */
export interface SnapshotPlan {
  /** Read only records whose id sorts after this one; absent from the start. */
  readonly after?: string;
  /** Read only records changed after this time; absent in a full read. */
  readonly since?: string;
  /** Sent with the request, so that an unchanged export costs one 304. */
  readonly conditional: { readonly etag?: string; readonly lastModified?: string };
}

/**
 * Plans a run: continue an interrupted run after its last stored record; otherwise, in incremental mode after
 * a completed run, ask conditionally and read only records changed since its high-water mark; otherwise read
 * everything. An unreadable checkpoint counts as none (a full read), never as an error.
 */
export function planSnapshot(
  mode: SyncMode,
  checkpoint: JsonValue | undefined,
): { state: SnapshotState; plan: SnapshotPlan } {
  const parsed = SnapshotState.safeParse(checkpoint ?? {});
  const state = parsed.success ? parsed.data : {};
  if (state.run) return { state, plan: { after: state.run.after, since: state.run.since, conditional: {} } };
  if (mode === 'incremental' && (state.highWater || state.etag || state.lastModified)) {
    return {
      state,
      plan: { since: state.highWater, conditional: { etag: state.etag, lastModified: state.lastModified } },
    };
  }
  return { state, plan: { conditional: {} } };
}

/**
 * The sort key of a record id: numbers are padded so that "9" sorts before "10", other ids sort as written.
 * One key for both kinds keeps the order total, which resuming "after an id" depends on.
 */
export function idSortKey(id: string): string {
  return /^\d{1,30}$/.test(id) ? id.padStart(30, '0') : id;
}
