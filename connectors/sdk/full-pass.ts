import type { SyncMode } from './types.ts';

/** What `fullPassDue` decides from. */
export interface FullPassOptions {
  readonly mode: SyncMode;
  /** When the last completed full pass started (ISO 8601); absent before the first. */
  readonly lastFullPass: string | undefined;
  /** A full pass is due once the last one is this many days old. */
  readonly maxAgeDays: number;
  /** Epoch milliseconds of now; the clock by default. */
  readonly now?: number;
}

const DAY_MS = 86_400_000;

/**
 * Whether a run must read everything. For platforms without a reliable change cursor (GlobalGiving lists by
 * id, Open Collective filters by last transaction only), incremental runs read a cheap subset and a
 * periodic full pass picks up what that subset cannot show. Due on `--full`, before the first full pass,
 * when the recorded one is unreadable, and when it is `maxAgeDays` old.
 *
 * @example
 * fullPassDue({ mode: 'incremental', lastFullPass: state.fullPassAt, maxAgeDays: 7 });
 */
export function fullPassDue(options: FullPassOptions): boolean {
  if (options.mode === 'full' || !options.lastFullPass) return true;
  const last = Date.parse(options.lastFullPass);
  if (Number.isNaN(last)) return true;
  return (options.now ?? Date.now()) - last >= options.maxAgeDays * DAY_MS;
}
