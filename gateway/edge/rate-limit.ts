import type { Plugin } from 'graphql-yoga';
import type { ServerConfig } from '../config.ts';
import { ERROR_CODES } from '../../schema/error-codes.ts';
import { errorResponse } from './errors.ts';
import type { RequestStates } from './request-state.ts';
import { createTokenBuckets, type TokenBuckets } from './token-bucket.ts';

/** Options of `useRateLimit`: the `server.rateLimit` section and the request states. */
export interface RateLimitOptions {
  readonly config: ServerConfig['rateLimit'];
  readonly states: RequestStates;
  /** Shared buckets (tests pass a clock); fresh ones by default. */
  readonly buckets?: TokenBuckets;
}

/**
 * Limits GraphQL requests per API key (by the key's role) or, without a key, per client address, with token
 * buckets. A request over the limit gets 429 with `Retry-After` and the code RATE_LIMITED. Goes after
 * `useApiKeys`, which tells who is asking.
 */
export function useRateLimit(options: RateLimitOptions): Plugin {
  const buckets = options.buckets ?? createTokenBuckets();
  const { config } = options;
  return {
    onRequest({ serverContext, fetchAPI, endResponse }) {
      const state = options.states.of(serverContext);
      if (!state || !config.enabled) return;
      const verdict = state.keyName
        ? buckets.take(`key:${state.keyName}`, config[state.role])
        : buckets.take(`addr:${state.client}`, config.anonymous);
      if (verdict.allowed) return;
      state.errorCodes.add(ERROR_CODES.RATE_LIMITED);
      endResponse(
        errorResponse(
          fetchAPI,
          429,
          ERROR_CODES.RATE_LIMITED,
          `Too many requests; retry after ${verdict.retryAfterSeconds} s`,
          { 'retry-after': String(verdict.retryAfterSeconds) },
        ),
      );
    },
  };
}
