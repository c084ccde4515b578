import { z } from 'zod';
import type { JsonValue, SyncMode } from '../sdk/index.ts';

/**
 * The checkpoint of the `projects` stream. `highWater` and `etag` describe the last completed run;
 * `run` is present only while a run is in progress and says where a resumed run continues.
 */
export const ProjectsState = z.object({
  /** The highest `updated_at` seen by completed runs. */
  highWater: z.string().optional(),
  /** ETag of the first page (newest first) at the start of the last completed run. */
  etag: z.string().optional(),
  run: z
    .object({
      /** The page to read next. */
      next: z.number().int().positive(),
      /** Incremental runs stop after the first page with a record updated before this; absent in a full read. */
      stopBelow: z.string().optional(),
      /** The highest `updated_at` this run has seen so far. */
      highWater: z.string().optional(),
      /** ETag of this run's first page. */
      etag: z.string().optional(),
    })
    .optional(),
});
export type ProjectsState = z.infer<typeof ProjectsState>;

/** How a run proceeds, decided from the mode and the checkpoint. */
export interface RunPlan {
  /** First page to read. */
  readonly page: number;
  readonly stopBelow?: string;
  /** Sent as If-None-Match with page 1, so that an unchanged platform costs one 304. */
  readonly ifNoneMatch?: string;
  readonly highWater?: string;
  readonly etag?: string;
}

/**
 * Plans a run: continue an interrupted run where it stopped; otherwise, when a completed run left a
 * high-water mark and the mode is incremental, read newest first until older records appear; otherwise
 * read everything. An unreadable checkpoint is treated as none (a full read), never as an error.
 */
export function planRun(mode: SyncMode, raw: JsonValue | undefined): { state: ProjectsState; plan: RunPlan } {
  const parsed = ProjectsState.safeParse(raw ?? {});
  const state = parsed.success ? parsed.data : {};
  if (state.run) {
    const { next, stopBelow, highWater, etag } = state.run;
    return { state, plan: { page: next, stopBelow, highWater, etag } };
  }
  if (mode === 'incremental' && state.highWater) {
    return { state, plan: { page: 1, stopBelow: state.highWater, ifNoneMatch: state.etag } };
  }
  return { state, plan: { page: 1 } };
}

/** The later of two `updated_at` values (either may be missing or unreadable). */
export function later(a: string | undefined, b: string | undefined): string | undefined {
  if (!a || Number.isNaN(Date.parse(a))) return b;
  if (!b || Number.isNaN(Date.parse(b))) return a;
  return Date.parse(b) > Date.parse(a) ? b : a;
}

/** A checkpoint as JSON, without absent fields. */
export function toJson(state: ProjectsState): JsonValue {
  return JSON.parse(JSON.stringify(state)) as JsonValue;
}
