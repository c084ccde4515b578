import { randomUUID } from 'node:crypto';
import cron, { type ScheduledTask } from 'node-cron';
import type { ResolvedSource } from '../../config/index.ts';
import type { Logger } from '../../lib/log.ts';
import type { Resolver } from '../../resolution/resolver.ts';
import type { HarvestRun, Store } from '../../store/index.ts';
import type { SyncMode } from '../sdk/index.ts';
import { type HarvestProgress, harvestSource } from './harvest.ts';
import { storeSink } from './store-sink.ts';

/** Options of `createScheduler`. */
export interface SchedulerOptions {
  readonly store: Store;
  readonly sources: readonly ResolvedSource[];
  readonly resolver?: Resolver;
  readonly log: Logger;
  readonly userAgent: string;
  /** Random delay up to this many seconds before a scheduled run, so harvesters do not all start at once. */
  readonly jitterSeconds?: number;
  /** Run a source at start when the store holds nothing from it yet (default true). */
  readonly runAtStartWhenEmpty?: boolean;
  /** Identifies this process in leases; random by default. */
  readonly owner?: string;
  /** How long a lease lasts before another harvester may take the source over (default 60 s). */
  readonly leaseTtlMs?: number;
  readonly onProgress?: (progress: HarvestProgress) => void;
  /** Called with every run this process finished, once it is stored (e.g. `metrics.recordHarvestRun`). */
  readonly onRun?: (run: HarvestRun) => void;
}

/** Runs sources on their cron schedules, one run per source at a time across every harvester sharing the store. */
export interface Scheduler {
  /** Schedules every enabled source and starts first runs for sources the store has nothing from. */
  start(): Promise<void>;
  /** Runs a source now; resolves with its run, or `undefined` when it is already running somewhere. */
  runNow(sourceId: string, mode?: SyncMode): Promise<HarvestRun | undefined>;
  /** Ids of sources running in this process. */
  running(): string[];
  /** Stops the schedules and waits for runs to commit their page in flight and end. */
  stop(): Promise<void>;
}

/** A lease lasts this long by default and is renewed at a third of it, so a crashed harvester frees its sources within a minute. */
const LEASE_TTL_MS = 60_000;
/** Retry a run that failed for transient reasons after 1, 2, 4 ... minutes, at most every hour. */
const RETRY_BASE_MS = 60_000;
const RETRY_MAX_MS = 3_600_000;

/**
 * Creates the harvest scheduler: node-cron per source with jitter, no overlap within the process, and a
 * lease in the store so that with several harvesters on one Redis a source runs once per tick.
 *
 * @example
 * const scheduler = createScheduler({ store, sources, resolver, log, userAgent });
 * await scheduler.start();
 */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const { store, log } = options;
  const owner = options.owner ?? `harvester-${randomUUID()}`;
  const tasks: ScheduledTask[] = [];
  const active = new Map<string, Promise<HarvestRun | undefined>>();
  const retries = new Map<string, { timer: NodeJS.Timeout; failures: number }>();
  const stopping = new AbortController();
  const byId = new Map(options.sources.map((source) => [source.id, source]));
  const leaseTtl = options.leaseTtlMs ?? LEASE_TTL_MS;

  async function execute(source: ResolvedSource, mode: SyncMode): Promise<HarvestRun | undefined> {
    const lease = `harvest:${source.id}`;
    if (!(await store.acquireLease(lease, owner, leaseTtl))) {
      log.info({ source: source.id }, 'harvest skipped: another harvester holds the lease');
      return undefined;
    }
    const controller = new AbortController();
    const onStop = () => controller.abort(stopping.signal.reason);
    stopping.signal.addEventListener('abort', onStop, { once: true });
    const renew = setInterval(() => {
      store.renewLease(lease, owner, leaseTtl).then(
        (held) => held || controller.abort(new Error('lease lost to another harvester')),
        (error: unknown) => log.warn({ source: source.id, err: error }, 'lease renewal failed'),
      );
    }, leaseTtl / 3);
    try {
      const run = await harvestSource({
        source,
        sink: storeSink(store, source.id, options.resolver),
        log,
        mode,
        signal: controller.signal,
        userAgent: options.userAgent,
        onProgress: options.onProgress,
        onPage: (current) => store.putRun(current),
      });
      await store.putRun(run);
      options.onRun?.(run);
      scheduleRetry(source, run);
      return run;
    } finally {
      clearInterval(renew);
      stopping.signal.removeEventListener('abort', onStop);
      await store.releaseLease(lease, owner).catch(() => undefined);
    }
  }

  function scheduleRetry(source: ResolvedSource, run: HarvestRun): void {
    const previous = retries.get(source.id);
    if (previous) clearTimeout(previous.timer);
    retries.delete(source.id);
    const transient = run.status === 'failed' && run.errors.every((error) => error.type === 'transient');
    if (!transient || stopping.signal.aborted) return;
    const failures = (previous?.failures ?? 0) + 1;
    const delay = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** (failures - 1));
    log.warn({ source: source.id, retryInSeconds: delay / 1000 }, 'platform unreachable; will retry');
    const timer = setTimeout(() => void trigger(source.id, 'incremental'), delay);
    timer.unref();
    retries.set(source.id, { timer, failures });
  }

  function trigger(sourceId: string, mode: SyncMode): Promise<HarvestRun | undefined> {
    const source = byId.get(sourceId);
    if (!source)
      return Promise.reject(
        new Error(`unknown source "${sourceId}"; configured: ${[...byId.keys()].join(', ')}`),
      );
    const running = active.get(sourceId);
    if (running) {
      log.info({ source: sourceId }, 'harvest skipped: the previous run is still going');
      return Promise.resolve(undefined);
    }
    const promise = execute(source, mode)
      .catch((error: unknown) => {
        log.error({ source: sourceId, err: error }, 'harvest could not run');
        return undefined;
      })
      .finally(() => active.delete(sourceId));
    active.set(sourceId, promise);
    return promise;
  }

  return {
    async start() {
      for (const source of options.sources) {
        if (!source.enabled) continue;
        tasks.push(
          cron.schedule(source.schedule, () => void trigger(source.id, 'incremental'), {
            name: `harvest:${source.id}`,
            noOverlap: true,
            maxRandomDelay: (options.jitterSeconds ?? 60) * 1000,
          }),
        );
        if ((options.runAtStartWhenEmpty ?? true) && (await store.countSourceRecords(source.id)) === 0) {
          log.info({ source: source.id }, 'store holds nothing from this source yet: first harvest now');
          void trigger(source.id, 'incremental');
        }
      }
    },
    runNow: (sourceId, mode = 'incremental') => trigger(sourceId, mode),
    running: () => [...active.keys()],
    async stop() {
      for (const task of tasks) await task.destroy();
      for (const { timer } of retries.values()) clearTimeout(timer);
      stopping.abort(new Error('shutting down'));
      await Promise.allSettled(active.values());
    },
  };
}
