import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Role } from '../config.ts';
import { clientAddress } from './client-address.ts';

/** What the edge learns about one GraphQL request as it passes the plugins, for limits, logs and metrics. */
export interface RequestState {
  /** `performance.now()` when the request arrived. */
  readonly startedAt: number;
  /** The client address (see `trustProxy`). */
  readonly client: string;
  /** The name of the API key used, when one was. Never the key itself. */
  keyName?: string;
  /** The role the subgraphs are told; `reader` without a key. */
  role: Role;
  operationName?: string;
  /** `query`, `mutation` or `subscription` once the document parsed. */
  operationType?: string;
  /** Codes of every error answered. */
  readonly errorCodes: Set<string>;
}

/** Per-request states, looked up from any hook through the server context or the GraphQL context. */
export interface RequestStates {
  /** The state of the request whose server context (or GraphQL context, which includes it) is given. */
  of(context: unknown): RequestState | undefined;
  /** Starts the state of a request. */
  begin(context: unknown, state: RequestState): RequestState;
}

/** Creates the per-request state table; entries go with their requests (a WeakMap on node's request object). */
export function createRequestStates(): RequestStates {
  const states = new WeakMap<object, RequestState>();
  const keyOf = (context: unknown): object | undefined => {
    if (!context || typeof context !== 'object') return undefined;
    const req = (context as { req?: unknown }).req;
    return req && typeof req === 'object' ? req : context;
  };
  return {
    of: (context) => {
      const key = keyOf(context);
      return key ? states.get(key) : undefined;
    },
    begin(context, state) {
      const key = keyOf(context);
      if (key) states.set(key, state);
      return state;
    },
  };
}

/**
 * Starts a state for every request to the GraphQL endpoint and fills in what later hooks learn: the client
 * address first, the operation once parsed, the error codes of the answer. Goes before every other edge plugin.
 */
export function useRequestState(
  states: RequestStates,
  options: { readonly graphqlEndpoint: string; readonly trustProxy: boolean },
): Plugin {
  return {
    onRequest({ request, serverContext, url }) {
      if (url.pathname !== options.graphqlEndpoint) return;
      const socket = (serverContext as { req?: { socket?: { remoteAddress?: string } } }).req?.socket;
      states.begin(serverContext, {
        startedAt: performance.now(),
        client: clientAddress(
          socket?.remoteAddress,
          request.headers.get('x-forwarded-for'),
          options.trustProxy,
        ),
        role: 'reader',
        errorCodes: new Set(),
      });
    },
    onParse({ context }) {
      return ({ result }) => {
        const state = states.of(context);
        if (!state || !result || result instanceof Error) return;
        const operation = getOperationAST(result, context.params?.operationName);
        state.operationType = operation?.operation;
        state.operationName = operation?.name?.value;
      };
    },
    onResultProcess({ result, serverContext }) {
      const state = states.of(serverContext);
      if (!state) return;
      for (const one of Array.isArray(result) ? result : [result]) {
        if (!one || typeof one !== 'object' || !('errors' in one)) continue;
        for (const error of one.errors ?? []) {
          const code = error.extensions?.code;
          if (typeof code === 'string') state.errorCodes.add(code);
        }
      }
    },
  };
}
