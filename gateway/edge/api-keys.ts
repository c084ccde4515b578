import type { Plugin } from 'graphql-yoga';
import { ERROR_CODES } from '../../schema/error-codes.ts';
import { errorResponse } from './errors.ts';
import type { Keyring } from './keyring.ts';
import type { RequestStates } from './request-state.ts';

/** Options of `useApiKeys`. */
export interface ApiKeysOptions {
  readonly keyring: Keyring;
  /** Reading needs no key (`server.auth.publicRead`). */
  readonly publicRead: boolean;
  readonly states: RequestStates;
}

/** The key a request presents: `Authorization: Bearer <key>` or `X-Api-Key: <key>`. */
export function presentedKey(headers: Headers): string | undefined {
  const authorization = headers.get('authorization');
  if (authorization) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    return match?.[1] ?? authorization.trim();
  }
  return headers.get('x-api-key')?.trim() || undefined;
}

/**
 * Authenticates API keys at the edge: a known key sets the request's key name and role (which the gateway
 * forwards to the subgraphs, where admin fields check it); an unknown key is refused with 401 UNAUTHENTICATED,
 * and so is a request without one unless public reading is on.
 */
export function useApiKeys(options: ApiKeysOptions): Plugin {
  return {
    onRequest({ request, serverContext, fetchAPI, endResponse }) {
      const state = options.states.of(serverContext);
      if (!state) return;
      const presented = presentedKey(request.headers);
      const challenge = { 'www-authenticate': 'Bearer realm="knooppunt"' };
      if (presented === undefined) {
        if (options.publicRead) return;
        state.errorCodes.add(ERROR_CODES.UNAUTHENTICATED);
        endResponse(
          errorResponse(
            fetchAPI,
            401,
            ERROR_CODES.UNAUTHENTICATED,
            'An API key is required: send it as "Authorization: Bearer <key>"',
            challenge,
          ),
        );
        return;
      }
      const holder = options.keyring.identify(presented);
      if (!holder) {
        state.errorCodes.add(ERROR_CODES.UNAUTHENTICATED);
        endResponse(errorResponse(fetchAPI, 401, ERROR_CODES.UNAUTHENTICATED, 'Unknown API key', challenge));
        return;
      }
      state.keyName = holder.name;
      state.role = holder.role;
    },
  };
}
