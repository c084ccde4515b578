import { z } from 'zod';
import type { JsonValue, SyncMode } from '../sdk/index.ts';

/**
 * The checkpoint of the `volops` stream: the `updated` time of the last listing stored. The list is ordered
 * by change, so the same value serves to resume an interrupted run and to start the next incremental one.
 */
export const VolopsState = z.object({ since: z.string().optional() });
export type VolopsState = z.infer<typeof VolopsState>;

/**
 * Where a run starts: after the checkpointed change time in incremental mode, from the beginning in full
 * mode or without a readable checkpoint.
 */
export function startOf(mode: SyncMode, checkpoint: JsonValue | undefined): string | undefined {
  if (mode === 'full') return undefined;
  const parsed = VolopsState.safeParse(checkpoint ?? {});
  return parsed.success ? parsed.data.since : undefined;
}
