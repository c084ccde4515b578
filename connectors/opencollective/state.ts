import { z } from 'zod';
import { checkpointJson, fullPassDue, type JsonValue, type SyncMode } from '../sdk/index.ts';

/**
 * The passes a run makes over `accounts`: `full` walks every account oldest first; an incremental run walks
 * `transactions` (accounts with a transaction since the last run: their amounts changed) and then `created`
 * (accounts created since, newest first, which may have no transaction yet).
 */
export type Pass = 'full' | 'transactions' | 'created';

/** The passes of an incremental run, in order. */
export const INCREMENTAL_PASSES: readonly Pass[] = ['transactions', 'created'];

/**
 * The checkpoint of the `accounts` stream. `since` is when the last completed run started, `fullPassAt` when
 * the last completed full pass started; `run` is present while a run is in progress and says where it goes on.
 */
export const AccountsState = z.object({
  fullPassAt: z.string().optional(),
  since: z.string().optional(),
  run: z
    .object({
      pass: z.enum(['full', 'transactions', 'created']),
      offset: z.number().int().nonnegative(),
      startedAt: z.string(),
    })
    .optional(),
});
export type AccountsState = z.infer<typeof AccountsState>;

/** Where a run starts and what it reads. */
export interface AccountsPlan {
  readonly passes: readonly Pass[];
  readonly offset: number;
  readonly startedAt: string;
  /** Accounts with a transaction or creation after this count as new or changed; absent in a full pass. */
  readonly since?: string;
}

/**
 * Plans a run: continue an interrupted one at its pass and offset; else a full pass when one is due (or no
 * run ever completed); else the incremental passes from the last run's start. An unreadable checkpoint counts
 * as none.
 */
export function planRun(options: {
  readonly mode: SyncMode;
  readonly checkpoint: JsonValue | undefined;
  readonly fullPassDays: number;
  readonly now?: number;
}): { state: AccountsState; plan: AccountsPlan } {
  const parsed = AccountsState.safeParse(options.checkpoint ?? {});
  const state = parsed.success ? parsed.data : {};
  if (state.run) {
    const { pass, offset, startedAt } = state.run;
    const passes =
      pass === 'full' ? ['full' as const] : INCREMENTAL_PASSES.slice(INCREMENTAL_PASSES.indexOf(pass));
    return { state, plan: { passes, offset, startedAt, since: pass === 'full' ? undefined : state.since } };
  }
  const now = options.now ?? Date.now();
  const startedAt = new Date(now).toISOString();
  const due = fullPassDue({
    mode: options.mode,
    lastFullPass: state.fullPassAt,
    maxAgeDays: options.fullPassDays,
    now,
  });
  if (due || !state.since) return { state, plan: { passes: ['full'], offset: 0, startedAt } };
  return { state, plan: { passes: INCREMENTAL_PASSES, offset: 0, startedAt, since: state.since } };
}

/** The checkpoint while a run goes on at `pass` and `offset`, or after it completed when `pass` is undefined. */
export function stateAt(
  state: AccountsState,
  plan: AccountsPlan,
  position: { readonly pass: Pass; readonly offset: number } | undefined,
): JsonValue {
  const full = plan.passes.includes('full');
  const next: AccountsState = position
    ? { fullPassAt: state.fullPassAt, since: state.since, run: { ...position, startedAt: plan.startedAt } }
    : { fullPassAt: full ? plan.startedAt : state.fullPassAt, since: plan.startedAt };
  return checkpointJson(next);
}
