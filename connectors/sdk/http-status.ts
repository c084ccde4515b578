import type { FailureType } from './errors.ts';

/** What the HTTP client does with a response status. */
export type StatusAction = 'ok' | 'not-modified' | 'retry' | 'rate-limited' | 'fail';

/** One row of the status table: the action and, for failures, the failure type and an operator hint. */
export interface StatusRule {
  readonly action: StatusAction;
  readonly type?: FailureType;
  readonly hint?: string;
}

/**
 * The one table from HTTP status to action. Statuses not listed fall back by class:
 * 2xx ok, other 4xx fail as `system`, other 5xx retry as `transient`.
 */
export const STATUS_TABLE: Readonly<Record<number, StatusRule>> = {
  304: { action: 'not-modified' },
  400: {
    action: 'fail',
    type: 'system',
    hint: 'the platform rejected the request; its API may have changed',
  },
  401: { action: 'fail', type: 'config', hint: 'credentials are missing or wrong' },
  403: { action: 'fail', type: 'config', hint: 'access denied: check the API key and its permissions' },
  404: {
    action: 'fail',
    type: 'config',
    hint: 'not found: check the base URL or site id; the endpoint may be retired',
  },
  408: { action: 'retry', type: 'transient' },
  410: { action: 'fail', type: 'config', hint: 'the platform has retired this endpoint' },
  425: { action: 'retry', type: 'transient' },
  429: { action: 'rate-limited', type: 'transient', hint: 'rate limited by the platform' },
  500: { action: 'retry', type: 'transient' },
  502: { action: 'retry', type: 'transient' },
  503: { action: 'retry', type: 'transient' },
  504: { action: 'retry', type: 'transient' },
};

/** Looks up the rule for a status, falling back by status class. */
export function ruleForStatus(status: number): StatusRule {
  const exact = STATUS_TABLE[status];
  if (exact) return exact;
  if (status >= 200 && status < 300) return { action: 'ok' };
  if (status >= 500) return { action: 'retry', type: 'transient' };
  return { action: 'fail', type: 'system', hint: `unexpected HTTP ${status}` };
}

/**
 * Parses a `Retry-After` header (delta seconds or an HTTP date) into milliseconds from `now`;
 * undefined when absent or unreadable. Negative waits become 0.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
