import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../../lib/log.ts';
import type { RequestStates } from './request-state.ts';

/**
 * Writes one JSON line per GraphQL request through the process logger: operation name and type, duration,
 * HTTP status, error codes, request id, and who asked (the API key's name, or the client address without a key; never
 * the key itself).
 */
export function useRequestLog(options: { readonly states: RequestStates; readonly log: Logger }): Plugin {
  return {
    onResponse({ serverContext, response }) {
      const state = options.states.of(serverContext);
      if (!state) return;
      const line = {
        operationName: state.operationName,
        operationType: state.operationType,
        durationMs: Math.round((performance.now() - state.startedAt) * 10) / 10,
        status: response.status,
        errorCodes: [...state.errorCodes],
        // The runtime answers with the id it gave the request (or the client's x-request-id), to find it again.
        requestId: response.headers.get('x-request-id') ?? undefined,
        ...(state.keyName ? { key: state.keyName, role: state.role } : { client: state.client }),
      };
      if (response.status >= 500) options.log.warn(line, 'graphql request');
      else options.log.info(line, 'graphql request');
    },
  };
}
