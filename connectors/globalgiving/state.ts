import { z } from 'zod';
import { checkpointJson, fullPassDue, type JsonValue, type SyncMode } from '../sdk/index.ts';

/** Which list a run walks: every record, or only the active ones (projects that take donations). */
export type Pass = 'all' | 'active';

/**
 * The checkpoint of a GlobalGiving stream. `fullPassAt` is when the last completed full pass started; `run`
 * is present while a pass is in progress and says where a resumed run continues.
 */
export const ListState = z.object({
  fullPassAt: z.string().optional(),
  run: z
    .object({
      pass: z.enum(['all', 'active']),
      /** The id to continue from (`nextProjectId` / `nextOrgId`). */
      next: z.number().int().positive(),
      startedAt: z.string(),
    })
    .optional(),
});
export type ListState = z.infer<typeof ListState>;

/** What a run reads: a pass and where it starts, or nothing. */
export interface ListPlan {
  readonly pass?: Pass;
  /** The id to start from; the beginning when absent. */
  readonly start?: number;
  readonly startedAt: string;
}

/**
 * Plans a run: continue an interrupted pass; else a full pass when one is due (see `fullPassDue`); else the
 * stream's incremental pass, or nothing for a stream without one. An unreadable checkpoint counts as none.
 */
export function planRun(options: {
  readonly mode: SyncMode;
  readonly checkpoint: JsonValue | undefined;
  readonly fullPassDays: number;
  readonly incrementalPass?: Pass;
  readonly now?: number;
}): { state: ListState; plan: ListPlan } {
  const parsed = ListState.safeParse(options.checkpoint ?? {});
  const state = parsed.success ? parsed.data : {};
  if (state.run) {
    const { pass, next, startedAt } = state.run;
    return { state, plan: { pass, start: next, startedAt } };
  }
  const now = options.now ?? Date.now();
  const startedAt = new Date(now).toISOString();
  const due = fullPassDue({
    mode: options.mode,
    lastFullPass: state.fullPassAt,
    maxAgeDays: options.fullPassDays,
    now,
  });
  return { state, plan: { pass: due ? 'all' : options.incrementalPass, startedAt } };
}

/** The checkpoint after a page: where to continue, or, after the last page, the completed pass. */
export function stateAfter(
  state: ListState,
  plan: ListPlan,
  pass: Pass,
  next: number | undefined,
): JsonValue {
  const fullPassAt = next === undefined && pass === 'all' ? plan.startedAt : state.fullPassAt;
  const after: ListState =
    next === undefined ? { fullPassAt } : { fullPassAt, run: { pass, next, startedAt: plan.startedAt } };
  return checkpointJson(after);
}
