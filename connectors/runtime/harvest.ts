import { randomUUID } from 'node:crypto';
import type { ResolvedSource } from '../../config/index.ts';
import type { Logger } from '../../lib/log.ts';
import type { HarvestRun } from '../../store/index.ts';
import {
  ConnectorError,
  createHttpClient,
  DEFAULT_HOST_LIMITS,
  failureTypeOf,
  type HostLimits,
  type HttpClient,
  type SyncMode,
} from '../sdk/index.ts';
import { processPage } from './process-page.ts';
import type { HarvestSink } from './sink.ts';

/** Live figures of a run, reported after every page. */
export interface HarvestProgress {
  readonly source: string;
  readonly stream: string;
  readonly pages: number;
  readonly fetched: number;
  readonly stored: number;
  readonly quarantined: number;
  /** Records the platform reports for the stream, when known. */
  readonly total?: number;
  readonly startedAt: number;
}

/** Options of `harvestSource`. */
export interface HarvestOptions {
  readonly source: ResolvedSource;
  readonly sink: HarvestSink;
  readonly log: Logger;
  /** `incremental` continues from the checkpoint; `full` reads everything and marks unseen records gone. */
  readonly mode?: SyncMode;
  /** Aborting stops the run after the page in flight is committed. */
  readonly signal?: AbortSignal;
  /** Sent as User-Agent. */
  readonly userAgent: string;
  /** Stop after this many fetched records (for trying a connector out). */
  readonly limit?: number;
  /** An HTTP client to use instead of one built from the source's limits (tests). */
  readonly http?: HttpClient;
  readonly onProgress?: (progress: HarvestProgress) => void;
  /** Called after each committed page with the run so far, e.g. to keep run history current. */
  readonly onPage?: (run: HarvestRun) => Promise<void> | void;
}

/**
 * Runs one harvest of a source: reads every stream page by page, validates, maps and quarantines, and
 * commits each page with its checkpoint to the sink. Never throws for platform trouble: the returned run
 * says `failed` with typed errors, so a scheduler can log it and retry later.
 */
export async function harvestSource(options: HarvestOptions): Promise<HarvestRun> {
  const { source, sink, log } = options;
  const mode = options.mode ?? 'incremental';
  const started = Date.now();
  const runLog = log.child({ source: source.id, connector: source.connector.id });
  let run: HarvestRun = {
    id: randomUUID(),
    source: source.id,
    connector: source.connector.id,
    status: 'running',
    mode,
    startedAt: new Date(started).toISOString(),
    pages: 0,
    fetched: 0,
    stored: 0,
    unchanged: 0,
    quarantined: 0,
    gone: 0,
    errors: [],
  };
  const http =
    options.http ??
    createHttpClient({
      userAgent: options.userAgent,
      limits: effectiveLimits(source),
      onRetry: (info) => runLog.warn(info, 'retrying request'),
    });
  const controller = new AbortController();
  const onAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const seen = new Set<string>();
  let completed = true;
  try {
    streams: for (const stream of source.connector.streams) {
      const state = mode === 'full' ? undefined : await sink.getState(stream.name);
      const context = {
        source: source.id,
        baseUrl: source.baseUrl,
        config: source.options,
        http,
        mode,
        signal: controller.signal,
        log: runLog.child({ stream: stream.name }),
      };
      for await (const page of stream.read(context, state)) {
        const harvestedAt = new Date().toISOString();
        const processed = processPage(stream, page.records, { ...context, harvestedAt, runId: run.id });
        const committed = await sink.commitPage(stream.name, processed, page.state);
        for (const record of processed.records) seen.add(record.key);
        run = {
          ...run,
          pages: run.pages + 1,
          fetched: run.fetched + page.records.length,
          stored: run.stored + committed.stored,
          unchanged: run.unchanged + committed.unchanged,
          quarantined: run.quarantined + processed.quarantined.length,
        };
        for (const entry of processed.quarantined) {
          runLog.warn(
            { stream: stream.name, id: entry.id, issues: entry.issues.slice(0, 5) },
            'record quarantined',
          );
        }
        options.onProgress?.({ ...run, stream: stream.name, total: page.total, startedAt: started });
        await options.onPage?.(run);
        if (options.signal?.aborted) {
          completed = false;
          run = { ...run, status: 'cancelled' };
          break streams;
        }
        if (options.limit !== undefined && run.fetched >= options.limit) {
          completed = false;
          break streams;
        }
      }
    }
    if (mode === 'full' && completed && sink.finishFullRefresh) {
      run = { ...run, gone: await sink.finishFullRefresh(seen, new Date().toISOString()) };
    }
    if (run.status === 'running') run = { ...run, status: 'succeeded' };
  } catch (error) {
    if (options.signal?.aborted) run = { ...run, status: 'cancelled' };
    else {
      const type = failureTypeOf(error);
      const message = error instanceof ConnectorError ? error.userMessage : (error as Error).message;
      runLog.error({ type, err: error }, `harvest failed: ${message}`);
      run = { ...run, status: 'failed', errors: [...run.errors, { type, message }] };
    }
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
  }
  const ended = Date.now();
  run = { ...run, endedAt: new Date(ended).toISOString(), durationMs: ended - started };
  runLog.info(summaryFields(run), `harvest ${run.status}`);
  return run;
}

/** The limits a source runs with: its own, else its connector's published defaults, else the SDK's. */
export function effectiveLimits(source: ResolvedSource): HostLimits {
  const defined = <T extends object>(value: T | undefined) =>
    Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined)) as Partial<HostLimits>;
  const defaults = source.connector.defaultLimits;
  const connectorLimits = typeof defaults === 'function' ? defaults(source.options) : defaults;
  return { ...DEFAULT_HOST_LIMITS, ...defined(connectorLimits), ...defined(source.limits) };
}

/** The figures of a run summary as log fields. */
export function summaryFields(run: HarvestRun): Record<string, unknown> {
  return {
    status: run.status,
    mode: run.mode,
    pages: run.pages,
    fetched: run.fetched,
    stored: run.stored,
    unchanged: run.unchanged,
    quarantined: run.quarantined,
    gone: run.gone,
    errors: run.errors.length,
    durationMs: run.durationMs,
  };
}
