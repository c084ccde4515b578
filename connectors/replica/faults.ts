import { sleep } from '../sdk/index.ts';
import { jsonResponse, type ReplicaHandler, type ReplicaResponse } from './server.ts';

/**
 * Which requests a fault hits, by 1-based request number, so that a test knows exactly which
 * requests fail: `on` lists numbers; `every: n` hits n, 2n, 3n, ... (with `count`, a burst of that
 * many consecutive requests from each multiple); `from` with `count` hits one burst.
 */
export interface FaultTrigger {
  readonly on?: readonly number[];
  readonly every?: number;
  readonly from?: number;
  /** Length of a burst; 1 when absent. */
  readonly count?: number;
}

/** The faults `withFaults` injects; any combination, checked in the order listed. */
export interface Faults {
  /** Delay before every answer. */
  readonly latencyMs?: number;
  /** 429 Too Many Requests with a Retry-After header. */
  readonly rateLimit?: FaultTrigger & {
    /** Seconds to wait; 1 when absent. */
    readonly retryAfterSeconds?: number;
    /** `seconds` (default) sends delta seconds, `http-date` an HTTP date that far in the future. */
    readonly retryAfterFormat?: 'seconds' | 'http-date';
    /** The platform's 429 body. */
    readonly body?: unknown;
  };
  /** 5xx answers (500 unless `status` says otherwise). */
  readonly serverError?: FaultTrigger & { readonly status?: number; readonly body?: unknown };
  /** The handler's answer with half its body and the connection closed. */
  readonly truncate?: FaultTrigger;
}

/** One injected fault, for assertions. */
export interface InjectedFault {
  readonly request: number;
  readonly fault: 'rate-limit' | 'server-error' | 'truncate';
}

/** What a fault wrapper did so far. */
export interface FaultLog {
  /** Requests seen. */
  requests: number;
  readonly injected: InjectedFault[];
}

/** Whether request number `n` (1-based) is hit by the trigger. */
export function triggers(trigger: FaultTrigger, n: number): boolean {
  const count = trigger.count ?? 1;
  if (trigger.on?.includes(n)) return true;
  if (trigger.every !== undefined && trigger.every > 0) {
    return n >= trigger.every && n % trigger.every < count;
  }
  if (trigger.from !== undefined) return n >= trigger.from && n < trigger.from + count;
  return false;
}

/**
 * Wraps a replica handler with deterministic transport faults - latency, 429 with Retry-After,
 * bursts of 5xx, truncated bodies - chosen by request count, so tests can prove how the harvest
 * runtime behaves over real HTTP. The returned handler carries a `log` of what it injected.
 *
 * @example
 * const handler = withFaults(createBetterplaceReplica(world, {}), {
 *   rateLimit: { on: [2], retryAfterSeconds: 0 },
 *   serverError: { from: 4, count: 2 },
 * });
 */
export function withFaults(
  handler: ReplicaHandler,
  faults: Faults,
): ReplicaHandler & { readonly log: FaultLog } {
  const log: FaultLog = { requests: 0, injected: [] };
  const wrapped: ReplicaHandler = async (request) => {
    const n = ++log.requests;
    if (faults.latencyMs) await sleep(faults.latencyMs);
    const { rateLimit, serverError, truncate } = faults;
    if (rateLimit && triggers(rateLimit, n)) {
      log.injected.push({ request: n, fault: 'rate-limit' });
      return rateLimited(rateLimit.retryAfterSeconds ?? 1, rateLimit.retryAfterFormat, rateLimit.body);
    }
    if (serverError && triggers(serverError, n)) {
      log.injected.push({ request: n, fault: 'server-error' });
      return jsonResponse(serverError.status ?? 500, serverError.body ?? { error: 'internal server error' });
    }
    const response = await handler(request);
    if (truncate && triggers(truncate, n) && response.body !== undefined) {
      log.injected.push({ request: n, fault: 'truncate' });
      return { ...response, truncate: true };
    }
    return response;
  };
  return Object.assign(wrapped, { log });
}

function rateLimited(
  seconds: number,
  format: 'seconds' | 'http-date' = 'seconds',
  body?: unknown,
): ReplicaResponse {
  const retryAfter =
    format === 'http-date' ? new Date(Date.now() + seconds * 1000).toUTCString() : String(seconds);
  return jsonResponse(429, body ?? { error: 'too many requests' }, { 'retry-after': retryAfter });
}
