import { createTask } from 'node-cron';

/** What the sources subgraph knows about a configured source (from the configuration, not the store). */
export interface SourceInfo {
  readonly id: string;
  /** The connector it runs. */
  readonly connector: string;
  /** Platform kind: crowdfunding, volunteering, marketplace, directory, grants. */
  readonly kind: string;
  readonly title?: string;
  readonly enabled: boolean;
  /** Cron expression. */
  readonly schedule: string;
}

/**
 * The longest gap between two harvests a schedule plans, in milliseconds (over its next eight runs), so that
 * freshness can be judged against what the schedule promises; undefined for an expression cron cannot read.
 */
export function scheduleIntervalMs(schedule: string): number | undefined {
  try {
    const task = createTask(schedule, () => undefined);
    const runs = task.getNextRuns(8).map((date) => date.getTime());
    void task.destroy();
    let longest = 0;
    for (let i = 1; i < runs.length; i++) longest = Math.max(longest, runs[i]! - runs[i - 1]!);
    return longest > 0 ? longest : undefined;
  } catch {
    return undefined;
  }
}

/** A source is stale when its last success is older than two planned intervals plus this slack (runs take time). */
export const FRESHNESS_SLACK_MS = 3_600_000;

/** How current a source is (`Freshness` in the schema). */
export function freshness(
  source: SourceInfo,
  intervalMs: number | undefined,
  lastSuccessAt: string | undefined,
  now: number,
): 'FRESH' | 'STALE' | 'NEVER_HARVESTED' | 'DISABLED' {
  if (!source.enabled) return 'DISABLED';
  if (!lastSuccessAt) return 'NEVER_HARVESTED';
  if (intervalMs === undefined) return 'FRESH';
  return now - Date.parse(lastSuccessAt) <= 2 * intervalMs + FRESHNESS_SLACK_MS ? 'FRESH' : 'STALE';
}

/** What the sources subgraph shows of a configured source, from its resolved configuration. */
export function describeSource(source: {
  readonly id: string;
  readonly connector: { readonly id: string; readonly kind: string; readonly title: string };
  readonly enabled: boolean;
  readonly schedule: string;
}): SourceInfo {
  return {
    id: source.id,
    connector: source.connector.id,
    kind: source.connector.kind,
    title: source.connector.title,
    enabled: source.enabled,
    schedule: source.schedule,
  };
}
