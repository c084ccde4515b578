import type { ResolvedSource } from '../../config/index.ts';
import type { Logger } from '../../lib/log.ts';
import { ConnectorError, createHttpClient, failureTypeOf, type FailureType } from '../sdk/index.ts';
import { effectiveLimits } from './harvest.ts';
import { processPage } from './process-page.ts';

/** The result of checking one stream: whether its first page could be read, validated and mapped. */
export interface StreamCheck {
  readonly stream: string;
  readonly ok: boolean;
  readonly fetched: number;
  readonly valid: number;
  readonly quarantined: number;
  readonly error?: { readonly type: FailureType; readonly message: string };
  readonly durationMs: number;
}

/** The verdict of `knooppunt connectors check`: ok when every stream's first page arrived and mapped. */
export interface SourceCheck {
  readonly source: string;
  readonly connector: string;
  readonly baseUrl: string;
  readonly ok: boolean;
  readonly streams: readonly StreamCheck[];
}

/**
 * A connection test: reads the first page of every stream of a source (nothing is stored), validates and
 * maps it, and says per stream what happened, with the failure type when it failed.
 */
export async function checkSource(
  source: ResolvedSource,
  options: { userAgent: string; log: Logger; timeoutMs?: number },
): Promise<SourceCheck> {
  const http = createHttpClient({
    userAgent: options.userAgent,
    limits: effectiveLimits(source),
    retries: 1,
    deadlineMs: options.timeoutMs ?? 30_000,
  });
  const streams: StreamCheck[] = [];
  for (const stream of source.connector.streams) {
    const started = Date.now();
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new ConnectorError('transient', 'the check timed out')),
      options.timeoutMs ?? 30_000,
    );
    try {
      const pages = stream.read(
        {
          source: source.id,
          baseUrl: source.baseUrl,
          config: source.options,
          http,
          mode: 'full',
          signal: controller.signal,
          log: options.log,
        },
        undefined,
      );
      const first = await pages[Symbol.asyncIterator]().next();
      const raws = first.done ? [] : first.value.records;
      const processed = processPage(stream, raws, {
        source: source.id,
        baseUrl: source.baseUrl,
        config: source.options,
        harvestedAt: new Date().toISOString(),
      });
      streams.push({
        stream: stream.name,
        ok: true,
        fetched: raws.length,
        valid: processed.records.length,
        quarantined: processed.quarantined.length,
        durationMs: Date.now() - started,
      });
    } catch (error) {
      const cause = controller.signal.aborted ? controller.signal.reason : error;
      streams.push({
        stream: stream.name,
        ok: false,
        fetched: 0,
        valid: 0,
        quarantined: 0,
        error: {
          type: failureTypeOf(cause),
          message: cause instanceof ConnectorError ? cause.userMessage : (cause as Error).message,
        },
        durationMs: Date.now() - started,
      });
    } finally {
      clearTimeout(timer);
      controller.abort();
    }
  }
  return {
    source: source.id,
    connector: source.connector.id,
    baseUrl: source.baseUrl,
    ok: streams.every((s) => s.ok),
    streams,
  };
}
