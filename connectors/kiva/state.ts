import { z } from 'zod';
import type { JsonValue, SyncMode } from '../sdk/index.ts';

/**
 * The checkpoint of the `loans` stream. `highWater` is the latest `fundraisingDate` completed runs saw;
 * `run` is present only while a run is in progress and says where a resumed run continues.
 */
export const LoansState = z.object({
  highWater: z.string().optional(),
  run: z
    .object({
      /** The offset to read next. */
      offset: z.number().int().nonnegative(),
      /** Incremental runs stop after the first page reaching a loan posted at or before this. */
      stopAt: z.string().optional(),
      highWater: z.string().optional(),
    })
    .optional(),
});
export type LoansState = z.infer<typeof LoansState>;

/** How a run proceeds. */
export interface LoansPlan {
  readonly offset: number;
  readonly stopAt?: string;
}

/**
 * Plans a run: continue an interrupted run at its offset; otherwise, in incremental mode after a completed
 * run, read newest first until loans posted before its high-water mark appear; otherwise read everything.
 * An unreadable checkpoint counts as none.
 */
export function planLoans(
  mode: SyncMode,
  raw: JsonValue | undefined,
): { state: LoansState; plan: LoansPlan } {
  const parsed = LoansState.safeParse(raw ?? {});
  const state = parsed.success ? parsed.data : {};
  if (state.run) return { state, plan: { offset: state.run.offset, stopAt: state.run.stopAt } };
  if (mode === 'incremental' && state.highWater)
    return { state, plan: { offset: 0, stopAt: state.highWater } };
  return { state, plan: { offset: 0 } };
}
